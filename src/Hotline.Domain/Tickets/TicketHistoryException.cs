using System;

namespace Hotline.Domain.Tickets;

/// <summary>
/// <see cref="Ticket.Rehydrate"/> met a history that breaks a rule: <see cref="Position"/> gives the 1-based position
/// of the offending event, <see cref="TicketRuleException.Rule"/> the rule, and <see cref="Exception.InnerException"/>
/// the refusal the live action would have raised, if any.
/// </summary>
public sealed class TicketHistoryException : TicketRuleException
{
    internal TicketHistoryException(int position, TicketRule rule, string message, Exception? innerException = null)
        : base(rule, $"Event {position} of the history: {message}", innerException)
    {
        Position = position;
    }

    /// <summary>The 1-based position of the event that broke the rule (0 for an empty history).</summary>
    public int Position { get; }
}
