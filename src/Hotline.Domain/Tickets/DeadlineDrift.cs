using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// A deadline recorded in a ticket's history that the policy given to <see cref="Ticket.Rehydrate"/> computes
/// differently today — typically because the calendar was amended (a holiday notice published or corrected) or a
/// provisional deadline crossed into a year now covered. The recorded deadline wins and stays in force; the drift is
/// only reported, never thrown and never written back.
/// </summary>
/// <param name="Position">The 1-based position of the event that recorded the deadline.</param>
/// <param name="RecordedWorkingDays">The recorded limit in working days (for an approved extension, its working days).</param>
/// <param name="RecordedDueDate">The recorded last working day.</param>
/// <param name="RecordedDueAt">The recorded due instant.</param>
/// <param name="RecordedIsProvisional">Whether the recorded deadline was provisional.</param>
/// <param name="RecomputedWorkingDays">The limit the policy gives today, or <see langword="null"/> when the policy could not compute one.</param>
/// <param name="RecomputedDueDate">The last working day computed today, or <see langword="null"/> when the policy could not compute one.</param>
/// <param name="RecomputedDueAt">The due instant computed today, or <see langword="null"/>.</param>
/// <param name="RecomputedIsProvisional">Whether today's computation is provisional, or <see langword="null"/>.</param>
/// <param name="RecomputeError">Why the policy could not compute it today (for example a category it no longer handles), or <see langword="null"/>.</param>
public sealed record DeadlineDrift(
    int Position,
    int RecordedWorkingDays,
    LocalDate RecordedDueDate,
    Instant RecordedDueAt,
    bool RecordedIsProvisional,
    int? RecomputedWorkingDays,
    LocalDate? RecomputedDueDate,
    Instant? RecomputedDueAt,
    bool? RecomputedIsProvisional,
    string? RecomputeError);
