using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>申请延期: the responsible unit asked, before the deadline, for the round's one extension.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="WorkingDays">The working days asked for.</param>
/// <param name="Reason">Why.</param>
public sealed record TicketExtensionRequested(int Sequence, Instant At, string? ByUnit, string ByStaff, int WorkingDays, string Reason)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.ExtensionRequested;
}
