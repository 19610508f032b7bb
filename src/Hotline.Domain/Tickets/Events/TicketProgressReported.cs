using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>阶段性报告: the lead or an assisting unit reported interim progress (<see cref="Ticket.ReportProgress"/>) before the lead's reply; any number of times.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The reporting unit's id.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Progress">What has been done so far.</param>
public sealed record TicketProgressReported(int Sequence, Instant At, string? ByUnit, string ByStaff, string Progress)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.ProgressReported;
}
