using System;
using System.Collections.Generic;
using System.Linq;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>办结答复: the responsible unit replied with its result; it records whether the reply came before the deadline in force.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Result">What the unit did and answered.</param>
/// <param name="Resolved">Whether the unit says the matter is resolved.</param>
/// <param name="OnTime">Whether <see cref="TicketEvent.At"/> was before the deadline's <see cref="HandlingDeadline.DueAt"/>.</param>
/// <param name="NotReportedBy">
/// The assisting units of the round that had not reported when the lead replied, in the order they were added, under a
/// policy that allows that (<see cref="HandlingPolicy.AllowsReplyBeforeAssistingReports"/>); <see langword="null"/> when
/// every assisting unit had reported or there was none (histories stored before joint handling).
/// </param>
public sealed record TicketReplied(int Sequence, Instant At, string? ByUnit, string ByStaff, string Result, bool Resolved, bool OnTime, IReadOnlyList<string>? NotReportedBy = null)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<string>? _notReportedBy = Copy(NotReportedBy);

    /// <summary>The assisting units that had not reported at the reply; a copy of what was given, <see langword="null"/> for none.</summary>
    public IReadOnlyList<string>? NotReportedBy
    {
        get => _notReportedBy;
        init => _notReportedBy = Copy(value);
    }

    internal override TicketEventKind Kind => TicketEventKind.Replied;

    /// <summary>Value equality, the list of units compared element by element.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(TicketReplied? other) =>
        other is not null && base.Equals(other)
        && string.Equals(Result, other.Result, StringComparison.Ordinal) && Resolved == other.Resolved && OnTime == other.OnTime
        && (_notReportedBy is null ? other._notReportedBy is null : other._notReportedBy is not null && _notReportedBy.SequenceEqual(other._notReportedBy, StringComparer.Ordinal));

    /// <inheritdoc />
    /// <remarks>The common fields' hash (ticket, sequence, instant, actor) already tells events apart; equal replies have equal common fields.</remarks>
    public override int GetHashCode() => base.GetHashCode();

    // An empty list means none, as null does; the copy keeps a caller's later change to its list out of the event.
    private static System.Collections.ObjectModel.ReadOnlyCollection<string>? Copy(IReadOnlyList<string>? units) =>
        units is null || units.Count == 0 ? null : Array.AsReadOnly(units.ToArray());
}
