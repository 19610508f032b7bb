using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>无效诉求: the platform marked the call invalid at intake (harassment, a blank call); the ticket is closed, with no unit and no deadline.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Reason">Why the call is invalid.</param>
public sealed record TicketMarkedInvalid(int Sequence, Instant At, string? ByUnit, string ByStaff, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.MarkedInvalid;
}
