using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>转接应急热线: the platform transferred the call to an emergency line at intake; the ticket is closed, with no unit and no deadline.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Line">The emergency line's code (<see cref="EmergencyLine"/>: <c>110</c>, <c>119</c>, <c>120</c> or <c>122</c>).</param>
public sealed record TicketTransferredToEmergencyLine(int Sequence, Instant At, string? ByUnit, string ByStaff, string Line)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.TransferredToEmergencyLine;
}
