using System;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// The time allowed for one step of a work order after its dispatch — signing in (签收), contacting the requester
/// (联系), returning it (退回) — in calendar time, in working time on the policy's office hours, or in working days.
/// An immutable value, equal by kind and amount.
/// </summary>
/// <remarks>
/// Tianjin's implementing rules of December 2024 (天津市12345政务服务便民热线实施细则), for example: sign-in within 15
/// minutes of calendar time when life or property is at risk, 30 minutes for water, power, gas and heating, otherwise
/// within 1 working day. A step done at or after its due instant is late.
/// </remarks>
public sealed class StepLimit : IEquatable<StepLimit>
{
    private StepLimit(StepLimitKind kind, Duration within, int workingDays)
    {
        Kind = kind;
        Within = within;
        WorkingDayCount = workingDays;
    }

    /// <summary>How the limit counts.</summary>
    public StepLimitKind Kind { get; }

    /// <summary>The time allowed, for <see cref="StepLimitKind.CalendarTime"/> and <see cref="StepLimitKind.WorkingTime"/>; zero for working days.</summary>
    public Duration Within { get; }

    /// <summary>The working days allowed, for <see cref="StepLimitKind.WorkingDays"/>; zero otherwise.</summary>
    public int WorkingDayCount { get; }

    /// <summary>A limit in natural time, nights and days off included (15 minutes for a risk to life).</summary>
    /// <param name="within">The time allowed: positive, at most <see cref="HandlingPolicy.MaxCalendarTimeLimit"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is not positive or longer than 30 days.</exception>
    public static StepLimit CalendarTime(Duration within) => new(StepLimitKind.CalendarTime, Checked(within, nameof(within)), 0);

    /// <summary>A limit in working time on the policy's office hours (2 working hours).</summary>
    /// <param name="within">The working time allowed: positive, at most <see cref="HandlingPolicy.MaxCalendarTimeLimit"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is not positive or longer than 30 days.</exception>
    public static StepLimit WorkingTime(Duration within) => new(StepLimitKind.WorkingTime, Checked(within, nameof(within)), 0);

    /// <summary>A limit in working days: to 24:00 at the end of the n-th working day after the step's start.</summary>
    /// <param name="workingDays">1 to <see cref="HandlingPolicy.MaxLimitInWorkingDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1 to 1,000.</exception>
    public static StepLimit WorkingDays(int workingDays) =>
        new(StepLimitKind.WorkingDays, Duration.Zero, Preconditions.OutOfRange(
            workingDays < 1 || workingDays > HandlingPolicy.MaxLimitInWorkingDays, workingDays, nameof(workingDays),
            $"A step limit in working days is 1 to {HandlingPolicy.MaxLimitInWorkingDays}; got {workingDays}."));

    /// <summary>Whether two limits are equal.</summary>
    /// <param name="left">A limit, or <see langword="null"/>.</param>
    /// <param name="right">A limit, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(StepLimit? left, StepLimit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two limits differ.</summary>
    /// <param name="left">A limit, or <see langword="null"/>.</param>
    /// <param name="right">A limit, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(StepLimit? left, StepLimit? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(StepLimit? other) =>
        other is not null && Kind == other.Kind && Within == other.Within && WorkingDayCount == other.WorkingDayCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StepLimit);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Kind.Value * 397) ^ Within.GetHashCode() ^ (WorkingDayCount * 7919));

    /// <summary>The limit as <c>30 min calendar time</c>, <c>2 h working time</c> or <c>1 working day(s)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == StepLimitKind.WorkingDays
        ? $"{WorkingDayCount} working day(s)"
        : $"{Describe(Within)} {(Kind == StepLimitKind.CalendarTime ? "calendar time" : "working time")}";

    private static string Describe(Duration d) =>
        d.SubsecondTicks == 0 && d.Seconds == 0 && d.Minutes == 0 && d.Days == 0 ? $"{d.Hours} h"
        : d.SubsecondTicks == 0 && d.Seconds == 0 && d.Days == 0 && d.Hours == 0 ? $"{d.Minutes} min" : d.ToString();

    private static Duration Checked(Duration within, string parameterName) =>
        Preconditions.OutOfRange(
            within <= Duration.Zero || within > HandlingPolicy.MaxCalendarTimeLimit, within, parameterName,
            $"A step limit is a positive duration of at most {HandlingPolicy.MaxCalendarTimeLimit.TotalDays} days; got {within}.");
}
