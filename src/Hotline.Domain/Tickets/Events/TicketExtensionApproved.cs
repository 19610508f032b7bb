using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>批准延期: the platform approved the pending extension; it records the extended deadline, counted on from the original due date.</summary>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
/// <param name="WorkingDays">The working days granted (those requested).</param>
/// <param name="DueDate">The extended last working day.</param>
/// <param name="DueAt">24:00 at the end of <paramref name="DueDate"/>.</param>
/// <param name="IsProvisional">Whether the extended deadline is provisional.</param>
public sealed record TicketExtensionApproved(int Sequence, Instant At, string? ByUnit, string ByStaff, int WorkingDays, LocalDate DueDate, Instant DueAt, bool IsProvisional)
    : TicketEvent(Sequence, At, ByUnit, ByStaff)
{
    internal override TicketEventKind Kind => TicketEventKind.ExtensionApproved;
}
