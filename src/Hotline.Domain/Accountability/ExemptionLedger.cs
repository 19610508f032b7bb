using System;
using System.Collections.Generic;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The exemption decisions of an assessment's options as they stand at its as-of instant: for each order and scope the
/// winning decision (the latest by then; the later in the list at the same instant), and what each one removed while
/// the tickets were counted. Internal: one per <see cref="Assessment.Of(IEnumerable{Tickets.Ticket}, DateInterval, Instant, AssessmentOptions)"/>.
/// </summary>
internal sealed class ExemptionLedger
{
    private readonly IReadOnlyList<ExemptionDecision> _decisions;
    private readonly Instant _asOf;

    // Ticket id → index of the winning decision per scope (-1: none).
    private readonly Dictionary<string, (int Whole, int Satisfaction)> _winners = new(StringComparer.Ordinal);

    // Per decision: the unit whose counts it changed, once it did.
    private readonly UnitId?[] _removedFrom;

    public ExemptionLedger(AssessmentOptions options, Instant asOf)
    {
        _decisions = options.Exemptions;
        _asOf = asOf;
        _removedFrom = new UnitId?[_decisions.Count];
        for (var i = 0; i < _decisions.Count; i++)
        {
            var d = _decisions[i];
            if (d.DecidedAt > asOf)
            {
                continue;
            }

            var whole = ReferenceEquals(d.Scope, ExemptionScope.WholeTicket);
            var w = _winners.TryGetValue(d.Ticket.Value, out var found) ? found : (Whole: -1, Satisfaction: -1);
            var current = whole ? w.Whole : w.Satisfaction;
            // Later in the list at the same instant wins: the ledger's order is the order the decisions were recorded.
            if (current < 0 || _decisions[current].DecidedAt <= d.DecidedAt)
            {
                _winners[d.Ticket.Value] = whole ? (i, w.Satisfaction) : (w.Whole, i);
            }
        }
    }

    public bool IsEmpty => _winners.Count == 0;

    /// <summary>The approved winning decision of a scope for an order, or -1.</summary>
    public int Exempting(string ticketId, ExemptionScope scope)
    {
        if (!_winners.TryGetValue(ticketId, out var w))
        {
            return -1;
        }

        var i = ReferenceEquals(scope, ExemptionScope.WholeTicket) ? w.Whole : w.Satisfaction;
        return i >= 0 && _decisions[i].Approved ? i : -1;
    }

    /// <summary>Records that decision <paramref name="index"/> took something out of <paramref name="unit"/>'s counts (the first unit it changed).</summary>
    public void Removed(int index, UnitId unit) => _removedFrom[index] ??= unit;

    /// <summary>Takes in what another ledger of the same decisions removed (another partition's).</summary>
    public void Absorb(ExemptionLedger other)
    {
        for (var i = 0; i < _removedFrom.Length; i++)
        {
            _removedFrom[i] ??= other._removedFrom[i];
        }
    }

    /// <summary>Every decision made by the as-of instant, in the ledger's order, with what it did.</summary>
    public Exclusion[] ToExclusions()
    {
        var exclusions = new List<Exclusion>(_decisions.Count);
        for (var i = 0; i < _decisions.Count; i++)
        {
            var d = _decisions[i];
            if (d.DecidedAt > _asOf)
            {
                continue;
            }

            var w = _winners[d.Ticket.Value];
            var winner = ReferenceEquals(d.Scope, ExemptionScope.WholeTicket) ? w.Whole : w.Satisfaction;
            var effect = winner != i ? ExemptionEffect.Superseded
                : !d.Approved ? ExemptionEffect.Rejected
                : _removedFrom[i] is null ? ExemptionEffect.NothingToRemove
                : ExemptionEffect.Removed;
            exclusions.Add(new Exclusion(d, effect, _removedFrom[i]));
        }

        return exclusions.ToArray();
    }

    /// <summary>The exclusions of two partitions under the same options: a decision removed in either removed.</summary>
    public static Exclusion[] Combine(Exclusion[] left, Exclusion[] right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        var combined = new Exclusion[left.Length];
        for (var i = 0; i < left.Length; i++)
        {
            combined[i] = ReferenceEquals(left[i].Effect, ExemptionEffect.NothingToRemove) ? right[i] : left[i];
        }

        return combined;
    }
}
