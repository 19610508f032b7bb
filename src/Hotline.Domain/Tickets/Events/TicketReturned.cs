using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>退单: the dispatched unit returned the ticket, before signing for it, saying why it is not theirs.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Reason">Why the unit returned it.</param>
public sealed record TicketReturned(int Sequence, Instant At, string? ByUnit, string ByStaff, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Returned;
}
