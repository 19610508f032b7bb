using CsCheck;
using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.WorkingHoursTests;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// Office hours against an independent count (each day's windows, by hand, intersected with the span) over random
/// instants across holidays, make-up Saturdays, season switches, lunch breaks and year ends, and their laws.
/// </summary>
public class WorkingHoursLawsTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;
    private static readonly Offset Beijing = Offset.FromHours(8);

    // 2007-01-01 to 2026-12-31, keeping 45 days of margin at the end; to the second, with whole minutes and window edges likely.
    private static readonly Gen<Instant> Moment = Gen.OneOf(
        Gen.Long[0, (China.Coverage.Length - 45) * 86_400L].Select(s => Start(0) + Duration.FromSeconds(s)),
        Gen.Select(Gen.Int[0, China.Coverage.Length - 45], Gen.Int[0, 6].Select(i => new[] { 510, 720, 840, 870, 1050, 1080, 0 }[i])).Select((d, m) => Start(d) + Duration.FromMinutes(m)));

    private static readonly Gen<Duration> Amount = Gen.OneOf(
        Gen.Long[0, 10 * 7 * 3600L].Select(Duration.FromSeconds),
        Gen.Int[0, 70].Select(h => Duration.FromMinutes(h * 30)));

    [Fact]
    public void Working_time_between_two_instants_is_the_independent_count()
    {
        Gen.Select(Moment, Gen.Long[-40 * 86_400L, 40 * 86_400L]).Sample((start, seconds) =>
        {
            var end = start + Duration.FromSeconds(seconds);
            if (!Covered(start) || !Covered(end))
            {
                return true;
            }

            var expected = end < start ? -Count(end, start) : Count(start, end);
            return Hours.WorkingTimeBetween(start, end) == expected;
        });
    }

    [Fact]
    public void Adding_working_time_gives_the_earliest_instant_whose_count_is_the_amount()
    {
        Gen.Select(Moment, Amount).Sample((start, amount) =>
        {
            var end = Hours.AddWorkingTime(start, amount);
            return end >= start
                && Count(start, end) == amount
                && (amount == Duration.Zero || Count(start, end - Duration.Epsilon) < amount);
        });
    }

    [Fact]
    public void Working_time_is_additive_and_monotone()
    {
        Gen.Select(Moment, Gen.Long[0, 20 * 86_400L], Gen.Long[0, 20 * 86_400L]).Sample((a, x, y) =>
        {
            var b = a + Duration.FromSeconds(x);
            var c = b + Duration.FromSeconds(y);
            var ab = Hours.WorkingTimeBetween(a, b);
            var bc = Hours.WorkingTimeBetween(b, c);
            return ab + bc == Hours.WorkingTimeBetween(a, c) && ab >= Duration.Zero && bc >= Duration.Zero
                && Hours.AddWorkingTime(a, ab) <= b;
        });
    }

    [Fact]
    public void Is_working_time_agrees_with_the_windows_of_the_day()
    {
        Moment.Sample(instant =>
        {
            var local = instant.WithOffset(Beijing).LocalDateTime;
            var expected = China.IsWorkingDay(local.Date) && WindowsByHand(local.Date).Any(w => w.Contains(local.TimeOfDay));
            return Hours.IsWorkingTime(instant) == expected;
        });
    }

    private static Instant Start(int day) => China.Coverage.Start.PlusDays(day).AtMidnight().WithOffset(Beijing).ToInstant();

    private static bool Covered(Instant instant) => China.Coverage.Contains(instant.WithOffset(Beijing).Date);

    // Summer hours from 05-01 to 09-30, winter hours otherwise, written out again rather than read from the schedule.
    private static TimeWindow[] WindowsByHand(LocalDate date) => date.Month is >= 5 and <= 9 ? Summer : Winter;

    private static Duration Count(Instant start, Instant end)
    {
        var total = Duration.Zero;
        for (var date = start.WithOffset(Beijing).Date; date <= end.WithOffset(Beijing).Date; date = date.PlusDays(1))
        {
            if (!China.IsWorkingDay(date))
            {
                continue;
            }

            foreach (var window in WindowsByHand(date))
            {
                var open = date.At(window.Start).WithOffset(Beijing).ToInstant();
                var close = date.At(window.End).WithOffset(Beijing).ToInstant();
                var from = open < start ? start : open;
                var to = close > end ? end : close;
                if (to > from)
                {
                    total += to - from;
                }
            }
        }

        return total;
    }
}
