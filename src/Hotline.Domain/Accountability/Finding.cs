using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Accountability;

/// <summary>
/// What an accountability rule found: the rule, the unit it names, the ticket (none for <see cref="AccountabilityRule.MissingFourOnes"/>),
/// who is at fault, the facts with their instants, the working days past the deadline where a deadline is involved,
/// the recommended measure and the reasons for it. A recommendation: people decide the measure.
/// </summary>
/// <remarks>
/// Immutable, with value equality by the facts of the matter: two findings are equal when rule, unit, ticket, working
/// days, measure and the facts (element by element, in order) are equal (the party at fault follows from the rule).
/// The reasons are prose written from those facts and are not compared: a finding stored with its reasons, or
/// reworded by a later version of the library, equals the one the review makes today. Findings sort by unit id, then ticket id (none
/// first), then rule value (ordinal comparison of ids); one rule's findings about one unit on one ticket keep the order the
/// rule found them in (the library's: by the instants of their facts).
/// </remarks>
public sealed class Finding : IEquatable<Finding>
{
    private readonly FindingFact[] _facts;
    private readonly FindingExplanation? _explanation;
    private string[]? _reasons;

    /// <summary>Creates a finding (the review does; integrators can rebuild stored ones).</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="unit">The unit named.</param>
    /// <param name="ticket">The ticket, or <see langword="null"/> for a finding about the unit itself.</param>
    /// <param name="facts">The facts, in order (not null, no null element).</param>
    /// <param name="workingDaysPastDeadline">Working days past the deadline (0 or more), or <see langword="null"/> where no deadline is involved.</param>
    /// <param name="recommendedMeasure">The recommended measure (never <see cref="Measure.DisciplineReferral"/>).</param>
    /// <param name="reasons">Why, in plain words (at least one; none blank).</param>
    /// <exception cref="ArgumentException">An argument is null, a list holds a null or blank element, <paramref name="reasons"/> is empty, <paramref name="workingDaysPastDeadline"/> is negative, or the measure is <see cref="Measure.DisciplineReferral"/>.</exception>
    public Finding(
        AccountabilityRule rule,
        UnitId unit,
        TicketId? ticket,
        IEnumerable<FindingFact> facts,
        int? workingDaysPastDeadline,
        Measure recommendedMeasure,
        IEnumerable<string> reasons)
    {
        Rule = Guard.Against.Null(rule);
        Unit = Guard.Against.Null(unit);
        Ticket = ticket;
        _facts = Guard.Against.Null(facts).ToArray();
        if (Array.IndexOf(_facts, null) >= 0)
        {
            throw new ArgumentException("A finding's fact is null.", nameof(facts));
        }

        if (workingDaysPastDeadline < 0)
        {
            throw new ArgumentException($"Working days past the deadline are {workingDaysPastDeadline}; they are 0 or more.", nameof(workingDaysPastDeadline));
        }

        WorkingDaysPastDeadline = workingDaysPastDeadline;
        RecommendedMeasure = Guard.Against.Null(recommendedMeasure);
        if (ReferenceEquals(recommendedMeasure, Measure.DisciplineReferral))
        {
            throw new ArgumentException("The library never recommends 党纪政纪处分 (DisciplineReferral): only a person decides it.", nameof(recommendedMeasure));
        }

        _reasons = Guard.Against.Null(reasons).ToArray();
        if (_reasons.Length == 0 || _reasons.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A finding needs at least one reason, and no reason may be blank.", nameof(reasons));
        }
    }

    // For the rule evaluators: facts built for this finding alone, already valid; no copy, no check. The reasons are
    // written on first use from the facts and the explanation: a review of 100,000 tickets need not format 200,000
    // sentences that nobody reads (the text is the same whenever it is built: the finding is immutable).
    private Finding(AccountabilityRule rule, UnitId unit, TicketId ticket, FindingFact[] facts, int? workingDaysPastDeadline, Measure recommendedMeasure, FindingExplanation explanation)
    {
        Rule = rule;
        Unit = unit;
        Ticket = ticket;
        _facts = facts;
        WorkingDaysPastDeadline = workingDaysPastDeadline;
        RecommendedMeasure = recommendedMeasure;
        _explanation = explanation;
    }

    /// <summary>The rule broken.</summary>
    public AccountabilityRule Rule { get; }

