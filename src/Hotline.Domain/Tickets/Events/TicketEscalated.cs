using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>提级办理: the platform sent the order to a higher-level unit as its new lead (<see cref="Ticket.Escalate"/>); the handling deadline is kept.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">Always <see langword="null"/>: the platform acts.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Unit">The new lead unit's id.</param>
/// <param name="Reason">Why the order goes up.</param>
public sealed record TicketEscalated(int Sequence, Instant At, string? ByUnit, string ByStaff, string Unit, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Escalated;
}
