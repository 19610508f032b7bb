using CsCheck;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// The laws of working-day arithmetic on random <em>layered</em> calendars: a weekday calendar anywhere in NodaTime's
/// range, with up to three layers of days off and working days, the later layer winning. Each calendar is checked
/// against a plain model (the weekday rule, then each layer in order), and the arithmetic against a day-by-day walk.
/// </summary>
public class LayeredCalendarLawsTests
{
    private static readonly HolidayName Closure = HolidayName.Create("停工", "Closure");

    /// <summary>A random calendar and its model: whether each covered day is a working day.</summary>
    private sealed record Layered(WorkingDayCalendar Calendar, bool[] Working)
    {
        public LocalDate Start => Calendar.Coverage.Start;

        public int Length => Working.Length;

        public bool IsWorking(LocalDate date) => Working[Period.Between(Start, date, PeriodUnits.Days).Days];

        public override string ToString() => $"{Calendar} with {Calendar.Entries.Count} entries";
    }

    // A layer: distinct day offsets, each a day off (true) or a working day (false).
    private static readonly Gen<(int Offset, bool Off)[]> Layer =
        Gen.Select(Gen.Int[0, 399], Gen.Bool).Array[0, 25]
            .Select(entries => entries.GroupBy(e => e.Item1).Select(g => (g.Key, g.First().Item2)).ToArray());

    private static readonly Gen<Layered> Calendars =
        Gen.Select(Gen.Int[-9990, 9990], Gen.Int[1, 365], Gen.Int[20, 400], Layer.Array[0, 3])
            .Select(t => Build(t.Item1, t.Item2, t.Item3, t.Item4));

    private static Layered Build(int year, int dayOfYear, int length, (int Offset, bool Off)[][] layers)
    {
        var start = new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);
        var coverage = new DateInterval(start, start.PlusDays(length - 1));
        var working = new bool[length];
        for (var i = 0; i < length; i++)
        {
            working[i] = start.PlusDays(i).DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        }

        var builder = WorkingDayCalendarBuilder.WeekdaysOnly("random", coverage);
        var number = 0;
        foreach (var layer in layers)
        {
            var layerBuilder = CalendarLayer.Named($"layer {++number}");
            foreach (var (offset, off) in layer.Where(e => e.Offset < length))
            {
                var day = start.PlusDays(offset);
                layerBuilder = off ? layerBuilder.DayOff(day, Closure) : layerBuilder.WorkingDay(day);
                working[offset] = !off;
            }

            builder = builder.AddLayer(layerBuilder);
        }

