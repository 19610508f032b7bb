using System.Collections.Generic;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// One accountability rule as an object: what it reports under (<see cref="Rule"/>) and how it evaluates one reviewed
/// ticket and one responsible unit. The library's eleven rules are instances (<see cref="BuiltInRules"/>,
/// <see cref="AccountabilityRuleSet.BuiltIn"/>); a city adds its own to an <see cref="AccountabilityRuleSet"/> and
/// passes the set to <see cref="AccountabilityReview.Review(IEnumerable{Tickets.Ticket}, IEnumerable{ResponsibleUnit}, Instant, EscalationLadder, AccountabilityRuleSet)"/>.
/// </summary>
/// <remarks>
/// <para>The review folds each ticket once and hands every rule the same <see cref="ReviewedTicket"/>: a rule reads the
/// fold, it does not replay the history. It calls the ticket evaluation once per dispatched ticket that is not merged,
/// and the unit evaluation once per registered unit.</para>
/// <para>A rule adds zero or more <see cref="Finding"/>s to the collection it is given, each reported under its own
/// <see cref="Rule"/>; a ticket's findings name that ticket, a unit's findings name that unit and no ticket. The
/// collection accepts nothing else and cannot be cleared. A rule keeps its own thresholds (for example
/// <see cref="RepeatedReopeningRule.ReopeningsFrom"/>) and reads measures from the ladder where the ladder has them.
/// A rule should be immutable and free of I/O: the review may run on many threads, over parts that are then
/// combined.</para>
/// </remarks>
public interface IAccountabilityRule
{
    /// <summary>The rule the findings report under: one of the eleven, or a city's own (<see cref="AccountabilityRule.Define"/>).</summary>
    AccountabilityRule Rule { get; }

    /// <summary>Evaluates one ticket folded at the review's as-of instant.</summary>
    /// <param name="ticket">The ticket (dispatched and not merged when the review calls).</param>
    /// <param name="ladder">The review's escalation ladder.</param>
    /// <param name="findings">Where to add the findings.</param>
    void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings);

    /// <summary>Evaluates one registered responsible unit at the review's as-of instant.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="asOf">The instant of the review.</param>
    /// <param name="ladder">The review's escalation ladder.</param>
    /// <param name="findings">Where to add the findings.</param>
    void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings);
}
