using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>督办: the platform opened a supervision of the order (<see cref="Ticket.Supervise"/>), with the answer's due instant as decided then.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">Always <see langword="null"/>: the platform acts.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Level">The <see cref="SupervisionLevel"/> code.</param>
/// <param name="Note">What the supervision asks.</param>
/// <param name="WorkingDays">The working days given to answer.</param>
/// <param name="RespondBy">The answer's due instant: 24:00 at the end of the <paramref name="WorkingDays"/>-th working day after <paramref name="At"/>; the recorded instant wins on replay.</param>
public sealed record TicketSupervised(int Sequence, Instant At, string? ByUnit, string ByStaff, string Level, string Note, int WorkingDays, Instant RespondBy)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.Supervised;
}
