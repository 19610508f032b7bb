using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>直接答复: the platform answered from the knowledge base at intake; the ticket is closed, with no unit and no deadline.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Answer">The answer given.</param>
public sealed record TicketAnsweredDirectly(int Sequence, Instant At, string? ByUnit, string ByStaff, string Answer)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.AnsweredDirectly;
}
