using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>重办: the platform reopened the ticket for the same unit after an unresolved or dissatisfied callback; a new handling round whose deadline is counted from <see cref="TicketEvent.At"/>.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Reason">Why.</param>
/// <param name="WorkingDays">The limit in working days of the new round.</param>
/// <param name="DueDate">The new round's last working day.</param>
/// <param name="DueAt">24:00 at the end of <paramref name="DueDate"/>.</param>
/// <param name="IsProvisional">Whether the new deadline is provisional.</param>
public sealed record TicketReopened(int Sequence, Instant At, string? ByUnit, string ByStaff, string Reason, int WorkingDays, LocalDate DueDate, Instant DueAt, bool IsProvisional)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Reopened;
}
