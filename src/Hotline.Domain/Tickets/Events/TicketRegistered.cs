using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>受理: the platform registered the request (<see cref="Ticket.Register(TicketId, TicketCategory, string, Deadlines.HandlingPolicy, Actor, Instant, Deadlines.Urgency)"/>); <see cref="TicketEvent.At"/> is the receipt instant.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="TicketId">The ticket's id (<see cref="Tickets.TicketId.Value"/>).</param>
/// <param name="Category">The category's code (<see cref="TicketCategory"/>).</param>
/// <param name="Summary">What the requester asked for.</param>
/// <param name="Urgency">The urgency's code (<see cref="Deadlines.Urgency"/>), or <see langword="null"/> for <see cref="Deadlines.Urgency.Normal"/> (optional: histories stored before urgency was on the work order have none).</param>
public sealed record TicketRegistered(int Sequence, Instant At, string? ByUnit, string ByStaff, string TicketId, string Category, string Summary, string? Urgency = null)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Registered;
}
