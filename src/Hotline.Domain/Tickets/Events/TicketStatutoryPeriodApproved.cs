using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>批准适用法定期限: the platform approved the pending statutory period; it records the deadline now in force.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="DueDate">The last day of the statutory period (the one requested).</param>
/// <param name="DueAt">24:00 at the end of <paramref name="DueDate"/> in the policy's zone.</param>
public sealed record TicketStatutoryPeriodApproved(int Sequence, Instant At, string? ByUnit, string ByStaff, LocalDate DueDate, Instant DueAt)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.StatutoryPeriodApproved;
}
