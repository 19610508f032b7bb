using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>增加协办单位: the platform added an assisting unit to the current round (<see cref="Ticket.AddAssistingUnit"/>), with its sub-deadline as decided then.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">Always <see langword="null"/>: the platform acts.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="Unit">The assisting unit's id.</param>
/// <param name="WorkingDays">The working days it was given.</param>
/// <param name="DueAt">Its report's due instant: 24:00 at the end of the <paramref name="WorkingDays"/>-th working day after <paramref name="At"/>; the recorded instant wins on replay.</param>
public sealed record TicketAssistingUnitAdded(int Sequence, Instant At, string? ByUnit, string ByStaff, string Unit, int WorkingDays, Instant DueAt)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.AssistingUnitAdded;
}
