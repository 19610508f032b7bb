using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>派单 (or 改派 after an accepted return): the platform dispatched the ticket to a unit. When the policy's clock starts at dispatch or receipt, it records the deadline decided then; when it starts at sign-in, the deadline fields are <see langword="null"/>. It also records the step limits decided then (sign-in, contact, return window) and whether the dispatch designates its unit; the last four fields are optional so histories stored before them still load and replay (absent = no limit, not designated).</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Unit">The responsible unit's id.</param>
/// <param name="Complexity">The complexity's code (<see cref="Domain.Complexity"/>), set by the platform.</param>
/// <param name="ClockStartedAt">The instant the clock started from (the dispatch, or the receipt), or <see langword="null"/>.</param>
/// <param name="WorkingDays">The limit in working days used, or <see langword="null"/>.</param>
/// <param name="DueDate">The last working day, in the policy's zone, or <see langword="null"/>.</param>
/// <param name="DueAt">24:00 at the end of <paramref name="DueDate"/>, or <see langword="null"/>.</param>
/// <param name="IsProvisional">Whether the deadline was computed provisionally beyond the calendar's coverage.</param>
/// <param name="SignInDueAt">When the unit must have signed in (the policy's sign-in limit for the order's urgency, from this dispatch), or <see langword="null"/> without a limit (and in histories recorded before step limits).</param>
/// <param name="ContactDueAt">When the unit must first have contacted the requester, or <see langword="null"/> without a limit.</param>
/// <param name="ReturnWindowEndsAt">The end of the return window (a return at or after it is refused), or <see langword="null"/> when returns are not timed.</param>
/// <param name="IsDesignated">Whether this dispatch designates its unit (指定承办), which may then not return the order; <see langword="false"/> in histories recorded before designation.</param>
public sealed record TicketDispatched(int Sequence, Instant At, string? ByUnit, string ByStaff, string Unit, string Complexity, Instant? ClockStartedAt, int? WorkingDays, LocalDate? DueDate, Instant? DueAt, bool IsProvisional, Instant? SignInDueAt = null, Instant? ContactDueAt = null, Instant? ReturnWindowEndsAt = null, bool IsDesignated = false)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Dispatched;
}
