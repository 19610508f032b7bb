using System;
using NodaTime;

namespace Hotline.Domain.Calendars;

// Counting working time: runs of plain days by offset arithmetic and the calendar's index, the other days window by window.
public sealed partial class WorkingHours
{
    private const long NanosecondsPerDay = NodaConstants.NanosecondsPerDay;
    private static readonly Duration OneDay = Duration.FromDays(1);

    /// <summary>The working time in [<paramref name="start"/>, <paramref name="end"/>), for <paramref name="start"/> &lt; <paramref name="end"/>.</summary>
    private Duration Count(Instant start, Instant end)
    {
        var total = Duration.Zero;
        var day = _days.DayOf(start);
        while (true)
        {
            var plain = _days.TryRun(day, out var run, out var dayStart);

            // Every window of this day and of the days after it opens at or after the day's start.
            if (dayStart >= end)
            {
                return total;
            }

            if (!plain)
            {
                total += CountMappedDay(day, start, end);
                day++;
                continue;
            }

            // An end at local midnight ends the day before: the day it begins is not needed.
            var endDay = run.DayOf(end, out var endTime);
            if (endTime == 0)
            {
                endDay--;
                endTime = NanosecondsPerDay;
            }

            var last = Math.Min(endDay, run.LastDay);
            total += CountPlainDays(day, TimeOfDay(start - dayStart), last, last == endDay ? endTime : NanosecondsPerDay, start, end);
            if (last == endDay)
            {
                return total;
            }

            day = last + 1;
        }
    }

    /// <summary>
    /// The working time of plain days <paramref name="first"/> (from local <paramref name="from"/>) to
    /// <paramref name="last"/> (up to local <paramref name="to"/>): the partial first and last days, and the whole days
    /// between them one season at a time through the calendar's index.
    /// </summary>
    private Duration CountPlainDays(int first, long from, int last, long to, Instant start, Instant end)
    {
        EnsureCovered(first, last, start, end);
        var season = _seasons.SeasonOf(first);
        if (first == last)
        {
            return Calendar.IsWorkingCoveredDay(first)
                ? Duration.FromNanoseconds(season.WorkingTimeBefore(to) - season.WorkingTimeBefore(from))
                : Duration.Zero;
        }

        var ends = (Calendar.IsWorkingCoveredDay(first) ? season.DailyNanoseconds - season.WorkingTimeBefore(from) : 0)
            + (Calendar.IsWorkingCoveredDay(last) ? _seasons.SeasonOf(last).WorkingTimeBefore(to) : 0);
        var total = Duration.FromNanoseconds(ends);
        for (var day = first + 1; day < last;)
        {
            var inForce = _seasons.SeasonOf(day, out var nextSeason);
            var stop = Math.Min(nextSeason, last);
            total += Duration.FromNanoseconds((Calendar.WorkingDaysBefore(stop) - Calendar.WorkingDaysBefore(day)) * inForce.DailyNanoseconds);
            day = stop;
        }

        return total;
    }

    /// <summary>The working time of one day the zone does not map plainly, each window mapped on its own and clipped to [start, end).</summary>
    private Duration CountMappedDay(int day, Instant start, Instant end)
    {
        EnsureCovered(day, start, end);
        var total = Duration.Zero;
        if (!Calendar.IsWorkingCoveredDay(day))
        {
            return total;
        }

        var season = _seasons.SeasonOf(day);
        for (var i = 0; i < season.Count; i++)
        {
            var open = Max(_days.FirstAtOrAfter(day, season.StartOf(i)), start);
            var close = Min(_days.FirstAtOrAfter(day, season.EndOf(i)), end);
            if (close > open)
            {
                total += close - open;
            }
        }

        return total;
    }

    /// <summary>The local time of day reached <paramref name="sinceDayStart"/> after a plain day began, clamped to 0 … a whole day.</summary>
    private static long TimeOfDay(Duration sinceDayStart)
    {
        if (sinceDayStart <= Duration.Zero)
        {
            return 0;
        }

        return sinceDayStart >= OneDay ? NanosecondsPerDay : sinceDayStart.ToInt64Nanoseconds();
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
