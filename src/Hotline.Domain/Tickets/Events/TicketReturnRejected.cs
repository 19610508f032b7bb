using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>驳回退单: the platform rejected a return; the ticket goes back to the same unit to sign for, and its clock keeps running.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Reason">Why the platform rejected the return.</param>
public sealed record TicketReturnRejected(int Sequence, Instant At, string? ByUnit, string ByStaff, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.ReturnRejected;
}
