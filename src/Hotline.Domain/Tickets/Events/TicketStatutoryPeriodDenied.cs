using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>驳回法定期限申请: the platform denied the pending statutory period; the deadline in force stays.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Reason">Why.</param>
public sealed record TicketStatutoryPeriodDenied(int Sequence, Instant At, string? ByUnit, string ByStaff, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.StatutoryPeriodDenied;
}