        return new Layered(builder.Build(), working);
    }

    private static readonly Gen<(Layered Layered, int Offset, int Days)> CalendarDayAndDistance =
        Calendars.SelectMany(c => Gen.Select(Gen.Int[0, c.Length - 1], Gen.Int[-30, 30]).Select(t => (c, t.Item1, t.Item2)));

    [Fact]
    public void Every_covered_day_is_classified_as_the_layers_say_with_the_later_layer_winning()
    {
        Calendars.Sample(c => Enumerable.Range(0, c.Length).All(i =>
        {
            var day = c.Start.PlusDays(i);
            return c.Calendar.IsWorkingDay(day) == c.Working[i]
                && c.Calendar.Classify(day).IsWorkingDay == c.Working[i]
                && !c.Calendar.Classify(day).IsProvisional;
        }), iter: 300);
    }

    [Fact]
    public void Adding_working_days_agrees_with_a_day_by_day_walk_or_refuses_at_the_edge_of_the_coverage()
    {
        CalendarDayAndDistance.Sample(t =>
        {
            var (c, offset, days) = t;
            var start = c.Start.PlusDays(offset);
            var walked = Walk(c, start, days);
            if (walked is null)
            {
                var refused = Record(() => c.Calendar.AddWorkingDays(start, days)) as CalendarCoverageException;
                var edge = days >= 0 ? c.Calendar.Coverage.End.PlusDays(1) : c.Start.PlusDays(-1);
                return refused is not null && refused.Date == edge;
            }

            return c.Calendar.AddWorkingDays(start, days) == walked.Value;
        }, iter: 3_000);
    }

    [Fact]
    public void Counting_the_working_days_moved_gives_back_the_distance()
    {
        CalendarDayAndDistance.Sample(t =>
        {
            var (c, offset, days) = t;
            var start = c.Start.PlusDays(offset);
            var walked = Walk(c, start, days);
            return walked is null || days == 0 || c.Calendar.WorkingDaysBetween(start, walked.Value) == days;
        }, iter: 3_000);
    }

    [Fact]
    public void Counting_an_interval_counts_the_working_days_in_it_and_splits_at_any_day()
    {
        Calendars.SelectMany(c => Gen.Int[0, c.Length - 1].Array[3].Select(a => (c, a.Order().ToArray()))).Sample(t =>
        {
            var (c, cut) = t;
            DateInterval Span(int from, int to) => new(c.Start.PlusDays(from), c.Start.PlusDays(to));
            var expected = Enumerable.Range(cut[0], cut[2] - cut[0] + 1).Count(i => c.Working[i]);
            var whole = c.Calendar.CountWorkingDays(Span(cut[0], cut[2]));
            var split = c.Calendar.CountWorkingDays(Span(cut[0], cut[1]))
                + (cut[1] < cut[2] ? c.Calendar.CountWorkingDays(Span(cut[1] + 1, cut[2])) : 0);
            return whole == expected && split == expected
                && c.Calendar.WorkingDaysBetween(c.Start.PlusDays(cut[0]), c.Start.PlusDays(cut[2]))
                    == expected - (c.Working[cut[0]] ? 1 : 0);
        }, iter: 2_000);
    }

    [Fact]
    public void The_working_day_count_and_the_entries_describe_the_calendar()
    {
        Calendars.Sample(c =>
            c.Calendar.WorkingDayCount == c.Working.Count(w => w)
            && c.Calendar.Entries.Select(e => e.Date).SequenceEqual(c.Calendar.Entries.Select(e => e.Date).Order())
            && c.Calendar.Entries.All(e => c.Calendar.Coverage.Contains(e.Date)),
            iter: 300);
    }

    [Fact]
    public void Next_and_previous_working_days_are_the_nearest_working_days_on_each_side()
    {
        Calendars.SelectMany(c => Gen.Int[0, c.Length - 1].Select(i => (c, i))).Sample(t =>
        {
            var (c, offset) = t;
            var day = c.Start.PlusDays(offset);
            var next = Walk(c, day, 1);
            var previous = Walk(c, day, -1);
            var nextOrSame = c.Working[offset] ? day : next;
            var previousOrSame = c.Working[offset] ? day : previous;
            return Same(() => c.Calendar.NextWorkingDay(day), next)
                && Same(() => c.Calendar.PreviousWorkingDay(day), previous)
                && Same(() => c.Calendar.NextOrSameWorkingDay(day), nextOrSame)
                && Same(() => c.Calendar.PreviousOrSameWorkingDay(day), previousOrSame);
        }, iter: 3_000);
    }

    [Fact]
    public void Provisional_answers_agree_with_the_table_inside_the_coverage_and_use_weekdays_beyond_it()
    {
        Calendars.SelectMany(c => Gen.Int[-20, c.Length + 20].Select(i => (c, i))).Sample(t =>
        {
            var (c, offset) = t;
            var day = c.Start.PlusDays(offset);
            var answer = c.Calendar.IsWorkingDay(day, BeyondCoverage.AssumeWeekdays);
            var inside = offset >= 0 && offset < c.Length;
            var expected = inside ? c.Working[offset] : day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            return answer.Value == expected && answer.IsProvisional == !inside;
        }, iter: 3_000);
    }

    private static bool Same(Func<LocalDate> act, LocalDate? expected)
    {
        var outcome = Record(act, out var value);
        return expected is null ? outcome is CalendarCoverageException : outcome is null && value == expected.Value;
    }

    private static Exception? Record(Func<LocalDate> act) => Record(act, out _);

    private static Exception? Record(Func<LocalDate> act, out LocalDate value)
    {
        value = default;
        try
        {
            value = act();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    // The model: step day by day through the covered days; null when the walk leaves the coverage.
    private static LocalDate? Walk(Layered c, LocalDate start, int days)
    {
        var index = Period.Between(c.Start, start, PeriodUnits.Days).Days;
        if (days == 0)
        {
            while (index < c.Length && !c.Working[index])
            {
                index++;
            }

            return index < c.Length ? c.Start.PlusDays(index) : null;
        }

        var step = Math.Sign(days);
        for (var found = 0; found < Math.Abs(days);)
        {
            index += step;
            if (index < 0 || index >= c.Length)
            {
                return null;
            }

            if (c.Working[index])
            {
                found++;
            }
        }

        return c.Start.PlusDays(index);
    }
}
