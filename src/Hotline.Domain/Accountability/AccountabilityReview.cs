using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The accountability review: every rule of an <see cref="AccountabilityRuleSet"/> (the library's eleven by default)
/// evaluated over tickets (and responsible units) at an as-of instant, producing <see cref="Finding"/>s with their facts and a recommended measure. It recommends; people
/// decide.
/// </summary>
/// <remarks>
/// <para>Only events at or before <c>asOf</c> count. Each ticket is folded once, in one pass over its events, into a
/// digest that every rule reads (the same digest as <see cref="Assessment"/>'s counts; a city's rule reads it as a
/// <see cref="ReviewedTicket"/>); for a reopened ticket the
/// reply and callback of its latest handling round count, except <see cref="AccountabilityRule.FalseCompletion"/>,
/// which is judged in every round. A ticket merged into another (并单) is handled under its master and is not reviewed.
/// Working days past a deadline are counted on the ticket's <see cref="HandlingPolicy.Calendar"/> in its
/// <see cref="HandlingPolicy.Zone"/>.</para>
/// <para>Findings come back in a fixed order: unit id, then ticket id (a unit's own findings first), then rule value
/// (ordinal). Reviews of disjoint sets of tickets therefore combine by concatenation and sorting
/// (<see cref="Combine"/>). Cost: O(events + findings · log findings).</para>
/// </remarks>
public static class AccountabilityReview
{
    private static readonly IComparer<Finding> FindingOrder = Comparer<Finding>.Create(Finding.Compare);

    /// <summary>Reviews tickets under the <see cref="EscalationLadder.Default"/> ladder.</summary>
    /// <param name="tickets">The tickets (no null, no ticket id twice).</param>
    /// <param name="asOf">The instant of the review: later events are ignored.</param>
    /// <returns>The findings, in the fixed order.</returns>
    /// <exception cref="ArgumentException">An argument is null, a ticket is null or given twice, or <paramref name="asOf"/> is outside 0001–9999.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">A lateness falls outside a policy calendar's coverage (and the policy does not allow provisional answers).</exception>
    public static IReadOnlyList<Finding> Review(IEnumerable<Ticket> tickets, Instant asOf) =>
        Review(tickets, Array.Empty<ResponsibleUnit>(), asOf, EscalationLadder.Default);

    /// <summary>Reviews tickets under a ladder.</summary>
    /// <param name="tickets">The tickets (no null, no ticket id twice).</param>
    /// <param name="asOf">The instant of the review: later events are ignored.</param>
    /// <param name="ladder">The escalation ladder.</param>
    /// <returns>The findings, in the fixed order.</returns>
    /// <exception cref="ArgumentException">An argument is null, a ticket is null or given twice, or <paramref name="asOf"/> is outside 0001–9999.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">A lateness falls outside a policy calendar's coverage.</exception>
    public static IReadOnlyList<Finding> Review(IEnumerable<Ticket> tickets, Instant asOf, EscalationLadder ladder) =>
        Review(tickets, Array.Empty<ResponsibleUnit>(), asOf, ladder);

    /// <summary>Reviews tickets, and responsible units for their "four ones", under a ladder, with the library's eleven rules (<see cref="AccountabilityRuleSet.BuiltIn"/>).</summary>
    /// <param name="tickets">The tickets (no null, no ticket id twice).</param>
    /// <param name="units">The registered units to check for <see cref="AccountabilityRule.MissingFourOnes"/> (no null, no unit id twice).</param>
    /// <param name="asOf">The instant of the review: later events are ignored.</param>
    /// <param name="ladder">The escalation ladder.</param>
    /// <returns>The findings, in the fixed order.</returns>
    /// <exception cref="ArgumentException">An argument is null, a ticket or unit is null or given twice, or <paramref name="asOf"/> is outside 0001–9999.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">A lateness falls outside a policy calendar's coverage.</exception>
    public static IReadOnlyList<Finding> Review(IEnumerable<Ticket> tickets, IEnumerable<ResponsibleUnit> units, Instant asOf, EscalationLadder ladder) =>
        Review(tickets, units, asOf, ladder, AccountabilityRuleSet.BuiltIn);

    /// <summary>Reviews tickets and responsible units under a ladder with a set of rules: the library's, a city's own, or both.</summary>
    /// <remarks>
    /// Each ticket is still folded once; every rule of the set reads the same <see cref="ReviewedTicket"/>. Units are
    /// evaluated first, then the tickets in the order given; within each, the rules in the set's order. Findings come
    /// back in the fixed order; findings a city's rule adds with the same unit, ticket and rule keep the order the rule
    /// added them in.
    /// </remarks>
    /// <param name="tickets">The tickets (no null, no ticket id twice).</param>
    /// <param name="units">The registered units every rule evaluates (no null, no unit id twice).</param>
    /// <param name="asOf">The instant of the review: later events are ignored.</param>
    /// <param name="ladder">The escalation ladder.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The findings, in the fixed order.</returns>
    /// <exception cref="ArgumentException">An argument is null, a ticket or unit is null or given twice, <paramref name="asOf"/> is outside 0001–9999, or a city's rule added a null finding, one under another rule, or one about another ticket or unit.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">A lateness falls outside a policy calendar's coverage.</exception>
    public static IReadOnlyList<Finding> Review(IEnumerable<Ticket> tickets, IEnumerable<ResponsibleUnit> units, Instant asOf, EscalationLadder ladder, AccountabilityRuleSet rules)
    {
        Guard.Against.Null(tickets);
        Guard.Against.Null(units);
        Guard.Against.Null(ladder);
        Guard.Against.Null(rules);
        Lateness.Check(asOf, nameof(asOf));
        var set = rules.Items;
        var findings = new List<Finding>();
        var sink = new FindingSink(findings);
        var seenUnits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit is null)
            {
                throw new ArgumentException("A responsible unit is null.", nameof(units));
            }

            if (!seenUnits.Add(unit.Id.Value))
            {
                throw new ArgumentException($"Unit {unit.Id} is given twice.", nameof(units));
            }

            foreach (var rule in set)
            {
                if (rule is IDigestRule builtIn)
                {
                    builtIn.Evaluate(unit, asOf, ladder, findings);
                }
                else
                {
                    sink.ForUnit(rule.Rule, unit.Id);
                    rule.Evaluate(unit, asOf, ladder, sink);
                }
            }
        }

        var seenTickets = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new TicketDigest.FoldBuffer();
        foreach (var ticket in tickets)
        {
            CheckTicket(ticket, seenTickets, nameof(tickets));
            ReviewOne(ticket, asOf, ladder, set, findings, sink, buffer);
        }

        return Sorted(findings, rules);
    }

    /// <summary>
    /// Reviews one ticket, for streams too large to hold: the findings about it (every unit it names), in the fixed
    /// order. The findings of a review of many tickets are these, ticket by ticket, put in the fixed order
    /// (<see cref="Combine"/>); memory is the one ticket's.
    /// </summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="asOf">The instant of the review: later events are ignored.</param>
    /// <param name="ladder">The escalation ladder.</param>
    /// <param name="rules">The rules (<see cref="AccountabilityRuleSet.BuiltIn"/> for the library's).</param>
    /// <returns>The ticket's findings, in the fixed order.</returns>
    /// <exception cref="ArgumentException">An argument is null, <paramref name="asOf"/> is outside 0001–9999, or a city's rule added a null finding, one under another rule, or one about another ticket.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">A lateness falls outside the policy calendar's coverage.</exception>
    public static IReadOnlyList<Finding> ReviewTicket(Ticket ticket, Instant asOf, EscalationLadder ladder, AccountabilityRuleSet rules)
    {
        Guard.Against.Null(ticket);
        Guard.Against.Null(ladder);
        Guard.Against.Null(rules);
        Lateness.Check(asOf, nameof(asOf));
        var findings = new List<Finding>();
        ReviewOne(ticket, asOf, ladder, rules.Items, findings, new FindingSink(findings), new TicketDigest.FoldBuffer());
        return Sorted(findings, rules);
    }

    // The one ticket's part of a review: every rule of the set over its digest, units and tickets alike reading it once.
    private static void ReviewOne(Ticket ticket, Instant asOf, EscalationLadder ladder, IReadOnlyList<IAccountabilityRule> set, List<Finding> findings, FindingSink sink, TicketDigest.FoldBuffer buffer)
    {
        var digest = TicketDigest.Of(ticket, asOf, buffer);
        if (!digest.IsDispatched || digest.CountsNowhere)
        {
            return;
        }

        ReviewedTicket? reviewed = null;
        foreach (var rule in set)
        {
            if (rule is IDigestRule builtIn)
            {
                builtIn.Evaluate(in digest, asOf, ladder, findings);
            }
            else
            {
                reviewed ??= new ReviewedTicket(in digest, asOf);
                sink.ForTicket(rule.Rule, ticket.Id);
                rule.Evaluate(reviewed, ladder, sink);
            }
        }
    }

    private static ReadOnlyCollection<Finding> Sorted(List<Finding> findings, AccountabilityRuleSet rules)
    {
        if (rules.OnlyDigestRules)
        {
            // The library's findings differ in their keys (unit, ticket, rule) or, under one key, in their facts' instants,
            // in which order each rule adds them: the unstable in-place sort on both gives the fixed order.
            findings.Sort(Finding.CompareWithFacts);
            return findings.AsReadOnly();
        }

        return StableSort(findings);
    }

    /// <summary>Combines the findings of reviews over disjoint sets of tickets and units (same as-of instant and ladder): concatenated, in the fixed order.</summary>
    /// <param name="parts">The partial reviews (no null).</param>
    /// <returns>The findings, in the fixed order.</returns>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is null or holds a null list or finding.</exception>
    public static IReadOnlyList<Finding> Combine(IEnumerable<IReadOnlyList<Finding>> parts)
    {
        Guard.Against.Null(parts);
        var all = new List<Finding>();
        foreach (var part in parts)
        {
            if (part is null || part.Any(f => f is null))
            {
                throw new ArgumentException("A partial review, or a finding in it, is null.", nameof(parts));
            }

            all.AddRange(part);
        }

        // A stable sort: findings under one key (unit, ticket, rule) come from one part, in the order their rule added them.
        return StableSort(all);
    }

    private static ReadOnlyCollection<Finding> StableSort(List<Finding> findings) =>
        Array.AsReadOnly(findings.OrderBy(f => f, FindingOrder).ToArray());

    internal static void CheckTicket(Ticket? ticket, HashSet<string> seen, string parameterName)
    {
        if (ticket is null)
        {
            throw new ArgumentException("A ticket is null.", parameterName);
        }

        if (!seen.Add(ticket.Id.Value))
        {
            throw new ArgumentException($"Ticket {ticket.Id} is given twice; each ticket counts once.", parameterName);
        }
    }
}
