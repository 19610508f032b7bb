using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>协办反馈: an assisting unit of the current round reported its part to the lead (<see cref="Ticket.ReportAssistance"/>), once per round.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The assisting unit's id.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Result">What the unit did or found.</param>
/// <param name="OnTime">Whether <see cref="TicketEvent.At"/> was before the unit's recorded due instant.</param>
public sealed record TicketAssistanceReported(int Sequence, Instant At, string? ByUnit, string ByStaff, string Result, bool OnTime)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.AssistanceReported;
}
