using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>派单 (or 改派 after an accepted return): the platform dispatched the ticket to a unit. When the policy's clock starts at dispatch or receipt, it records the deadline decided then; when it starts at sign-in, the deadline fields are <see langword="null"/>.</summary>
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
public sealed record TicketDispatched(int Sequence, Instant At, string? ByUnit, string ByStaff, string Unit, string Complexity, Instant? ClockStartedAt, int? WorkingDays, LocalDate? DueDate, Instant? DueAt, bool IsProvisional)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Dispatched;
}
