namespace Hotline.Domain.Tickets;

/// <summary>Someone acted without the authority to: a unit doing the platform's work, a unit acting on another unit's ticket, or the platform doing a unit's work (rules <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.DispatchedUnitOnly"/>).</summary>
public sealed class TicketAuthorityException : TicketRuleException
{
    internal TicketAuthorityException(TicketRule rule, string message)
        : base(rule, message)
    {
    }
}
