using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>签收: the dispatched unit signed for the ticket. When the policy's clock starts at sign-in, it records the deadline decided then; otherwise the deadline fields are <see langword="null"/>.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="ClockStartedAt">The instant the clock started from (this sign-in), or <see langword="null"/>.</param>
/// <param name="WorkingDays">The limit in working days used, or <see langword="null"/>.</param>
/// <param name="DueDate">The last working day, in the policy's zone, or <see langword="null"/>.</param>
/// <param name="DueAt">24:00 at the end of <paramref name="DueDate"/>, or <see langword="null"/>.</param>
/// <param name="IsProvisional">Whether the deadline was computed provisionally beyond the calendar's coverage.</param>
/// <param name="OnTime">Whether the sign-in came before the dispatch's recorded sign-in due instant, or <see langword="null"/> when the dispatch has none (optional: histories stored before step limits have none).</param>
public sealed record TicketSignedIn(int Sequence, Instant At, string? ByUnit, string ByStaff, Instant? ClockStartedAt, int? WorkingDays, LocalDate? DueDate, Instant? DueAt, bool IsProvisional, bool? OnTime = null)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.SignedIn;
}
