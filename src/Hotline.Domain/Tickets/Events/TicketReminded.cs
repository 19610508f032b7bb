using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>催办: the platform reminded the unit of a running deadline (<see cref="Ticket.Remind"/>), before or after it passed.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">Always <see langword="null"/>: the platform acts.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Note">What the reminder said.</param>
public sealed record TicketReminded(int Sequence, Instant At, string? ByUnit, string ByStaff, string Note)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Reminded;
}
