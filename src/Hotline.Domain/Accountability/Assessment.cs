using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The assessment of responsible units (考核) for a period at an as-of instant: per unit and city-wide counts and rates,
/// with rankings on any rate and target checks. Build it with <see cref="Of(IEnumerable{Ticket}, DateInterval, Instant)"/>.
/// </summary>
/// <remarks>
/// <para>Definitions (also in the README):</para>
/// <list type="bullet">
/// <item>Only events at or before <see cref="AsOf"/> count; for a reopened ticket, the reply and callback of its latest handling round count.</item>
/// <item>A ticket belongs to the unit of its latest dispatch at or before <see cref="AsOf"/>, and to the period when that
/// dispatch's local date in the ticket's <see cref="HandlingPolicy.Zone"/> lies in <see cref="Period"/>. Tickets never
/// dispatched by then (direct answers included), duplicates merged into another ticket (并单), withdrawn orders (撤单), orders an
/// approved <see cref="ExemptionScope.WholeTicket"/> exemption takes out, and, under <see cref="AssessmentOptions.ExcludingTerminated"/>,
/// terminated orders count nowhere.</item>
/// <item><see cref="Units"/> has one entry for each unit with at least one ticket in the period, or one assisting
/// assignment (协办) made in it (by the local date of its assignment instant), and no other, ordered by unit id (ordinal).
/// Assisting work counts only in <see cref="UnitAssessment.AssistingDue"/> and <see cref="UnitAssessment.AssistingOnTime"/>:
/// a unit's lead counts are its own tickets'.</item>
/// <item>The counts and rates are those of <see cref="UnitAssessment"/>; <see cref="CityWide"/> sums every ticket in the period.</item>
/// </list>
/// <para>Cost: one pass over each ticket's events, a dictionary by unit, and a sort of the units: O(events + units · log units).
/// Assessments of disjoint sets of tickets with the same period, as-of instant and options combine with <see cref="Combine"/>.</para>
/// </remarks>
public sealed class Assessment
{
    private static readonly Exclusion[] NoExclusions = [];

    private readonly UnitAssessment[] _units;
    private readonly Exclusion[] _exclusions;

    private Assessment(DateInterval period, Instant asOf, AssessmentOptions options, UnitAssessment[] units, UnitAssessment cityWide, Exclusion[] exclusions)
    {
        Period = period;
        AsOf = asOf;
        Options = options;
        _units = units;
        CityWide = cityWide;
        _exclusions = exclusions;
    }

    /// <summary>The period: tickets whose latest dispatch's local date lies in it.</summary>
    public DateInterval Period { get; }

    /// <summary>The as-of instant: later events are ignored.</summary>
    public Instant AsOf { get; }

    /// <summary>The options (which grades count, whether terminated orders count, the exemption decisions).</summary>
    public AssessmentOptions Options { get; }

    /// <summary>
    /// Every exemption decision of <see cref="Options"/> made by <see cref="AsOf"/>, in the ledger's order, approved or
    /// rejected (查否), with what it removed: the audit trail of why a unit's rate moved. Empty for an assessment rebuilt
    /// from stored lines (<see cref="FromUnits"/>), whose counts carry no decisions. A read-only view.
    /// </summary>
    public IReadOnlyList<Exclusion> Exclusions => Array.AsReadOnly(_exclusions);

    /// <summary>One entry per unit with at least one ticket, or one assisting assignment, in the period, by unit id (ordinal). A read-only view.</summary>
    public IReadOnlyList<UnitAssessment> Units => Array.AsReadOnly(_units);

    /// <summary>The whole city: every ticket in the period (<see cref="UnitAssessment.Unit"/> is <see langword="null"/>).</summary>
    public UnitAssessment CityWide { get; }

    /// <summary>Assesses tickets with the <see cref="AssessmentOptions.Default"/> options (基本满意 counts as satisfied).</summary>
    /// <param name="tickets">The tickets (no null, no ticket id twice); tickets outside the period are skipped.</param>
    /// <param name="period">The period, in ISO dates.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">An argument is null, a ticket is null or given twice, the period is not ISO, or <paramref name="asOf"/> is outside 0001–9999.</exception>
    public static Assessment Of(IEnumerable<Ticket> tickets, DateInterval period, Instant asOf) => Of(tickets, period, asOf, AssessmentOptions.Default);

    /// <summary>Assesses tickets.</summary>
    /// <param name="tickets">The tickets (no null, no ticket id twice); tickets outside the period are skipped.</param>
    /// <param name="period">The period, in ISO dates.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="options">The options.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">An argument is null, a ticket is null or given twice, the period is not ISO, or <paramref name="asOf"/> is outside 0001–9999.</exception>
    public static Assessment Of(IEnumerable<Ticket> tickets, DateInterval period, Instant asOf, AssessmentOptions options)
    {
        Guard.Against.Null(tickets);
        var accumulator = new AssessmentAccumulator(period, asOf, options);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ticket in tickets)
        {
            AccountabilityReview.CheckTicket(ticket, seen, nameof(tickets));
            accumulator.Add(ticket);
        }

