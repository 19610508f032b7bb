using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>办结答复: the responsible unit replied with its result; it records whether the reply came before the deadline in force.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Result">What the unit did and answered.</param>
/// <param name="Resolved">Whether the unit says the matter is resolved.</param>
/// <param name="OnTime">Whether <see cref="TicketEvent.At"/> was before the deadline's <see cref="HandlingDeadline.DueAt"/>.</param>
public sealed record TicketReplied(int Sequence, Instant At, string? ByUnit, string ByStaff, string Result, bool Resolved, bool OnTime)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Replied;
}
