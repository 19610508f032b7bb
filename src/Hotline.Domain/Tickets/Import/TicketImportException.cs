using System;

namespace Hotline.Domain.Tickets;

/// <summary>
/// <see cref="TicketImport.Strict"/> met a fact of a <see cref="TicketRecord"/> that breaks a rule: the message names
/// the record's id, the field and the rule; <see cref="Exception.InnerException"/> is the refusal of the live rule, if one refused.
/// </summary>
public sealed class TicketImportException : HotlineDomainException
{
    internal TicketImportException(string? recordId, string field, string rule, string message, Exception? innerException)
        : base($"Record {recordId ?? "(no id)"}, field {field}: [{rule}] {message}", innerException!)
    {
        RecordId = recordId;
        Field = field;
        Rule = rule;
    }

    /// <summary>The record's id as given.</summary>
    public string? RecordId { get; }

    /// <summary>The field whose value broke the rule.</summary>
    public string Field { get; }

    /// <summary>The rule's code, as in <see cref="TicketImportIssue.Rule"/>.</summary>
    public string Rule { get; }
}
