using System;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// When a work order falls due under a <see cref="HandlingPolicy"/>: the last working day (<see cref="DueDate"/>) and
/// the instant of 24:00 at its end (<see cref="DueAt"/>). An immutable value; <see cref="Extend(int)"/> returns a new one.
/// </summary>
public readonly struct HandlingDeadline : IEquatable<HandlingDeadline>
{
    private readonly HandlingPolicy _policy;

    internal HandlingDeadline(
        HandlingPolicy policy,
        TicketCategory category,
        Complexity complexity,
        Instant clockStart,
        int workingDays,
        LocalDate originalDueDate,
        LocalDate dueDate,
        Instant dueAt,
        bool isProvisional,
        int extensionsUsed,
        int extendedByWorkingDays)
    {
        _policy = policy;
        Category = category;
        Complexity = complexity;
        ClockStart = clockStart;
        WorkingDays = workingDays;
        OriginalDueDate = originalDueDate;
        DueDate = dueDate;
        DueAt = dueAt;
        IsProvisional = isProvisional;
        ExtensionsUsed = extensionsUsed;
        ExtendedByWorkingDays = extendedByWorkingDays;
    }

    /// <summary>The policy that set this deadline.</summary>
    public HandlingPolicy Policy => _policy ?? throw new InvalidOperationException("This HandlingDeadline is a default value; get one from HandlingPolicy.DeadlineFor.");

    /// <summary>The order's category.</summary>
    public TicketCategory Category { get; }

    /// <summary>The order's complexity.</summary>
    public Complexity Complexity { get; }

    /// <summary>When the clock started.</summary>
    public Instant ClockStart { get; }

    /// <summary>The limit in working days, before any extension.</summary>
    public int WorkingDays { get; }

    /// <summary>The due date before any extension.</summary>
    public LocalDate OriginalDueDate { get; }

    /// <summary>The last working day to act on, extensions included.</summary>
    public LocalDate DueDate { get; }

    /// <summary>24:00 at the end of <see cref="DueDate"/> in the policy's zone: an action at or after this instant is late.</summary>
    public Instant DueAt { get; }

    /// <summary>
    /// <see langword="true"/> when the count crossed the calendar's coverage and the policy allowed the weekday rule:
    /// recompute once the year's notice is published.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>How many times the deadline has been extended.</summary>
    public int ExtensionsUsed { get; }

    /// <summary>The working days added by extensions.</summary>
    public int ExtendedByWorkingDays { get; }

    /// <summary>Whether an action at <paramref name="instant"/> is late (at or after <see cref="DueAt"/>).</summary>
    /// <param name="instant">The moment of the action, or now.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueAt(Instant instant) => instant >= DueAt;

    /// <summary>
    /// The working days left after the local date of <paramref name="instant"/> up to <see cref="DueDate"/>: 0 on the
    /// last working day, negative once past it (−1 on the first working day after it).
    /// </summary>
    /// <param name="instant">Now.</param>
    /// <returns>The signed count (see <see cref="WorkingDayCalendar.WorkingDaysBetween(LocalDate, LocalDate)"/>).</returns>
    public int WorkingDaysRemainingAt(Instant instant)
    {
        var policy = Policy;
        var today = policy.LocalDateOf(instant);
        return policy.BeyondCoverage == BeyondCoverage.Reject
            ? policy.Calendar.WorkingDaysBetween(today, DueDate)
            : policy.Calendar.WorkingDaysBetween(today, DueDate, policy.BeyondCoverage).Value;
    }

    /// <summary>The early-warning level at <paramref name="instant"/>: overdue at or after <see cref="DueAt"/>, due soon within the policy's threshold, else normal.</summary>
    /// <param name="instant">Now.</param>
    /// <returns>The warning level.</returns>
    public WarningLevel WarningAt(Instant instant)
    {
        if (IsOverdueAt(instant))
        {
            return WarningLevel.Overdue;
        }

        return WorkingDaysRemainingAt(instant) <= Policy.DueSoonWithinWorkingDays ? WarningLevel.DueSoon : WarningLevel.Normal;
    }

    /// <summary>
    /// The deadline extended by <paramref name="workingDays"/>, counted on from <see cref="OriginalDueDate"/> together
    /// with any earlier extension, as the policy's <see cref="HandlingPolicy.Extension"/> allows. This value is unchanged.
    /// </summary>
    /// <param name="workingDays">The working days to add, 1 to the rule's maximum.</param>
    /// <returns>The extended deadline.</returns>
    /// <exception cref="ExtensionRefusedException">The rule does not allow it.</exception>
    public HandlingDeadline Extend(int workingDays)
    {
        var policy = Policy;
        var rule = policy.Extension;
        if (!rule.Allows(Complexity))
        {
            throw new ExtensionRefusedException(
                $"Policy '{policy.Name}' does not extend {Complexity.ChineseName} ({Complexity.Name}) orders; extension rule: {rule}.");
        }

        if (ExtensionsUsed >= rule.MaxExtensions)
        {
            throw new ExtensionRefusedException(
                $"This deadline was already extended {ExtensionsUsed} time(s); policy '{policy.Name}' allows {rule.MaxExtensions}.");
        }

        if (workingDays < 1 || workingDays > rule.MaxWorkingDays)
        {
            throw new ExtensionRefusedException(
                $"An extension of {workingDays} working days is not allowed; policy '{policy.Name}' allows 1 to {rule.MaxWorkingDays}.");
        }

        var extendedBy = ExtendedByWorkingDays + workingDays;
        var due = policy.Due(OriginalDueDate, extendedBy);
        return new HandlingDeadline(policy, Category, Complexity, ClockStart, WorkingDays, OriginalDueDate, due.Value, policy.EndOfDay(due.Value),
            IsProvisional || due.IsProvisional, ExtensionsUsed + 1, extendedBy);
    }

    /// <summary>
    /// <see cref="Extend(int)"/>, checking also that the request came before the current deadline
    /// (<paramref name="requestedAt"/> before <see cref="DueAt"/>).
    /// </summary>
    /// <param name="workingDays">The working days to add.</param>
    /// <param name="requestedAt">When the handling unit asked for the extension.</param>
    /// <returns>The extended deadline.</returns>
    /// <exception cref="ExtensionRefusedException">The request was late, or the rule does not allow it.</exception>
    public HandlingDeadline Extend(int workingDays, Instant requestedAt)
    {
        if (IsOverdueAt(requestedAt))
        {
            throw new ExtensionRefusedException(
                $"The extension was requested at {requestedAt.InZone(Policy.Zone):uuuu-MM-dd HH:mm:ss}, at or after the deadline " +
                $"{DueAt.InZone(Policy.Zone):uuuu-MM-dd HH:mm:ss}; an extension must be requested before the deadline.");
        }

        return Extend(workingDays);
    }

    /// <inheritdoc />
    public bool Equals(HandlingDeadline other) =>
        ReferenceEquals(_policy, other._policy) && Equals(Category, other.Category) && Equals(Complexity, other.Complexity)
        && ClockStart == other.ClockStart && WorkingDays == other.WorkingDays && OriginalDueDate == other.OriginalDueDate
        && DueDate == other.DueDate && DueAt == other.DueAt && IsProvisional == other.IsProvisional
        && ExtensionsUsed == other.ExtensionsUsed && ExtendedByWorkingDays == other.ExtendedByWorkingDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HandlingDeadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (DueAt, Category?.Value, Complexity?.Value, ClockStart, ExtensionsUsed).GetHashCode();

    /// <summary>Whether two deadlines are equal.</summary>
    /// <param name="left">One deadline.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(HandlingDeadline left, HandlingDeadline right) => left.Equals(right);

    /// <summary>Whether two deadlines differ.</summary>
    /// <param name="left">One deadline.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HandlingDeadline left, HandlingDeadline right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        _policy is null
            ? "(no deadline)"
            : $"{Category?.ChineseName}/{Complexity?.ChineseName}: {WorkingDays} working days, due {DueDate:uuuu-MM-dd} (at {DueAt.InZone(_policy.Zone):uuuu-MM-dd'T'HH:mm}){(IsProvisional ? " provisional" : string.Empty)}";
}
