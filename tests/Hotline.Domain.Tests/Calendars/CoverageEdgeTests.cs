using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// The edges of the mainland calendar's coverage, on both sides: the first covered day (Monday 2007-01-01, New Year),
/// the last (Thursday 2026-12-31), the day before the start and the day after the end, and provisional answers beyond.
/// </summary>
public class CoverageEdgeTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;
    private static readonly LocalDate First = D("2007-01-01");
    private static readonly LocalDate Last = D("2026-12-31");
    private static readonly LocalDate DayBefore = D("2006-12-31");
    private static readonly LocalDate DayAfter = D("2027-01-01");

    [Fact]
    public void The_first_and_last_covered_days_are_answered_from_the_notices()
    {
        China.IsWorkingDay(First).Should().BeFalse("2007-01-01 is New Year's Day, though a Monday");
        China.IsWorkingDay(Last).Should().BeTrue();
        China.Classify(First).Should().Match<DayClassification>(c => c.Kind == DayKind.StatutoryHoliday && c.Holiday == HolidayName.NewYear && !c.IsProvisional);
        China.Classify(Last).Kind.Should().Be(DayKind.Workday);
        China.IsWorkingDay(First, BeyondCoverage.Reject).Should().Be(new CalendarAnswer<bool>(false, false));
        China.IsWorkingDay(Last, BeyondCoverage.Reject).Should().Be(new CalendarAnswer<bool>(true, false));
        China.IsWorkingDay(First, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<bool>(false, false), "a covered day is never provisional");
        China.IsWorkingDay(Last, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<bool>(true, false));
        China.Classify(First, BeyondCoverage.AssumeWeekdays).Should().Be(China.Classify(First));
    }

    [Fact]
    public void The_day_after_the_end_is_refused_by_every_question_about_one_day()
    {
        ShouldBeOutside(() => China.IsWorkingDay(DayAfter), DayAfter, "Is it a working day");
        ShouldBeOutside(() => China.IsWorkingDay(DayAfter, BeyondCoverage.Reject), DayAfter, "Is it a working day");
        ShouldBeOutside(() => China.Classify(DayAfter), DayAfter, "Classify the day");
        ShouldBeOutside(() => China.NextOrSameWorkingDay(DayAfter), DayAfter, "Add working days");
        ShouldBeOutside(() => China.PreviousWorkingDay(DayAfter), DayAfter, "Add working days");
        ShouldBeOutside(() => China.PreviousOrSameWorkingDay(DayAfter), DayAfter, "Is it a working day");
    }

    [Fact]
    public void The_day_before_the_start_is_refused_by_every_question_about_one_day()
    {
        ShouldBeOutside(() => China.IsWorkingDay(DayBefore), DayBefore, "Is it a working day");
        ShouldBeOutside(() => China.Classify(DayBefore, BeyondCoverage.Reject), DayBefore, "Classify the day");
        ShouldBeOutside(() => China.NextWorkingDay(DayBefore), DayBefore, "Add working days");
        ShouldBeOutside(() => China.AddWorkingDays(DayBefore, 0), DayBefore, "Add working days");
    }

    [Fact]
    public void A_refusal_says_what_was_asked_the_day_the_coverage_and_the_way_out()
    {
        var error = China.Invoking(c => c.IsWorkingDay(DayAfter)).Should().Throw<CalendarCoverageException>().Which;

        error.Message.Should().Be(
            "Is it a working day: 2027-01-01 is outside the calendar's coverage 2007-01-01 to 2026-12-31. " +
            "Use a date inside the coverage, a calendar extended with that year's notice (WorkingDayCalendarBuilder.ExtendCoverageTo with a CalendarLayer.ForNotice layer), " +
            "or the overload that takes BeyondCoverage.AssumeWeekdays for a provisional answer.");
        error.Date.Should().Be(DayAfter);
        (error.Coverage == China.Coverage).Should().BeTrue();
        error.InnerException.Should().BeNull();
        error.Should().BeAssignableTo<HotlineDomainException>();
    }

    [Fact]
    public void Counting_between_the_first_and_the_last_covered_day_is_answered_and_one_day_more_is_refused()
    {
        var all = China.WorkingDaysBetween(First, Last);
        all.Should().Be(China.WorkingDayCount, "the first day is a holiday, so (first, last] holds every working day");
        China.WorkingDaysBetween(Last, First).Should().Be(-(China.WorkingDayCount - 1), "[first, last) leaves out the working last day");
        China.WorkingDaysBetween(First, Last, BeyondCoverage.Reject).Should().Be(new CalendarAnswer<int>(all, false));
        China.CountWorkingDays(new DateInterval(First, Last)).Should().Be(China.WorkingDayCount);

        ShouldBeOutside(() => China.WorkingDaysBetween(First, DayAfter), DayAfter, "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(DayBefore, Last), DayBefore, "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(DayAfter, First, BeyondCoverage.Reject), DayAfter, "Count working days between");
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(Last, DayAfter)), DayAfter, "Count working days in an interval");
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(DayBefore, First)), DayBefore, "Count working days in an interval");
    }

    [Fact]
    public void A_span_reaching_out_of_the_coverage_is_refused_naming_the_first_day_outside()
    {
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2006-12-01"), D("2007-03-01"), BeyondCoverage.Reject), D("2006-12-01"), "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2007-03-01"), D("2006-12-01"), BeyondCoverage.Reject), D("2006-12-01"), "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2026-12-01"), D("2027-02-01"), BeyondCoverage.Reject), DayAfter, "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2027-02-01"), D("2026-12-01"), BeyondCoverage.Reject), DayAfter, "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2027-02-01"), D("2027-03-01"), BeyondCoverage.Reject), D("2027-02-01"), "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2027-03-01"), D("2027-02-01"), BeyondCoverage.Reject), D("2027-02-01"), "Count working days between");
        ShouldBeOutside(() => China.WorkingDaysBetween(D("2006-11-01"), D("2006-12-01"), BeyondCoverage.Reject), D("2006-11-01"), "Count working days between");
    }

    [Fact]
    public void An_interval_reaching_out_of_the_coverage_is_refused_naming_its_end_on_that_side()
    {
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(D("2006-12-01"), D("2007-03-01")), BeyondCoverage.Reject), D("2006-12-01"), "Count working days in an interval");
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(D("2026-12-01"), D("2027-02-01")), BeyondCoverage.Reject), D("2027-02-01"), "Count working days in an interval");
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(D("2006-12-01"), D("2027-02-01")), BeyondCoverage.Reject), D("2006-12-01"), "Count working days in an interval");
    }

    [Fact]
    public void Moving_out_of_the_coverage_is_refused_naming_the_first_day_not_known()
    {
        ShouldBeOutside(() => China.AddWorkingDays(Last, 1), DayAfter, "Adding 1 working days to 2026-12-31 reaches past the calendar's data");
        ShouldBeOutside(() => China.AddWorkingDays(D("2007-01-04"), -1), DayBefore, "Adding -1 working days to 2007-01-04 reaches past the calendar's data");
        ShouldBeOutside(() => China.AddWorkingDays(Last, 1, BeyondCoverage.Reject), DayAfter, "Add 1 working days to 2026-12-31");
        ShouldBeOutside(() => China.AddWorkingDays(D("2007-01-04"), -1, BeyondCoverage.Reject), DayBefore, "Add -1 working days to 2007-01-04");
    }

    [Fact]
    public void Moving_back_from_the_first_covered_day_names_the_day_before_the_start()
    {
        ShouldBeOutside(() => China.AddWorkingDays(First, -1, BeyondCoverage.Reject), DayBefore, "Add -1 working days to 2007-01-01");
        ShouldBeOutside(() => China.AddWorkingDays(First, -1), DayBefore, "Adding -1 working days to 2007-01-01 reaches past the calendar's data");
        ShouldBeOutside(() => China.WorkingDaysBetween(First, DayBefore, BeyondCoverage.Reject), DayBefore, "Count working days between");
    }

    [Fact]
    public void An_interval_from_the_first_covered_day_past_the_end_names_its_end()
    {
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(First, D("2027-02-01")), BeyondCoverage.Reject), D("2027-02-01"), "Count working days in an interval");
        ShouldBeOutside(() => China.CountWorkingDays(new DateInterval(First, D("2027-02-01"))), D("2027-02-01"), "Count working days in an interval");
    }

    [Fact]
    public void Moving_from_a_day_outside_the_coverage_is_refused_naming_that_day()
    {
        ShouldBeOutside(() => China.AddWorkingDays(D("2027-01-10"), -300, BeyondCoverage.Reject), D("2027-01-10"), "Add -300 working days to 2027-01-10");
        ShouldBeOutside(() => China.AddWorkingDays(D("2006-12-01"), 300, BeyondCoverage.Reject), D("2006-12-01"), "Add 300 working days to 2006-12-01");
        ShouldBeOutside(() => China.AddWorkingDays(D("2027-01-10"), -300), D("2027-01-10"), "Add working days");
        ShouldBeOutside(() => China.AddWorkingDays(D("2006-12-01"), 300), D("2006-12-01"), "Add working days");
    }

    [Fact]
    public void Moving_within_the_coverage_reaches_its_first_and_last_working_days()
    {
        China.AddWorkingDays(D("2026-12-30"), 1).Should().Be(Last);
        China.AddWorkingDays(D("2007-01-05"), -1).Should().Be(D("2007-01-04"), "the first working day of the coverage");
        China.AddWorkingDays(First, 0).Should().Be(D("2007-01-04"));
        China.AddWorkingDays(First, 1).Should().Be(D("2007-01-04"));
        China.AddWorkingDays(Last, 0).Should().Be(Last);
        China.AddWorkingDays(Last, -1).Should().Be(D("2026-12-30"));
        China.AddWorkingDays(First, 0, BeyondCoverage.Reject).Should().Be(new CalendarAnswer<LocalDate>(D("2007-01-04"), false));
        China.AddWorkingDays(Last, 0, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<LocalDate>(Last, false));
        China.AddWorkingDays(D("2007-01-04"), China.WorkingDayCount - 1).Should().Be(Last);
        China.AddWorkingDays(Last, -(China.WorkingDayCount - 1)).Should().Be(D("2007-01-04"));
    }

    [Theory]
    [InlineData("2027-01-01", true)] // Friday
    [InlineData("2027-01-02", false)] // Saturday
    [InlineData("2027-01-03", false)] // Sunday
    [InlineData("2027-01-04", true)] // Monday
    [InlineData("2006-12-29", true)] // Friday before the start
    [InlineData("2006-12-30", false)]
    [InlineData("2006-12-31", false)]
    public void Beyond_the_coverage_a_day_is_provisionally_a_working_day_by_the_weekday_rule(string date, bool working)
    {
        China.IsWorkingDay(D(date), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<bool>(working, true));

        var day = China.Classify(D(date), BeyondCoverage.AssumeWeekdays);
        day.Kind.Should().Be(working ? DayKind.Workday : DayKind.Weekend);
        day.IsProvisional.Should().BeTrue();
        day.Holiday.Should().BeNull();
        day.Notice.Should().BeNull();
        day.Date.Should().Be(D(date));
    }

    [Theory]
    [InlineData("2027-01-01", 0, "2027-01-01")] // Friday
    [InlineData("2027-01-01", 1, "2027-01-04")]
    [InlineData("2027-01-02", 0, "2027-01-04")] // Saturday
    [InlineData("2027-01-02", 1, "2027-01-04")]
    [InlineData("2027-01-02", -1, "2027-01-01")]
    [InlineData("2027-01-03", 0, "2027-01-04")] // Sunday
    [InlineData("2027-01-03", -1, "2027-01-01")]
    [InlineData("2027-01-04", -2, "2026-12-31")] // back into the coverage
    [InlineData("2026-12-31", 1, "2027-01-01")] // out of it
    [InlineData("2026-12-31", 6, "2027-01-08")]
    [InlineData("2006-12-29", 0, "2006-12-29")] // Friday before the start
    [InlineData("2006-12-29", 1, "2007-01-04")] // into the coverage: 2007-01-01..03 are New Year
    [InlineData("2006-12-30", 0, "2007-01-04")] // Saturday before the start
    [InlineData("2006-12-31", -1, "2006-12-29")] // Sunday before the start
    [InlineData("2007-01-04", -1, "2006-12-29")]
    public void Provisional_moves_on_the_edges_follow_the_weekday_rule_beyond_and_the_notices_within(string start, int days, string expected)
    {
        China.AddWorkingDays(D(start), days, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<LocalDate>(D(expected), true));
    }

    [Fact]
    public void Provisional_counts_on_the_edges()
    {
        China.WorkingDaysBetween(Last, DayAfter, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(1, true));
        China.WorkingDaysBetween(DayAfter, Last, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(-1, true));
        China.WorkingDaysBetween(D("2006-12-29"), D("2007-01-04"), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(1, true));
        China.WorkingDaysBetween(D("2007-01-04"), D("2006-12-29"), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(-1, true));
        China.WorkingDaysBetween(D("2027-01-08"), D("2027-01-08"), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(0, true));
        China.CountWorkingDays(new DateInterval(D("2006-12-29"), D("2007-01-04")), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(2, true));
        China.CountWorkingDays(new DateInterval(Last, D("2027-01-04")), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(3, true));
        China.CountWorkingDays(new DateInterval(DayAfter, DayAfter), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(1, true));
        China.CountWorkingDays(new DateInterval(D("2027-01-02"), D("2027-01-03")), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(0, true));
        China.CountWorkingDays(new DateInterval(First, Last), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(China.WorkingDayCount, false));
    }

    [Fact]
    public void A_provisional_count_over_a_whole_year_beyond_the_end_counts_its_weekdays()
    {
        var year2027 = new DateInterval(D("2027-01-01"), D("2027-12-31"));

        China.CountWorkingDays(year2027, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(261, true));
        China.CountWorkingDays(new DateInterval(D("2006-01-01"), D("2006-12-31")), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<int>(260, true));
    }

    [Fact]
    public void A_count_interval_needs_to_be_given_and_ISO()
    {
        China.Invoking(c => c.CountWorkingDays(null!, BeyondCoverage.AssumeWeekdays)).Should().Throw<ArgumentNullException>().WithParameterName("interval");
        var julian = new DateInterval(new LocalDate(2026, 3, 2, CalendarSystem.Julian), new LocalDate(2026, 3, 9, CalendarSystem.Julian));
        China.Invoking(c => c.CountWorkingDays(julian, BeyondCoverage.AssumeWeekdays)).Should().Throw<ArgumentException>().WithParameterName("interval");
        China.Invoking(c => c.WorkingDaysBetween(new LocalDate(2026, 3, 2, CalendarSystem.Julian), D("2026-03-09"), BeyondCoverage.AssumeWeekdays))
            .Should().Throw<ArgumentException>().WithParameterName("start");
        China.Invoking(c => c.Classify(new LocalDate(2026, 3, 2, CalendarSystem.Julian), BeyondCoverage.AssumeWeekdays))
            .Should().Throw<ArgumentException>().WithParameterName("date");
        China.Invoking(c => c.AddWorkingDays(new LocalDate(2026, 3, 2, CalendarSystem.Julian), 1, BeyondCoverage.AssumeWeekdays))
            .Should().Throw<ArgumentException>().WithParameterName("start");
    }

    [Fact]
    public void An_undefined_BeyondCoverage_names_the_two_defined_ones()
    {
        China.Invoking(c => c.IsWorkingDay(D("2026-03-02"), (BeyondCoverage)(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("beyond")
            .WithMessage("Unknown BeyondCoverage value; use Reject or AssumeWeekdays.*")
            .Which.ActualValue.Should().Be((BeyondCoverage)(-1));
    }

    [Fact]
    public void Entries_are_in_ascending_date_order_even_where_an_amendment_came_later()
    {
        China.Entries.Select(e => e.Date).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        China.Entries.Should().Contain(e => e.Date == D("2020-01-31"), "the 2020 extension, applied after the whole 2020 notice");
        China.Entries[0].Date.Should().Be(First);
        China.Entries[^1].Date.Should().BeLessThanOrEqualTo(Last);
    }

    [Fact]
    public void A_calendar_prints_its_name_and_coverage()
    {
        China.ToString().Should().Be("China (mainland) (2007-01-01 to 2026-12-31)");
    }

    [Fact]
    public void A_one_week_calendar_counts_its_five_weekdays()
    {
        var week = WorkingDayCalendarBuilder.WeekdaysOnly("week", new DateInterval(D("2026-03-02"), D("2026-03-08"))).Build();

        week.WorkingDayCount.Should().Be(5);
        week.Entries.Should().BeEmpty();
        week.AddWorkingDays(D("2026-03-02"), 4).Should().Be(D("2026-03-06"));
        week.NextOrSameWorkingDay(D("2026-03-02")).Should().Be(D("2026-03-02"));
        week.PreviousOrSameWorkingDay(D("2026-03-08")).Should().Be(D("2026-03-06"));
        week.Invoking(w => w.AddWorkingDays(D("2026-03-06"), 1)).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2026-03-09"));
        week.Invoking(w => w.AddWorkingDays(D("2026-03-02"), -1)).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2026-03-01"));
        week.Invoking(w => w.NextOrSameWorkingDay(D("2026-03-07"))).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2026-03-09"));
    }

    private static void ShouldBeOutside(Action act, LocalDate date, string what)
    {
        var error = act.Should().Throw<CalendarCoverageException>().Which;
        error.Date.Should().Be(date);
        error.Message.Should().StartWith($"{what}: {date:uuuu-MM-dd} is outside the calendar's coverage 2007-01-01 to 2026-12-31. ");
    }
}
