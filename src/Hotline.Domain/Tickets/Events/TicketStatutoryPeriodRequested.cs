using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>申请适用法定期限: the lead unit asked that a statutory handling period, longer than the hotline's limit, replace the deadline.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="DueDate">The last day of the statutory period.</param>
/// <param name="LegalBasis">The law and article that give the period.</param>
public sealed record TicketStatutoryPeriodRequested(int Sequence, Instant At, string? ByUnit, string ByStaff, LocalDate DueDate, string LegalBasis)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.StatutoryPeriodRequested;
}
