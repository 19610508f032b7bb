namespace Hotline.Domain.Tickets;

/// <summary>An action was dated before the ticket's last event: instants never go backwards (rule <see cref="TicketRule.Chronology"/>).</summary>
public sealed class TicketChronologyException : TicketRuleException
{
    internal TicketChronologyException(TicketRule rule, string message)
        : base(rule, message)
    {
    }
}
