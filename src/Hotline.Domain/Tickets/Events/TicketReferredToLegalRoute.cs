using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>告知法定途径: the platform told the requester the legal route for the matter at intake; the ticket is closed, with no unit and no deadline.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Route">The route the requester was told (for example 诉讼, 仲裁, 行政复议).</param>
public sealed record TicketReferredToLegalRoute(int Sequence, Instant At, string? ByUnit, string ByStaff, string Route)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.ReferredToLegalRoute;
}
