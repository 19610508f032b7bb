using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// The persisted shape of a <see cref="HandlingDeadline"/>: plain data (strings, numbers, NodaTime values), no policy,
/// no calendar, no delegate, so any serializer can store it. Take one with <see cref="HandlingDeadline.ToSnapshot"/>;
/// read it back with <see cref="HandlingPolicy.Restore"/>, which recomputes the deadline and checks it against
/// <see cref="WorkingDays"/> and <see cref="DueDate"/>.
/// </summary>
/// <param name="PolicyName">The <see cref="HandlingPolicy.Name"/> of the policy that set the deadline.</param>
/// <param name="CategoryCode">The <see cref="TicketCategory"/>'s <c>Code</c> (for example <c>complaint</c>).</param>
/// <param name="ComplexityCode">The <see cref="Complexity"/>'s <c>Code</c> (for example <c>especially-complex</c>).</param>
/// <param name="ClockStart">When the clock started.</param>
/// <param name="WorkingDays">The limit in working days, before any extension (a check on restore).</param>
/// <param name="DueDate">The last working day, extensions included (a check on restore, unless <paramref name="IsProvisional"/>).</param>
/// <param name="IsProvisional">Whether the due date was computed by the weekday rule beyond the calendar's coverage.</param>
/// <param name="ExtensionsUsed">How many times the deadline was extended.</param>
/// <param name="ExtendedByWorkingDays">The working days the extensions added in total.</param>
public sealed record HandlingDeadlineSnapshot(
    string PolicyName,
    string CategoryCode,
    string ComplexityCode,
    Instant ClockStart,
    int WorkingDays,
    LocalDate DueDate,
    bool IsProvisional,
    int ExtensionsUsed,
    int ExtendedByWorkingDays)
{
    /// <summary>
    /// Whether a statutory handling period replaced the hotline's limit (<see cref="HandlingDeadline.IsStatutory"/>):
    /// then <see cref="DueDate"/> is the law's date and restore takes it as recorded. <see langword="false"/> in snapshots
    /// stored before statutory periods.
    /// </summary>
    public bool IsStatutory { get; init; }
}
