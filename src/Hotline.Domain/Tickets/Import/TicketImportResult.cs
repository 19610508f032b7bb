using System;
using System.Collections.Generic;

namespace Hotline.Domain.Tickets;

/// <summary>What <see cref="TicketImport.Lenient"/> made of a record: the ticket built from the facts that hold, and every fact left out.</summary>
public sealed class TicketImportResult
{
    private readonly TicketImportIssue[] _issues;

    internal TicketImportResult(string? recordId, Ticket? ticket, TicketImportIssue[] issues)
    {
        RecordId = recordId;
        Ticket = ticket;
        _issues = issues;
    }

    /// <summary>The record's id as given.</summary>
    public string? RecordId { get; }

    /// <summary>The ticket, or <see langword="null"/> only when the record could not even be registered.</summary>
    public Ticket? Ticket { get; }

    /// <summary>The facts left out, in the record's order. A read-only view.</summary>
    public IReadOnlyList<TicketImportIssue> Issues => Array.AsReadOnly(_issues);

    /// <inheritdoc />
    public override string ToString() => $"{RecordId ?? "(no id)"}: {(Ticket is null ? "not registered" : Ticket.Status.Code)}, {_issues.Length} issue(s)";
}
