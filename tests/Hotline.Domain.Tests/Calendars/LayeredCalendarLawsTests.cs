using CsCheck;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// The calendar laws over random layered calendars (not only the national one): every answer agrees with a day-by-day
/// walk over the layers (later layers winning) inside the coverage and the weekday rule beyond it, is provisional
/// exactly when a day involved lies outside the coverage, and is refused then unless the caller allows it.
/// </summary>
public class LayeredCalendarLawsTests
{
    private sealed record Model(WorkingDayCalendar Calendar, DateInterval Coverage, IReadOnlyDictionary<LocalDate, bool> Set)
    {
        public bool IsWorking(LocalDate day) =>
            Coverage.Contains(day) && Set.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

        public bool Outside(LocalDate a, LocalDate b) => !Coverage.Contains(a) || !Coverage.Contains(b);

        public LocalDate Walk(LocalDate start, int days)
        {
            var day = start;
            if (days == 0)
            {
                while (!IsWorking(day))
                {
                    day = day.PlusDays(1);
                }

                return day;
            }

            var step = Math.Sign(days);
            for (var left = Math.Abs(days); left > 0;)
            {
                day = day.PlusDays(step);
                if (IsWorking(day))
                {
                    left--;
                }
            }

            return day;
        }

        public int Count(LocalDate first, LocalDate last)
        {
            var count = 0;
            for (var day = first; day <= last; day = day.PlusDays(1))
            {
                count += IsWorking(day) ? 1 : 0;
            }

            return count;
        }
    }

    private static readonly Gen<Model> Calendars =
        Gen.Select(Gen.Int[0, 12_000], Gen.Int[1, 70]).SelectMany((startOffset, length) =>
        {
            var coverage = new DateInterval(new LocalDate(1995, 1, 1).PlusDays(startOffset), new LocalDate(1995, 1, 1).PlusDays(startOffset + length - 1));
            var layer = Gen.Select(Gen.Int[0, length - 1], Gen.Bool).List[0, 12];
            return Gen.Select(layer, layer).Select((lower, upper) =>
            {
                var set = new Dictionary<LocalDate, bool>();
                var builder = WorkingDayCalendarBuilder.WeekdaysOnly("random", coverage);
                foreach (var entries in new[] { lower, upper })
                {
                    var days = entries.GroupBy(e => e.Item1).Select(g => (Day: coverage.Start.PlusDays(g.Key), Working: g.Last().Item2)).ToList();
                    builder.AddLayer(CalendarLayer.Create("layer", days.Select(d => d.Working ? CalendarEntry.WorkingDay(d.Day) : CalendarEntry.DayOff(d.Day))));
                    days.ForEach(d => set[d.Day] = d.Working);
                }

                return new Model(builder.Build(), coverage, set);
            });
        });

    private static readonly Gen<(Model Model, LocalDate Start, LocalDate Other, int Days)> Cases =
        Calendars.SelectMany(m => Gen.Select(Gen.Int[-12, m.Coverage.Length + 11], Gen.Int[-12, m.Coverage.Length + 11], Gen.Int[-20, 20])
            .Select((a, b, n) => (m, m.Coverage.Start.PlusDays(a), m.Coverage.Start.PlusDays(b), n)));

    [Fact]
    public void Each_day_is_what_the_top_layer_that_sets_it_says_and_else_the_weekday_rule()
    {
        Cases.Sample(c =>
        {
            var answer = c.Model.Calendar.IsWorkingDay(c.Start, BeyondCoverage.AssumeWeekdays);
            var day = c.Model.Calendar.Classify(c.Start, BeyondCoverage.AssumeWeekdays);
            var provisional = c.Model.Outside(c.Start, c.Start);
            return answer == new CalendarAnswer<bool>(c.Model.IsWorking(c.Start), provisional)
                && day.IsWorkingDay == answer.Value && day.IsProvisional == provisional
                && (provisional ? Refused(() => c.Model.Calendar.IsWorkingDay(c.Start)) : c.Model.Calendar.IsWorkingDay(c.Start) == answer.Value);
        }, iter: 500);
    }

    [Fact]
    public void Moving_by_working_days_agrees_with_a_walk()
    {
        Cases.Sample(c =>
        {
            var expected = c.Model.Walk(c.Start, c.Days);
            var provisional = c.Model.Outside(c.Start, expected);
            var answer = c.Model.Calendar.AddWorkingDays(c.Start, c.Days, BeyondCoverage.AssumeWeekdays);
            return answer == new CalendarAnswer<LocalDate>(expected, provisional)
                && (provisional
                    ? Refused(() => c.Model.Calendar.AddWorkingDays(c.Start, c.Days)) && Refused(() => c.Model.Calendar.AddWorkingDays(c.Start, c.Days, BeyondCoverage.Reject))
                    : c.Model.Calendar.AddWorkingDays(c.Start, c.Days) == expected);
        }, iter: 500);
    }

    [Fact]
    public void Counting_working_days_agrees_with_a_walk()
    {
        Cases.Sample(c =>
        {
            var (first, last) = c.Start <= c.Other ? (c.Start, c.Other) : (c.Other, c.Start);
            var provisional = c.Model.Outside(first, last);
            var between = c.Start <= c.Other
                ? c.Model.Count(c.Start.PlusDays(1), c.Other)
                : -c.Model.Count(c.Other, c.Start.PlusDays(-1));
            var inInterval = c.Model.Count(first, last);
            return c.Model.Calendar.WorkingDaysBetween(c.Start, c.Other, BeyondCoverage.AssumeWeekdays) == new CalendarAnswer<int>(between, provisional)
                && c.Model.Calendar.CountWorkingDays(new DateInterval(first, last), BeyondCoverage.AssumeWeekdays) == new CalendarAnswer<int>(inInterval, provisional)
                && (provisional
                    ? Refused(() => c.Model.Calendar.WorkingDaysBetween(c.Start, c.Other)) && Refused(() => c.Model.Calendar.CountWorkingDays(new DateInterval(first, last)))
                    : c.Model.Calendar.WorkingDaysBetween(c.Start, c.Other) == between && c.Model.Calendar.CountWorkingDays(new DateInterval(first, last)) == inInterval);
        }, iter: 500);
    }

    [Fact]
    public void The_working_day_count_and_the_entries_follow_the_layers()
    {
        Calendars.Sample(m =>
            m.Calendar.WorkingDayCount == m.Count(m.Coverage.Start, m.Coverage.End)
            && m.Calendar.Entries.Select(e => e.Date).SequenceEqual(m.Set.Keys.Order())
            && m.Calendar.Entries.All(e => e.IsWorkingDay == m.Set[e.Date]), iter: 500);
    }

    private static bool Refused(Action act)
    {
        try
        {
            act();
            return false;
        }
        catch (CalendarCoverageException)
        {
            return true;
        }
    }
}
