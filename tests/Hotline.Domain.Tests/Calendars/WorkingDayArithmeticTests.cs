using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

public class WorkingDayArithmeticTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;

    [Theory]
    [InlineData("2026-10-03", 1, "2026-10-08")] // Saturday inside National Day: the first working day after the run
    [InlineData("2026-09-30", 1, "2026-10-08")] // the eve of a holiday
    [InlineData("2026-09-30", 2, "2026-10-09")]
    [InlineData("2026-10-09", 1, "2026-10-10")] // Saturday 10-10 is a make-up working day
    [InlineData("2026-10-08", -1, "2026-09-30")]
    [InlineData("2026-10-08", 0, "2026-10-08")] // 0 from a working day: the day itself
    [InlineData("2026-10-03", 0, "2026-10-08")] // 0 from a day off: the next working day
    [InlineData("2026-10-03", -1, "2026-09-30")]
    [InlineData("2019-04-28", 10, "2019-05-14")] // a make-up Sunday as start
    [InlineData("2018-12-28", 1, "2018-12-29")] // into the previous December's make-up Saturday
    [InlineData("2018-12-29", 1, "2019-01-02")] // across the year end
    [InlineData("2025-12-31", 1, "2026-01-04")] // across New Year 2026 to its make-up Sunday
    public void AddWorkingDays_counts_from_the_start_as_it_is(string start, int days, string expected)
    {
        China.AddWorkingDays(D(start), days).Should().Be(D(expected));
    }

    [Fact]
    public void Differs_from_numpy_roll_forward_on_a_holiday_Saturday()
    {
        // numpy.busday_offset('2026-10-03', 1, roll='forward') rolls to 10-08 first and then counts: 10-09.
        China.AddWorkingDays(D("2026-10-03"), 1).Should().Be(D("2026-10-08"));
        China.AddWorkingDays(China.NextOrSameWorkingDay(D("2026-10-03")), 1).Should().Be(D("2026-10-09"));
    }

    [Theory]
    [InlineData("2026-09-30", "2026-10-08", 1)]
    [InlineData("2026-10-03", "2026-10-08", 1)]
    [InlineData("2026-10-08", "2026-09-30", -1)]
    [InlineData("2026-10-08", "2026-10-03", 0)] // [10-03, 10-08) holds no working day
    [InlineData("2026-10-08", "2026-10-08", 0)]
    [InlineData("2026-01-01", "2026-12-31", 248)] // (start, end]: 01-01 is a holiday, 12-31 a Thursday
    public void WorkingDaysBetween_counts_working_days_in_start_exclusive_end_inclusive(string start, string end, int expected)
    {
        China.WorkingDaysBetween(D(start), D(end)).Should().Be(expected);
    }

    [Fact]
    public void CountWorkingDays_includes_both_ends()
    {
        China.CountWorkingDays(new DateInterval(D("2026-10-08"), D("2026-10-10"))).Should().Be(3);
        China.CountWorkingDays(new DateInterval(D("2026-10-01"), D("2026-10-07"))).Should().Be(0);
    }

    [Fact]
    public void Next_and_previous_working_days_strict_and_or_same()
    {
        China.NextWorkingDay(D("2026-10-08")).Should().Be(D("2026-10-09"));
        China.NextOrSameWorkingDay(D("2026-10-08")).Should().Be(D("2026-10-08"));
        China.NextOrSameWorkingDay(D("2026-10-01")).Should().Be(D("2026-10-08"));
        China.PreviousWorkingDay(D("2026-10-08")).Should().Be(D("2026-09-30"));
        China.PreviousOrSameWorkingDay(D("2026-10-05")).Should().Be(D("2026-09-30"));
        China.PreviousOrSameWorkingDay(D("2026-09-30")).Should().Be(D("2026-09-30"));
    }

    [Fact]
    public void Adjusters_plug_into_LocalDate_With()
    {
        D("2026-10-01").With(China.NextWorkingDayAdjuster).Should().Be(D("2026-10-08"));
        D("2026-10-08").With(China.NextOrSameWorkingDayAdjuster).Should().Be(D("2026-10-08"));
        D("2026-10-08").With(China.PreviousWorkingDayAdjuster).Should().Be(D("2026-09-30"));
        D("2026-10-07").With(China.PreviousOrSameWorkingDayAdjuster).Should().Be(D("2026-09-30"));
    }

    [Theory]
    [InlineData("2026-10-03", "Following", "2026-10-08")]
    [InlineData("2026-10-03", "Preceding", "2026-09-30")]
    [InlineData("2026-10-03", "ModifiedFollowing", "2026-10-08")]
    [InlineData("2026-10-03", "ModifiedPreceding", "2026-10-08")] // preceding would leave October
    [InlineData("2026-05-31", "ModifiedFollowing", "2026-05-29")] // Sunday 05-31: following is June
    [InlineData("2026-05-31", "Following", "2026-06-01")]
    [InlineData("2026-10-08", "Preceding", "2026-10-08")]
    public void Roll_conventions(string date, string convention, string expected)
    {
        China.Adjust(D(date), BusinessDayConvention.FromName(convention)).Should().Be(D(expected));
    }

    [Fact]
    public void Every_operation_refuses_a_day_outside_the_coverage()
    {
        var next = D("2027-01-04");
        var before = D("2006-12-29");
        AssertOutside(() => China.IsWorkingDay(next), next);
        AssertOutside(() => China.Classify(next), next);
        AssertOutside(() => China.AddWorkingDays(next, 1), next);
        AssertOutside(() => China.AddWorkingDays(before, 1), before);
        AssertOutside(() => China.WorkingDaysBetween(D("2026-12-01"), next), next);
        AssertOutside(() => China.CountWorkingDays(new DateInterval(D("2026-12-01"), next)), next);
        AssertOutside(() => China.NextWorkingDay(next), next);
        AssertOutside(() => China.Adjust(next, BusinessDayConvention.Following), next);
    }

    [Fact]
    public void A_result_beyond_the_coverage_is_refused_and_names_the_first_unknown_day()
    {
        var act = () => China.AddWorkingDays(D("2026-12-30"), 2);
        var error = act.Should().Throw<CalendarCoverageException>().Which;
        error.Date.Should().Be(D("2027-01-01"));
        error.Message.Should().Contain("2007-01-01").And.Contain("2026-12-31").And.Contain("2026-12-30");

        China.Invoking(c => c.AddWorkingDays(D("2007-01-04"), -2)).Should().Throw<CalendarCoverageException>()
            .Which.Date.Should().Be(D("2006-12-31"));
        China.Invoking(c => c.AddWorkingDays(D("2026-12-31"), int.MaxValue)).Should().Throw<CalendarCoverageException>();
        China.Invoking(c => c.AddWorkingDays(D("2026-12-31"), int.MinValue)).Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void Rolling_forward_from_a_day_off_at_the_end_of_the_coverage_names_the_day_after_the_end()
    {
        // 2027-01-01 is a Friday; the coverage ends on Sunday 2027-01-03, so the next working day (Monday) is unknown.
        var calendar = WorkingDayCalendarBuilder.WeekdaysOnly("three days", new DateInterval(D("2027-01-01"), D("2027-01-03"))).Build();

        calendar.Invoking(c => c.NextOrSameWorkingDay(D("2027-01-02"))).Should().Throw<CalendarCoverageException>()
            .Which.Date.Should().Be(D("2027-01-04"));
        calendar.Invoking(c => c.AddWorkingDays(D("2027-01-03"), 0)).Should().Throw<CalendarCoverageException>()
            .Which.Date.Should().Be(D("2027-01-04"));
        calendar.Invoking(c => c.NextWorkingDay(D("2027-01-01"))).Should().Throw<CalendarCoverageException>()
            .Which.Date.Should().Be(D("2027-01-04"));
        calendar.PreviousOrSameWorkingDay(D("2027-01-03")).Should().Be(D("2027-01-01"));
    }

    [Fact]
    public void A_caller_may_opt_in_to_a_provisional_weekday_answer_beyond_the_coverage()
    {
        var answer = China.AddWorkingDays(D("2026-12-30"), 2, BeyondCoverage.AssumeWeekdays);
        answer.IsProvisional.Should().BeTrue();
        answer.Value.Should().Be(D("2027-01-01"), "by the weekday rule alone; the 2027 notice will likely make it a holiday");

        var inside = China.AddWorkingDays(D("2026-09-30"), 1, BeyondCoverage.AssumeWeekdays);
        inside.IsProvisional.Should().BeFalse();
        inside.Value.Should().Be(D("2026-10-08"));

        China.IsWorkingDay(D("2027-01-02"), BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<bool>(false, true));
        China.Classify(D("2027-01-04"), BeyondCoverage.AssumeWeekdays).IsProvisional.Should().BeTrue();
        China.WorkingDaysBetween(D("2026-12-31"), D("2027-01-08"), BeyondCoverage.AssumeWeekdays).Value.Should().Be(6);
        China.AddWorkingDays(D("2007-01-04"), -2, BeyondCoverage.AssumeWeekdays).Value.Should().Be(D("2006-12-28"), "2007-01-01..03 are off, and before the coverage only Monday–Friday count");
        China.Invoking(c => c.AddWorkingDays(D("2026-12-30"), 2, BeyondCoverage.Reject)).Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void Provisional_arithmetic_agrees_with_the_table_inside_the_coverage()
    {
        foreach (var start in new DateInterval(D("2026-01-01"), D("2026-03-01")))
        {
            for (var n = -5; n <= 40; n++)
            {
                China.AddWorkingDays(start, n, BeyondCoverage.AssumeWeekdays).Value.Should().Be(China.AddWorkingDays(start, n));
            }
        }
    }

    [Fact]
    public void Non_ISO_dates_are_rejected_as_arguments()
    {
        var julian = new LocalDate(2026, 10, 1, CalendarSystem.Julian);
        China.Invoking(c => c.IsWorkingDay(julian)).Should().Throw<ArgumentException>();
    }

    private static void AssertOutside(Action act, LocalDate date) =>
        act.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(date);
}