    internal static Finding Explained(AccountabilityRule rule, UnitId unit, TicketId ticket, FindingFact[] facts, int? workingDaysPastDeadline, Measure recommendedMeasure, FindingExplanation explanation) =>
        new(rule, unit, ticket, facts, workingDaysPastDeadline, recommendedMeasure, explanation);

    /// <summary>The unit named: the unit responsible, or for <see cref="AccountabilityRule.DispatchLate"/> the unit that received the late dispatch.</summary>
    public UnitId Unit { get; }

    /// <summary>The ticket, or <see langword="null"/> for a finding about the unit itself (<see cref="AccountabilityRule.MissingFourOnes"/>).</summary>
    public TicketId? Ticket { get; }

    /// <summary>Who is at fault: the platform for <see cref="AccountabilityRule.DispatchLate"/>, the unit otherwise.</summary>
    public AccountableParty AtFault => Rule.AtFault;

    /// <summary>The facts the finding rests on, with their instants. A read-only view.</summary>
    public IReadOnlyList<FindingFact> Facts => Array.AsReadOnly(_facts);

    /// <summary>
    /// Working days past the deadline on the ticket's policy calendar: the working days after the deadline's last working
    /// day up to and including the local date of the reply (<see cref="AccountabilityRule.RepliedLate"/>) or of the as-of
    /// instant (<see cref="AccountabilityRule.OverdueUnreplied"/>); 0 when the deadline passed over a weekend or holiday.
    /// <see langword="null"/> for rules without a deadline.
    /// </summary>
    public int? WorkingDaysPastDeadline { get; }

    /// <summary>The measure the ladder recommends (people decide).</summary>
    public Measure RecommendedMeasure { get; }

    /// <summary>Why: the rule, the facts and the ladder step, in plain words. A read-only view.</summary>
    public IReadOnlyList<string> Reasons => Array.AsReadOnly(ReasonArray);

    private string[] ReasonArray => _reasons ??= _explanation!.Explain(this);

    /// <summary>Whether two findings are equal.</summary>
    /// <param name="left">One finding.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(Finding? left, Finding? right) => Equals(left, right);

    /// <summary>Whether two findings differ.</summary>
    /// <param name="left">One finding.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Finding? left, Finding? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && ReferenceEquals(Rule, other.Rule)
        && Unit == other.Unit
        && Ticket == other.Ticket
        && WorkingDaysPastDeadline == other.WorkingDaysPastDeadline
        && ReferenceEquals(RecommendedMeasure, other.RecommendedMeasure)
        && _facts.SequenceEqual(other._facts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Finding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Rule.Value, Unit, Ticket, WorkingDaysPastDeadline, RecommendedMeasure.Value, _facts.Length).GetHashCode();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Unit} {(Ticket is null ? "-" : Ticket.Value)} {Rule.ChineseName}"
        + (WorkingDaysPastDeadline is { } days ? $" +{days}wd" : string.Empty)
        + $" → {RecommendedMeasure.ChineseName}" + (ReferenceEquals(AtFault, AccountableParty.Platform) ? " (平台责任)" : string.Empty);

    /// <summary>The fixed order of findings: unit id, then ticket id (none first), then rule value; ordinal.</summary>
    internal static int Compare(Finding? x, Finding? y)
    {
        // Stryker disable once Block : equivalent, a shortcut: a finding compared with itself gives 0 on every key below anyway.
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var byUnit = string.CompareOrdinal(x!.Unit.Value, y!.Unit.Value);
        if (byUnit != 0)
        {
            return byUnit;
        }

        var byTicket = string.CompareOrdinal(x.Ticket?.Value, y.Ticket?.Value);
        return byTicket != 0 ? byTicket : x.Rule.Value.CompareTo(y.Rule.Value);
    }

    /// <summary>
    /// The fixed order, then the facts' instants in order: one library rule may find a ticket's unit more than once (an
    /// assisting unit late in two rounds, two supervisions answered late), and it adds them in that order, so an
    /// unstable sort by this order gives what a stable sort by <see cref="Compare"/> gives.
    /// </summary>
    internal static int CompareWithFacts(Finding? x, Finding? y)
    {
        var byKey = Compare(x, y);
        return byKey != 0 ? byKey : CompareFacts(x!._facts, y!._facts);
    }

    private static int CompareFacts(FindingFact[] x, FindingFact[] y)
    {
        var common = Math.Min(x.Length, y.Length);
        for (var i = 0; i < common; i++)
        {
            var byInstant = x[i].At.CompareTo(y[i].At);
            if (byInstant != 0)
            {
                return byInstant;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
