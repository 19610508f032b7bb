using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>回访: the platform called the requester back after the reply.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Resolved">Whether the requester says the matter is resolved (基本解决 counts as resolved).</param>
/// <param name="Satisfaction">The satisfaction's code (<see cref="Tickets.Satisfaction"/>).</param>
public sealed record TicketCallbackRecorded(int Sequence, Instant At, string? ByUnit, string ByStaff, bool Resolved, string Satisfaction)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    /// <summary>
    /// The grade's code (<see cref="Tickets.Resolution"/>) when the platform recorded one, agreeing with
    /// <see cref="Resolved"/>; <see langword="null"/> when it recorded only yes or no (and in histories stored before
    /// grades): then <see cref="Resolved"/> means 解决 or 未解决.
    /// </summary>
    public string? Resolution { get; init; }

    internal override TicketEventKind Kind => TicketEventKind.CallbackRecorded;
}
