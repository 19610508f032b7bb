using System;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Calendars;

/// <summary>
/// One office-hours window of a day, from <see cref="Start"/> (included) to <see cref="End"/> (excluded): 08:30–12:00
/// is open at 08:30 and at 11:59:59.999999999, closed at 12:00. A value: two windows with the same times are equal.
/// </summary>
/// <remarks>
/// A window lies inside one day and cannot reach 24:00 (<see cref="LocalTime"/> has no 24:00; the latest end is
/// 23:59:59.999999999). Round-the-clock limits (urgent orders, a dispatch service level) are calendar time, not
/// office hours: count them with <see cref="Duration"/> on instants.
/// </remarks>
public sealed class TimeWindow : IEquatable<TimeWindow>
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Exact = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF");

    /// <summary>Creates a window.</summary>
    /// <param name="start">The first moment of the window, in the day's local time.</param>
    /// <param name="end">The first moment after it; later than <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not later than <paramref name="start"/>.</exception>
    public TimeWindow(LocalTime start, LocalTime end)
    {
        Start = start;
        End = Preconditions.Argument(
            end <= start, end, nameof(end), $"A window ends after it starts: {Describe(start)}–{Describe(end)} is empty or runs backwards. A window cannot reach 24:00; the latest end is 23:59:59.999999999.");
    }

    /// <summary>The first moment of the window (included).</summary>
    public LocalTime Start { get; }

    /// <summary>The first moment after the window (excluded).</summary>
    public LocalTime End { get; }

    /// <summary>How long the window lasts on a day the zone does not change its offset.</summary>
    public Duration Length => Duration.FromNanoseconds(End.NanosecondOfDay - Start.NanosecondOfDay);

    /// <summary>Whether two windows have the same start and end.</summary>
    /// <param name="left">A window, or <see langword="null"/>.</param>
    /// <param name="right">A window, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(TimeWindow? left, TimeWindow? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two windows differ.</summary>
    /// <param name="left">A window, or <see langword="null"/>.</param>
    /// <param name="right">A window, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(TimeWindow? left, TimeWindow? right) => !(left == right);

    /// <summary>Whether <paramref name="time"/> lies in the window: at or after <see cref="Start"/> and before <see cref="End"/>.</summary>
    /// <param name="time">A local time of day.</param>
    /// <returns><see langword="true"/> inside the window.</returns>
    public bool Contains(LocalTime time) => time >= Start && time < End;

    /// <inheritdoc />
    public bool Equals(TimeWindow? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimeWindow);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start.GetHashCode() * 397) ^ End.GetHashCode());

    /// <summary>The window as <c>08:30–12:00</c> (seconds and fractions shown only when set).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Describe(Start)}–{Describe(End)}";

    private static string Describe(LocalTime time) =>
        (time.NanosecondOfDay % NodaConstants.NanosecondsPerMinute == 0 ? Minutes : Exact).Format(time);
}
