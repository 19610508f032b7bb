using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>回访未成功: the platform tried to call the requester back and did not reach them; it records whether the round is now 无法回访.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Outcome">The outcome's code (<see cref="CallbackOutcome"/>).</param>
/// <param name="Unreachable">Whether this attempt brought the round's failed attempts to the policy's number (<see cref="Deadlines.HandlingPolicy.CallbackAttempts"/>), or the round was already 无法回访.</param>
public sealed record TicketCallbackAttempted(int Sequence, Instant At, string? ByUnit, string ByStaff, string Outcome, bool Unreachable)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.CallbackAttempted;
}
