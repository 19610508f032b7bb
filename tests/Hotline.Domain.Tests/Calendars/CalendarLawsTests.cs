using CsCheck;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>The laws of working-day arithmetic, checked on random days and distances over the whole coverage.</summary>
public class CalendarLawsTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;
    private static readonly int CoveredDays = China.Coverage.Length;

    // Days from 2007-01-01, keeping 400 calendar days of margin at the end so that 250 working days still fit.
    private static readonly Gen<LocalDate> Day = Gen.Int[0, CoveredDays - 401].Select(i => China.Coverage.Start.PlusDays(i));
    private static readonly Gen<int> Distance = Gen.Int[1, 250];

    [Fact]
    public void Adding_the_count_between_two_days_reaches_the_second_when_it_is_a_working_day()
    {
        Gen.Select(Day, Gen.Int[-380, 380]).Sample((start, shift) =>
        {
            var end = start.PlusDays(shift);
            if (!China.Coverage.Contains(end) || !China.IsWorkingDay(end))
            {
                return true;
            }

            return China.AddWorkingDays(start, China.WorkingDaysBetween(start, end)) == end;
        });
    }

    [Fact]
    public void Counting_the_days_moved_gives_back_the_distance()
    {
        Gen.Select(Day, Gen.Int[-250, 250]).Sample((start, n) =>
        {
            if (n < 0 && start < China.Coverage.Start.PlusDays(400))
            {
                return true;
            }

            return n == 0 || China.WorkingDaysBetween(start, China.AddWorkingDays(start, n)) == n;
        });
    }

    [Fact]
    public void Adding_is_monotonic_in_the_distance_and_in_the_start()
    {
        Gen.Select(Day, Distance).Sample((start, n) =>
            China.AddWorkingDays(start, n) < China.AddWorkingDays(start, n + 1)
            && China.AddWorkingDays(start, n) <= China.AddWorkingDays(start.PlusDays(1), n));
    }

    [Fact]
    public void Adding_composes()
    {
        Gen.Select(Day, Gen.Int[1, 125], Gen.Int[1, 125]).Sample((start, m, n) =>
            China.AddWorkingDays(China.AddWorkingDays(start, m), n) == China.AddWorkingDays(start, m + n));
    }

    [Fact]
    public void Every_result_is_a_working_day_and_the_days_skipped_are_not()
    {
        Gen.Select(Day, Gen.Int[1, 30]).Sample((start, n) =>
        {
            var result = China.AddWorkingDays(start, n);
            var skipped = new DateInterval(start.PlusDays(1), result).Count(China.IsWorkingDay);
            return China.IsWorkingDay(result) && skipped == n;
        });
    }

    [Fact]
    public void The_table_agrees_with_a_day_by_day_walk()
    {
        Gen.Select(Day, Gen.Int[0, 40]).Sample((start, n) => China.AddWorkingDays(start, n) == Walk(start, n));
    }

    private static LocalDate Walk(LocalDate start, int n)
    {
        if (n == 0)
        {
            while (!China.IsWorkingDay(start))
            {
                start = start.PlusDays(1);
            }

            return start;
        }

        var day = start;
        for (var found = 0; found < n;)
        {
            day = day.PlusDays(1);
            if (China.IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }
}
