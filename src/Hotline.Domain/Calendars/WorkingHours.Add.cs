using System;
using NodaTime;

namespace Hotline.Domain.Calendars;

// Adding working time: the same runs as the count, used up until the amount is.
public sealed partial class WorkingHours
{
    /// <summary>The earliest instant with <paramref name="amount"/> (more than zero) of working time after <paramref name="start"/>.</summary>
    private Instant Add(Instant start, Duration amount)
    {
        var remaining = amount;
        var day = _days.DayOf(start);
        var lastDay = Math.Min(Calendar.LastEpochDay, LastLocalDay);
        while (true)
        {
            EnsureCovered(day, start, amount);
            if (!_days.TryRun(day, out var run, out var dayStart))
            {
                if (TryUseMappedDay(day, start, ref remaining, out var reached))
                {
                    return InRange(reached, start, amount);
                }

                day++;
                continue;
            }

            var last = Math.Min(run.LastDay, lastDay);
            if (TryUsePlainDays(run, day, TimeOfDay(start - dayStart), last, ref remaining, out var result))
            {
                return InRange(result, start, amount);
            }

            day = last + 1;
        }
    }

    /// <summary>
    /// Uses working time of plain days <paramref name="first"/> (from local <paramref name="from"/>) to
    /// <paramref name="last"/>, all covered: the rest of the first day, then whole days one season at a time through
    /// the calendar's index, and in the working day that fills the amount, the window that does.
    /// </summary>
    private bool TryUsePlainDays(PlainRun run, int first, long from, int last, ref Duration remaining, out Instant result)
    {
        if (Calendar.IsWorkingCoveredDay(first))
        {
            var season = _seasons.SeasonOf(first);
            var before = season.WorkingTimeBefore(from);
            var rest = Duration.FromNanoseconds(season.DailyNanoseconds - before);
            if (remaining <= rest)
            {
                result = run.At(first, season.TimeReaching(before + remaining.ToInt64Nanoseconds()));
                return true;
            }

            remaining -= rest;
        }

        for (var day = first + 1; day <= last;)
        {
            var inForce = _seasons.SeasonOf(day, out var nextSeason);
            var stop = Math.Min(nextSeason, last + 1);
            var rank = Calendar.WorkingDaysBefore(day);
            var capacity = Duration.FromNanoseconds((Calendar.WorkingDaysBefore(stop) - rank) * inForce.DailyNanoseconds);
            if (remaining <= capacity)
            {
                // The amount fills `full` working days and ends inside the next one, possibly exactly at its last window's end.
                var left = remaining.ToInt64Nanoseconds();
                var full = (int)((left - 1) / inForce.DailyNanoseconds);
                var target = Calendar.WorkingEpochDay(rank + full);
                result = run.At(target, inForce.TimeReaching(left - (full * inForce.DailyNanoseconds)));
                return true;
            }

            remaining -= capacity;
            day = stop;
        }

        result = default;
        return false;
    }

    /// <summary>Uses working time of one day the zone does not map plainly, window by window.</summary>
    private bool TryUseMappedDay(int day, Instant start, ref Duration remaining, out Instant result)
    {
        result = default;
        if (!Calendar.IsWorkingCoveredDay(day))
        {
            return false;
        }

        var season = _seasons.SeasonOf(day);
        for (var i = 0; i < season.Count; i++)
        {
            var open = Max(_days.FirstAtOrAfter(day, season.StartOf(i)), start);
            var length = _days.FirstAtOrAfter(day, season.EndOf(i)) - open;
            if (length <= Duration.Zero)
            {
                continue;
            }

            if (remaining <= length)
            {
                result = open + remaining;
                return true;
            }

            remaining -= length;
        }

        return false;
    }
}
