using System;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Tickets;

/// <summary>
/// An action on a <see cref="Ticket"/> broke a rule of the closed loop; <see cref="Rule"/> names it and the message
/// says which value broke it and what would have been allowed. The ticket is left exactly as it was.
/// </summary>
public class TicketRuleException : HotlineDomainException
{
    internal TicketRuleException(TicketRule rule, string message, Exception? innerException = null)
        : base($"[{Guard.Against.Null(rule).Code}] {message}", innerException!)
    {
        Rule = rule;
    }

    /// <summary>The rule that was broken.</summary>
    public TicketRule Rule { get; }
}
