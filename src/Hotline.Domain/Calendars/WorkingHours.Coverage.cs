using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Hotline.Domain.Calendars;

// The coverage checks of the office-hours arithmetic. A check is two comparisons; the message is built only when it
// throws, so the hot paths allocate nothing.
public sealed partial class WorkingHours
{
    private const string CoverageAdvice =
        "Use instants inside the coverage, or build the office hours on a calendar extended with that year's notice " +
        "(WorkingDayCalendarBuilder.ExtendCoverageTo with a CalendarLayer.ForNotice layer).";

    /// <summary>Refuses a count whose days <paramref name="first"/> … <paramref name="last"/> are not all covered.</summary>
    private void EnsureCovered(int first, int last, Instant start, Instant end)
    {
        if (first < Calendar.FirstEpochDay || last > Calendar.LastEpochDay)
        {
            ThrowCountOutside(first < Calendar.FirstEpochDay ? first : Math.Max(first, Calendar.LastEpochDay + 1), start, end);
        }
    }

    /// <summary>Refuses a count that needs the uncovered <paramref name="day"/>.</summary>
    private void EnsureCovered(int day, Instant start, Instant end) => EnsureCovered(day, day, start, end);

    /// <summary>Refuses an addition that needs the uncovered <paramref name="day"/>, or a day past the library's instant range.</summary>
    private void EnsureCovered(int day, Instant start, Duration amount)
    {
        if (day < Calendar.FirstEpochDay || day > Calendar.LastEpochDay)
        {
            ThrowAddOutside(day, start, amount);
        }

        if (day > LastLocalDay)
        {
            ThrowBeyondRange(start, amount);
        }
    }

    /// <summary><paramref name="result"/>, unless it lies after the library's last instant.</summary>
    private Instant InRange(Instant result, Instant start, Duration amount)
    {
        if (result > Preconditions.Latest)
        {
            ThrowBeyondRange(start, amount);
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowCountOutside(int day, Instant start, Instant end)
    {
        var what = end - start == Duration.Epsilon
            ? $"Office hours '{Name}': is {InstantText.Describe(start, Zone)} working time"
            : $"Office hours '{Name}': working time from {InstantText.Describe(start, Zone)} to {InstantText.Describe(end, Zone)}";
        throw new CalendarCoverageException(IsoDates.FromEpochDay(day), Calendar.Coverage, what, CoverageAdvice, null);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowAddOutside(int day, Instant start, Duration amount) =>
        throw new CalendarCoverageException(
            IsoDates.FromEpochDay(day), Calendar.Coverage, $"Office hours '{Name}': {amount} of working time after {InstantText.Describe(start, Zone)}", CoverageAdvice, null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBeyondRange(Instant start, Duration amount) =>
        throw new ArgumentOutOfRangeException(
            nameof(amount), amount, $"{amount} of working time after {InstantText.Describe(start, Zone)} ends after {Preconditions.Latest}, the last instant the library accepts.");
}
