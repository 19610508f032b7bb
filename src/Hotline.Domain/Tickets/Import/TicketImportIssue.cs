namespace Hotline.Domain.Tickets;

/// <summary>
/// One fact of a <see cref="TicketRecord"/> that <see cref="TicketImport.Lenient"/> left out, and why: never a silent
/// repair. Immutable.
/// </summary>
public sealed class TicketImportIssue
{
    internal TicketImportIssue(string field, string? value, string rule, string message, string leftOut)
    {
        Field = field;
        Value = value;
        Rule = rule;
        Message = message;
        LeftOut = leftOut;
    }

    /// <summary>The record's field whose value broke a rule (<c>nameof(TicketRecord.SignedAt)</c>, …).</summary>
    public string Field { get; }

    /// <summary>Its value as text (instants in ISO UTC), or <see langword="null"/> when it was absent.</summary>
    public string? Value { get; }

    /// <summary>
    /// The rule's code: a <see cref="TicketRule"/> code (<c>chronology</c>, <c>allowed-status</c>, …), an
    /// <see cref="Deadlines.ExtensionRefusal"/> code, or one of the import's own: <c>required</c> (a field the fact needs
    /// is absent), <c>invalid-value</c>, <c>unknown-value</c> (no such vocabulary item), <c>depends-on</c> (a fact it
    /// needs was left out or is absent), <c>policy</c> (the policy has no limit for it), <c>calendar-coverage</c>.
    /// </summary>
    public string Rule { get; }

    /// <summary>Why, in the words of the rule that refused it.</summary>
    public string Message { get; }

    /// <summary>What was done: the fact left out (派单 Dispatch, 签收 SignIn, …).</summary>
    public string LeftOut { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Field}={Value ?? "(absent)"} [{Rule}] {Message} → left out: {LeftOut}";
}
