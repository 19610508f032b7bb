using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>并单: the platform merged this duplicate into a master ticket; the duplicate is closed.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="MasterTicketId">The master ticket's id.</param>
public sealed record TicketMerged(int Sequence, Instant At, string? ByUnit, string ByStaff, string MasterTicketId)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Merged;
}
