namespace Hotline.Domain.Tickets;

/// <summary>An action was attempted from a status where it does not make sense, or after the ticket was closed (rules <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.ReopenNeedsDissatisfaction"/>, <see cref="TicketRule.MergeIntoAnother"/>, <see cref="TicketRule.RedispatchToAnotherUnit"/>).</summary>
public sealed class TicketStateException : TicketRuleException
{
    internal TicketStateException(TicketRule rule, string message)
        : base(rule, message)
    {
    }
}