        return accumulator.ToAssessment();
    }

    internal static Assessment Create(DateInterval period, Instant asOf, AssessmentOptions options, UnitAssessment[] units, UnitAssessment cityWide, Exclusion[] exclusions) =>
        new(period, asOf, options, units, cityWide, exclusions);

    /// <summary>
    /// Rebuilds an assessment from per-unit lines (for example partitions assessed elsewhere and stored with
    /// <see cref="UnitAssessment.FromCounts(UnitId?, int, int, int, int, int, int, int, int, int, int, int, int, int)"/>); lines of the same unit are combined, and the city-wide line is their sum.
    /// </summary>
    /// <param name="period">The period the lines were assessed for (ISO dates).</param>
    /// <param name="asOf">Their as-of instant.</param>
    /// <param name="options">Their options.</param>
    /// <param name="units">The lines, each with a unit (no null, no city-wide line).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">An argument is null, a line is null or has no unit, the period is not ISO, or a sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static Assessment FromUnits(DateInterval period, Instant asOf, AssessmentOptions options, IEnumerable<UnitAssessment> units)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(options);
        Guard.Against.Null(units);
        if (period.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The period must be in ISO dates; it is in {period.Start.Calendar.Id}.", nameof(period));
        }

        var byUnit = new Dictionary<string, UnitAssessment>(StringComparer.Ordinal);
        var city = new UnitTally();
        foreach (var line in units)
        {
            if (line?.Unit is null)
            {
                throw new ArgumentException("A unit line is null or has no unit (the city-wide line is computed, not given).", nameof(units));
            }

            try
            {
                byUnit[line.Unit.Value] = byUnit.TryGetValue(line.Unit.Value, out var earlier) ? earlier.Combine(line) : line;
                city.Add(line);
            }
            catch (ArgumentException overflow)
            {
                // Only a sum can fail here: the line's unit matches the earlier line's.
                throw Counts.Naming(overflow, nameof(units));
            }
        }

        var sorted = new UnitAssessment[byUnit.Count];
        byUnit.Values.CopyTo(sorted, 0);
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Unit!.Value, b.Unit!.Value));
        return new Assessment(period, asOf, options, sorted, new UnitAssessment(null, city), NoExclusions);
    }

    /// <summary>
    /// Combines this assessment with one of a disjoint set of tickets (another partition), with the same period,
    /// as-of instant and options: units are matched by id and their counts summed; rates follow from the sums.
    /// </summary>
    /// <param name="other">The other partial assessment.</param>
    /// <returns>The combined assessment.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> is null, has another period, as-of instant or options, or a sum exceeds <see cref="int.MaxValue"/>.</exception>
    public Assessment Combine(Assessment other)
    {
        Guard.Against.Null(other);
        if (!Period.Equals(other.Period) || AsOf != other.AsOf || !Options.Equals(other.Options))
        {
            throw new ArgumentException(
                $"Only assessments of the same period, as-of instant and options combine: {Period} at {AsOf} ({Options}) and {other.Period} at {other.AsOf} ({other.Options}).",
                nameof(other));
        }

        // Merge two lists sorted by unit id.
        var merged = new List<UnitAssessment>(_units.Length + other._units.Length);
        int i = 0, j = 0;
        while (i < _units.Length || j < other._units.Length)
        {
            var c = i == _units.Length ? 1 : j == other._units.Length ? -1 : string.CompareOrdinal(_units[i].Unit!.Value, other._units[j].Unit!.Value);
            merged.Add(c < 0 ? _units[i++] : c > 0 ? other._units[j++] : _units[i++].Combine(other._units[j++]));
        }

        // UnitAssessment.Combine names its own parameter, other, which is this method's too.
        return new Assessment(Period, AsOf, Options, merged.ToArray(), CityWide.Combine(other.CityWide), ExemptionLedger.Combine(_exclusions, other._exclusions));
    }

    /// <summary>The assessment of one unit, or <see langword="null"/> when it had no ticket and no assisting assignment in the period.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Its assessment, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is null.</exception>
    public UnitAssessment? For(UnitId unit)
    {
        Guard.Against.Null(unit);
        var lo = 0;
        var hi = _units.Length - 1;
        while (lo <= hi)
        {
            // Stryker disable once Bitwise : equivalent, lo + hi is never negative, so >>> and >> give the same midpoint.
            var mid = (lo + hi) >> 1;
            var c = string.CompareOrdinal(_units[mid].Unit!.Value, unit.Value);
            if (c == 0)
            {
                return _units[mid];
            }

            // Stryker disable once Equality : equivalent, c == 0 has returned above, so c < 0 and c <= 0 agree.
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Ranks the units on one indicator, best first: higher rates first (lower for 重办率), compared exactly by
    /// cross-multiplying the counts, so 1/3 and 2/6 tie. Ties share a rank, densely (1, 2, 2, 3: the city's tables) or
    /// by competition (1, 2, 2, 4); tied units are listed by unit id. Units whose rate has no value come last, unranked.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="ties">How ties share a rank (the air-quality <see cref="TieRanking"/>).</param>
    /// <returns>One line per unit.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public IReadOnlyList<UnitRank> Rank(AssessmentIndicator indicator, TieRanking ties)
    {
        Guard.Against.Null(indicator);
        Guard.Against.Null(ties);
        var valued = new List<(UnitId Unit, Rate Rate)>(_units.Length);
        var unvalued = new List<UnitRank>();
        foreach (var unit in _units)
        {
            var rate = indicator.RateOf(unit);
            if (rate.HasValue)
            {
                valued.Add((unit.Unit!, rate));
            }
            else
            {
                unvalued.Add(new UnitRank(unit.Unit!, rate, null));
            }
        }

        var direction = indicator.HigherIsBetter ? -1 : 1;
        valued.Sort((a, b) =>
        {
            // Stryker disable once Arithmetic : equivalent, direction is 1 or -1, so dividing by it is multiplying by it.
            var c = a.Rate.CompareTo(b.Rate) * direction;
            return c != 0 ? c : string.CompareOrdinal(a.Unit.Value, b.Unit.Value);
        });

        var ranks = new List<UnitRank>(_units.Length);
        var rank = 0;
        for (var k = 0; k < valued.Count; k++)
        {
            if (k == 0 || valued[k].Rate.CompareTo(valued[k - 1].Rate) != 0)
            {
                rank = ReferenceEquals(ties, TieRanking.Dense) ? rank + 1 : k + 1;
            }

            ranks.Add(new UnitRank(valued[k].Unit, valued[k].Rate, rank));
        }

        ranks.AddRange(unvalued);
        return ranks.AsReadOnly();
    }

    /// <summary>
    /// Ranks the units on their composite score (<see cref="UnitAssessment.Score"/>), highest first; equal scores share
    /// a rank as <paramref name="ties"/> says and are listed by unit id; units without a score come last, unranked.
    /// </summary>
    /// <param name="weights">The weights.</param>
    /// <param name="ties">How ties share a rank.</param>
    /// <returns>One line per unit.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public IReadOnlyList<UnitScore> RankByScore(ScoreWeights weights, TieRanking ties)
    {
        Guard.Against.Null(weights);
        Guard.Against.Null(ties);
        var scored = new List<(UnitId Unit, decimal Score)>(_units.Length);
        var unscored = new List<UnitScore>();
        foreach (var unit in _units)
        {
            if (weights.ScoreOf(unit) is { } score)
            {
                scored.Add((unit.Unit!, score));
            }
            else
            {
                unscored.Add(new UnitScore(unit.Unit!, null, null));
            }
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Unit.Value, b.Unit.Value));
        var ranks = new List<UnitScore>(_units.Length);
        var rank = 0;
        for (var k = 0; k < scored.Count; k++)
        {
            if (k == 0 || scored[k].Score != scored[k - 1].Score)
            {
                rank = ReferenceEquals(ties, TieRanking.Dense) ? rank + 1 : k + 1;
            }

            ranks.Add(new UnitScore(scored[k].Unit, scored[k].Score, rank));
        }

        ranks.AddRange(unscored);
        return ranks.AsReadOnly();
    }

    /// <summary>Checks every unit against a target, in unit order.</summary>
    /// <param name="target">The target (for example <c>RateTarget.Above(AssessmentIndicator.CompletionRate, 96)</c>).</param>
    /// <returns>One line per unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is null.</exception>
    public IReadOnlyList<TargetCheck> Check(RateTarget target)
    {
        Guard.Against.Null(target);
        var checks = new TargetCheck[_units.Length];
        for (var k = 0; k < _units.Length; k++)
        {
            var rate = target.Indicator.RateOf(_units[k]);
            checks[k] = new TargetCheck(_units[k].Unit!, rate, target.IsMetBy(rate));
        }

        return Array.AsReadOnly(checks);
    }

    /// <inheritdoc />
    public override string ToString() => $"Assessment of {Units.Count} unit(s), {Period}, as of {AsOf}: {CityWide}";
}
