using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// An assessment built one ticket at a time, for streams too large to hold (a province's year): memory grows with the
/// units and the exemption decisions, not with the tickets. <see cref="Assessment.Of(IEnumerable{Ticket}, DateInterval, Instant, AssessmentOptions)"/>
/// is this accumulator over its tickets, so the two agree by construction.
/// </summary>
/// <remarks>
/// <para>Add each ticket once: unlike <see cref="Assessment.Of(IEnumerable{Ticket}, DateInterval, Instant, AssessmentOptions)"/>,
/// the accumulator keeps no set of the ids it has seen (that set is what a stream cannot afford), so a ticket added twice
/// counts twice.</para>
/// <para>Accumulators of disjoint partitions (machines, months of intake, districts) with the same period, as-of
/// instant and options <see cref="Combine"/> exactly: counts add, and an exemption removed in any partition is removed.</para>
/// <para>Not thread-safe: one accumulator per thread, combined at the end.</para>
/// </remarks>
public sealed class AssessmentAccumulator
{
    private readonly Dictionary<string, (UnitId Id, UnitTally Tally)> _byUnit = new(StringComparer.Ordinal);
    private readonly UnitTally _city = new();
    private readonly ExemptionLedger _ledger;
    private readonly TicketDigest.FoldBuffer _buffer = new();

    /// <summary>Starts an empty assessment.</summary>
    /// <param name="period">The period, in ISO dates.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">An argument is null, the period is not ISO, or <paramref name="asOf"/> is outside 0001–9899.</exception>
    public AssessmentAccumulator(DateInterval period, Instant asOf, AssessmentOptions options)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(options);
        if (period.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The period must be in ISO dates; it is in {period.Start.Calendar.Id}.", nameof(period));
        }

        Preconditions.InRange(asOf, nameof(asOf));
        Period = period;
        AsOf = asOf;
        Options = options;
        _ledger = new ExemptionLedger(options, asOf);
    }

    /// <summary>The period.</summary>
    public DateInterval Period { get; }

    /// <summary>The as-of instant.</summary>
    public Instant AsOf { get; }

    /// <summary>The options.</summary>
    public AssessmentOptions Options { get; }

    /// <summary>Counts one ticket (outside the period, never dispatched, or counting nowhere: nothing).</summary>
    /// <param name="ticket">The ticket, not added before.</param>
    /// <exception cref="ArgumentException"><paramref name="ticket"/> is null.</exception>
    public void Add(Ticket ticket)
    {
        Guard.Against.Null(ticket);
        var digest = TicketDigest.Of(ticket, AsOf, _buffer);
        if (!digest.IsDispatched || digest.CountsNowhere || (digest.Terminated && !Options.CountTerminated))
        {
            return;
        }

        // Stryker disable once Conditional : equivalent, a shortcut only: an empty ledger exempts nothing (Exempting gives -1).
        var whole = _ledger.IsEmpty ? -1 : _ledger.Exempting(ticket.Id.Value, ExemptionScope.WholeTicket);
        if (Period.Contains(ticket.Policy.LocalDateOf(digest.LatestDispatchAt)))
        {
            if (whole >= 0)
            {
                _ledger.Removed(whole, Lateness.UnitOf(ticket, digest.Unit!));
            }
            else
            {
                var callback = _ledger.IsEmpty || digest.CallbackAt is null ? -1 : _ledger.Exempting(ticket.Id.Value, ExemptionScope.Satisfaction);
                if (callback >= 0)
                {
                    _ledger.Removed(callback, Lateness.UnitOf(ticket, digest.Unit!));
                }

                TallyOf(ticket, digest.Unit!).Add(in digest, AsOf, Options, callbackExempt: callback >= 0);
                _city.Add(in digest, AsOf, Options, callbackExempt: callback >= 0);
            }
        }

        AddAssisting(ticket, digest.EndedAssisting, whole);
        AddAssisting(ticket, digest.Assisting, whole);
    }

    /// <summary>Adds the counts of an accumulator of a disjoint set of tickets; <paramref name="other"/> is unchanged.</summary>
    /// <param name="other">The other accumulator, with the same period, as-of instant and options.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is null, is this one, has another period, as-of instant or options, or a sum exceeds <see cref="int.MaxValue"/>.</exception>
    public void Combine(AssessmentAccumulator other)
    {
        Guard.Against.Null(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be combined with itself: its tickets would count twice.", nameof(other));
        }

        if (!Period.Equals(other.Period) || AsOf != other.AsOf || !Options.Equals(other.Options))
        {
            throw new ArgumentException(
                $"Only accumulators of the same period, as-of instant and options combine: {Period} at {AsOf} ({Options}) and {other.Period} at {other.AsOf} ({other.Options}).",
                nameof(other));
        }

        try
        {
            foreach (var entry in other._byUnit)
            {
                if (!_byUnit.TryGetValue(entry.Key, out var mine))
                {
                    mine = (entry.Value.Id, new UnitTally());
                    _byUnit.Add(entry.Key, mine);
                }

                mine.Tally.Add(new UnitAssessment(entry.Value.Id, entry.Value.Tally));
            }

            _city.Add(new UnitAssessment(null, other._city));
        }
        catch (ArgumentException overflow) when (overflow.ParamName is null)
        {
            throw Counts.Naming(overflow, nameof(other));
        }

        _ledger.Absorb(other._ledger);
    }

    /// <summary>The assessment of the tickets added so far; adding more afterwards changes later assessments, not this one.</summary>
    /// <returns>The assessment.</returns>
    public Assessment ToAssessment()
    {
        var units = new UnitAssessment[_byUnit.Count];
        var i = 0;
        foreach (var entry in _byUnit.Values)
        {
            units[i++] = new UnitAssessment(entry.Id, entry.Tally);
        }

        Array.Sort(units, (a, b) => string.CompareOrdinal(a.Unit!.Value, b.Unit!.Value));
        return Assessment.Create(Period, AsOf, Options, units, new UnitAssessment(null, _city), _ledger.ToExclusions());
    }

    private UnitTally TallyOf(Ticket ticket, string unit)
    {
        if (!_byUnit.TryGetValue(unit, out var entry))
        {
            entry = (Lateness.UnitOf(ticket, unit), new UnitTally());
            _byUnit.Add(unit, entry);
        }

        return entry.Tally;
    }

    // An assisting assignment belongs to the assisting unit, in the period of its own assignment instant: the unit appears
    // in the assessment from it, and its report counts once judged, unless the whole order is exempt (decision `whole`).
    private void AddAssisting(Ticket ticket, List<AssistingFact>? assisting, int whole)
    {
        if (assisting is null)
        {
            return;
        }

        foreach (var a in assisting)
        {
            if (!Period.Contains(ticket.Policy.LocalDateOf(a.AssignedAt)))
            {
                continue;
            }

            // An exempt order leaves the assisting unit's counts too: it does not appear on this order's account.
            if (whole >= 0)
            {
                _ledger.Removed(whole, Lateness.UnitOf(ticket, a.Unit));
                continue;
            }

            var tally = TallyOf(ticket, a.Unit);
            if (TicketDigest.AssistanceOnTimeAt(in a, AsOf) is { } onTime)
            {
                tally.AddAssisting(onTime);
                _city.AddAssisting(onTime);
            }
        }
    }
}
