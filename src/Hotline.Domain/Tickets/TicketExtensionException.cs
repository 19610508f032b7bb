namespace Hotline.Domain.Tickets;

/// <summary>An extension request or decision broke the one-extension rule: a second request in the round, too many days, too late, a complexity the policy does not extend, or no pending request (rules <see cref="TicketRule.OneExtensionRequestPerRound"/>, <see cref="TicketRule.ExtensionMaximum"/>, <see cref="TicketRule.ExtensionBeforeDeadline"/>, <see cref="TicketRule.ExtensionComplexity"/>, <see cref="TicketRule.PendingExtensionOnly"/>).</summary>
public sealed class TicketExtensionException : TicketRuleException
{
    internal TicketExtensionException(TicketRule rule, string message)
        : base(rule, message)
    {
    }
}
