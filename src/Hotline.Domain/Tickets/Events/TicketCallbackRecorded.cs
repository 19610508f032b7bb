using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>回访: the platform called the requester back after the reply.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Resolved">Whether the requester says the matter is resolved.</param>
/// <param name="Satisfaction">The satisfaction's code (<see cref="Tickets.Satisfaction"/>).</param>
public sealed record TicketCallbackRecorded(int Sequence, Instant At, string? ByUnit, string ByStaff, bool Resolved, string Satisfaction)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.CallbackRecorded;
}
