using Hotline.Domain.Calendars;
using NodaTime.TimeZones;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// An independent, slow reference for office hours: every day from the day before the first instant to the day after
/// the last, every window mapped to instants by NodaTime's own resolvers (the earlier of two readings, the end of the
/// gap for a skipped time), overlaps added up one by one. No index, no offset arithmetic, no code shared with the library.
/// </summary>
internal static class NaiveWorkingHours
{
    private static readonly ZoneLocalMappingResolver FirstReading = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static Duration Between(WorkingHours hours, Instant start, Instant end)
    {
        if (end < start)
        {
            return -Between(hours, end, start);
        }

        var total = Duration.Zero;
        foreach (var (open, close) in Intervals(hours, start.InZone(hours.Zone).Date.PlusDays(-1), end.InZone(hours.Zone).Date.PlusDays(1)))
        {
            var from = open > start ? open : start;
            var to = close < end ? close : end;
            if (to > from)
            {
                total += to - from;
            }
        }

        return total;
    }

    public static Instant Add(WorkingHours hours, Instant start, Duration amount)
    {
        var remaining = amount;
        if (remaining == Duration.Zero)
        {
            return start;
        }

        foreach (var (open, close) in Intervals(hours, start.InZone(hours.Zone).Date.PlusDays(-1), hours.Calendar.Coverage.End))
        {
            var from = open > start ? open : start;
            if (close <= from)
            {
                continue;
            }

            if (remaining <= close - from)
            {
                return from + remaining;
            }

            remaining -= close - from;
        }

        throw new InvalidOperationException("the amount runs past the calendar");
    }

    /// <summary>Whether the wall clock shows a window time on a working day: the answer wherever the zone keeps one offset.</summary>
    public static bool IsWorkingTime(WorkingHours hours, Instant instant)
    {
        var local = instant.InZone(hours.Zone).LocalDateTime;
        return hours.Calendar.IsWorkingDay(local.Date) && SeasonOn(hours, local.Date).Windows.Any(w => local.TimeOfDay >= w.Start && local.TimeOfDay < w.End);
    }

    public static WorkingHoursSeason SeasonOn(WorkingHours hours, LocalDate date)
    {
        var day = new AnnualDate(date.Month, date.Day);
        return hours.Seasons.LastOrDefault(s => s.From <= day) ?? hours.Seasons[^1];
    }

    private static IEnumerable<(Instant Open, Instant Close)> Intervals(WorkingHours hours, LocalDate first, LocalDate last)
    {
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (!hours.Calendar.IsWorkingDay(date))
            {
                continue;
            }

            foreach (var window in SeasonOn(hours, date).Windows)
            {
                yield return ((date + window.Start).InZone(hours.Zone, FirstReading).ToInstant(), (date + window.End).InZone(hours.Zone, FirstReading).ToInstant());
            }
        }
    }
}
