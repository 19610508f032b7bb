using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>督办反馈: the lead unit answered the open supervision (<see cref="Ticket.AnswerSupervision"/>).</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The lead unit's id.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Answer">What the unit answered.</param>
/// <param name="OnTime">Whether <see cref="TicketEvent.At"/> was before the supervision's recorded <see cref="TicketSupervised.RespondBy"/>.</param>
public sealed record TicketSupervisionAnswered(int Sequence, Instant At, string? ByUnit, string ByStaff, string Answer, bool OnTime)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.SupervisionAnswered;
}
