using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>申请终止办理: the lead unit asked in writing to end handling; the platform decides.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Reason">Why handling should end.</param>
public sealed record TicketTerminationRequested(int Sequence, Instant At, string? ByUnit, string ByStaff, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.TerminationRequested;
}
