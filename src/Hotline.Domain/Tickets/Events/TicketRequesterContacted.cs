using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>联系诉求人: the unit the ticket is dispatched to contacted the requester (<see cref="Ticket.ContactRequester"/>), after the dispatch and before its reply, signed in or not.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Note">What was said or agreed.</param>
/// <param name="OnTime">For the first contact of a dispatch, whether it came before the dispatch's recorded contact due instant; <see langword="null"/> for a later contact or when the dispatch has no contact limit.</param>
public sealed record TicketRequesterContacted(int Sequence, Instant At, string? ByUnit, string ByStaff, string Note, bool? OnTime)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.RequesterContacted;
}
