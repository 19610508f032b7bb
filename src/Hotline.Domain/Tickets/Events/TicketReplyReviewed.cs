using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>答复审核: the platform reviewed the lead unit's reply before the callback, and accepted it or sent it back.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Accepted">Whether the reply was accepted; a reply sent back goes to the same unit to reply again, under the same deadline.</param>
/// <param name="Note">What the reviewer said.</param>
public sealed record TicketReplyReviewed(int Sequence, Instant At, string? ByUnit, string ByStaff, bool Accepted, string Note)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.ReplyReviewed;
}
