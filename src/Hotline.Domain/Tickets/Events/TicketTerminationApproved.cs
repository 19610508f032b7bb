using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>终止办理: the platform approved the pending termination request and closed the ticket; no deadline runs after it.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
public sealed record TicketTerminationApproved(int Sequence, Instant At, string? ByUnit, string ByStaff)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.TerminationApproved;
}
