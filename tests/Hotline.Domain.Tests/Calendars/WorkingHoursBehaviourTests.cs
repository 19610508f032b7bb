using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Calendars.OfficeHours;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// A 12345 centre's office hours on the official calendar (summer 08:30–12:00 and 14:30–18:00 from 05-01, winter
/// 08:30–12:00 and 14:00–17:30 from 10-01), on real days of the 2025 and 2026 notices.
/// </summary>
public class WorkingHoursBehaviourTests
{
    private static readonly Duration Hours2 = Duration.FromHours(2);

    [Fact]
    public void A_make_up_Sunday_and_a_make_up_Saturday_have_the_season_s_windows()
    {
        // 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are 补班 days of the National Day notice.
        Centre.WindowsOn(D("2025-09-28")).Should().Equal(W("08:30", "12:00"), W("14:30", "18:00"));
        Centre.WindowsOn(D("2025-10-11")).Should().Equal(W("08:30", "12:00"), W("14:00", "17:30"));
        Centre.AddWorkingTime(Beijing("2025-09-26 17:00"), Hours2).Should().Be(Beijing("2025-09-28 09:30"));
    }

    [Fact]
    public void A_day_off_has_no_windows_and_no_working_time()
    {
        Centre.WindowsOn(D("2025-09-27")).Should().BeEmpty();
        Centre.IsWorkingTime(Beijing("2025-10-06 09:00")).Should().BeFalse();
        Centre.WorkingTimeBetween(Beijing("2025-10-01 00:00"), Beijing("2025-10-09 00:00")).Should().Be(Duration.Zero);
    }

    [Fact]
    public void The_lunch_break_is_not_working_time()
    {
        Centre.IsWorkingTime(Beijing("2025-09-30 14:29:59")).Should().BeFalse();
        Centre.IsWorkingTime(Beijing("2025-09-30 14:30")).Should().BeTrue();
        Centre.AddWorkingTime(Beijing("2025-09-30 11:30"), Duration.FromHours(1)).Should().Be(Beijing("2025-09-30 15:00"));
        Centre.WorkingTimeBetween(Beijing("2025-09-30 11:00"), Beijing("2025-09-30 15:00")).Should().Be(Duration.FromMinutes(90));
    }

    [Fact]
    public void An_amount_that_fills_the_day_ends_at_the_last_window_s_end()
    {
        Centre.AddWorkingTime(Beijing("2025-09-30 17:00"), Duration.FromHours(1)).Should().Be(Beijing("2025-09-30 18:00"));
        Centre.AddWorkingTime(Beijing("2025-09-29 08:30"), Duration.FromHours(14)).Should().Be(Beijing("2025-09-30 18:00"));
    }

    [Fact]
    public void A_start_outside_the_windows_counts_from_the_next_opening()
    {
        Centre.AddWorkingTime(Beijing("2025-09-30 06:00"), Duration.FromMinutes(30)).Should().Be(Beijing("2025-09-30 09:00"));
        Centre.AddWorkingTime(Beijing("2025-10-03 10:00"), Duration.FromMinutes(30)).Should().Be(Beijing("2025-10-09 09:00"));
    }

    [Fact]
    public void The_season_switches_on_its_first_day()
    {
        // 2025-09-30 is the last summer day (afternoon 14:30–18:00), 2025-10-09 the first working day of winter (14:00–17:30).
        Centre.WorkingTimeBetween(Beijing("2025-09-30 14:00"), Beijing("2025-10-09 18:00")).Should().Be(Duration.FromMinutes(630));
        Centre.IsWorkingTime(Beijing("2025-10-09 14:15")).Should().BeTrue();
        Centre.IsWorkingTime(Beijing("2025-09-30 14:15")).Should().BeFalse();
    }

    [Fact]
    public void A_season_switch_on_a_working_day_changes_the_windows_that_day()
    {
        // Uneven's summer season starts on 07-15: Tuesday 2025-07-15, a working day, has its 7 hours, Monday the 14th the 5 of winter.
        Uneven.WindowsOn(D("2025-07-14")).Should().Equal(W("09:00", "12:00"), W("13:00", "15:00"));
        Uneven.WindowsOn(D("2025-07-15")).Should().HaveCount(3);
        Uneven.WorkingTimeBetween(Beijing("2025-07-14 00:00"), Beijing("2025-07-16 00:00")).Should().Be(Duration.FromHours(12));
        Uneven.AddWorkingTime(Beijing("2025-07-14 14:00"), Duration.FromHours(2)).Should().Be(Beijing("2025-07-15 09:00"));
    }

    [Fact]
    public void The_year_end_runs_into_the_new_year_s_make_up_day()
    {
        // 2026-01-01..03 is New Year; Sunday 2026-01-04 is its make-up working day.
        Centre.AddWorkingTime(Beijing("2025-12-31 17:00"), Duration.FromHours(1)).Should().Be(Beijing("2026-01-04 09:00"));
        Centre.WorkingTimeBetween(Beijing("2025-12-31 00:00"), Beijing("2026-01-05 00:00")).Should().Be(Duration.FromHours(14));
    }

    [Fact]
    public void Ten_working_days_of_seven_hours_skip_the_Spring_Festival()
    {
        // 2026-02-15..23 is the Spring Festival; 2026-02-14 (Saturday) and 02-28 (Saturday) are make-up days.
        var start = Beijing("2026-02-12 08:30");
        var due = Centre.AddWorkingTime(start, Duration.FromHours(70));
        due.Should().Be(Beijing("2026-03-03 17:30"));
        Centre.WorkingTimeBetween(start, due).Should().Be(Duration.FromHours(70));
    }

    [Fact]
    public void Counting_backwards_over_a_holiday_gives_minus_the_working_time()
    {
        Centre.WorkingTimeBetween(Beijing("2025-10-09 09:50"), Beijing("2025-09-30 17:20")).Should().Be(-Hours2);
    }

    [Fact]
    public void A_nanosecond_is_counted_exactly()
    {
        var opening = Beijing("2025-09-30 08:30");
        Centre.AddWorkingTime(opening, Duration.Epsilon).Should().Be(opening + Duration.Epsilon);
        Centre.WorkingTimeBetween(opening - Duration.Epsilon, opening + Duration.Epsilon).Should().Be(Duration.Epsilon);
    }

    [Fact]
    public void An_end_at_local_midnight_needs_no_day_after_the_coverage()
    {
        // 2026-12-31 is a Thursday in winter hours: 7 hours.
        Centre.WorkingTimeBetween(Beijing("2026-12-31 00:00"), Beijing("2027-01-01 00:00")).Should().Be(Duration.FromHours(7));
        Centre.AddWorkingTime(Beijing("2026-12-31 16:30"), Duration.FromHours(1)).Should().Be(Beijing("2026-12-31 17:30"));
    }

    [Fact]
    public void Beyond_the_coverage_nothing_is_guessed_and_the_first_day_outside_is_named()
    {
        var past = () => Centre.AddWorkingTime(Beijing("2026-12-31 17:00"), Duration.FromHours(1));
        past.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2027-01-01"));
        var count = () => Centre.WorkingTimeBetween(Beijing("2026-12-31 00:00"), Beijing("2027-01-01 00:00") + Duration.Epsilon);
        count.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2027-01-01"));
        var before = () => Centre.WorkingTimeBetween(Beijing("2006-12-31 23:59"), Beijing("2007-01-05 00:00"));
        before.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2006-12-31"));
        var backwards = () => Centre.WorkingTimeBetween(Beijing("2007-01-05 00:00"), Beijing("2006-12-31 23:59"));
        backwards.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2006-12-31"));
        var asked = () => Centre.IsWorkingTime(Beijing("2027-01-04 09:00"));
        asked.Should().Throw<CalendarCoverageException>().WithMessage("*is 2027-01-04 09:00:00 working time*");
        var zero = () => Centre.AddWorkingTime(Beijing("2027-01-04 09:00"), Duration.Zero);
        zero.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2027-01-04"));
        var empty = () => Centre.WorkingTimeBetween(Beijing("2027-01-04 09:00"), Beijing("2027-01-04 09:00"));
        empty.Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void The_largest_amount_runs_off_the_coverage()
    {
        var act = () => Centre.AddWorkingTime(Beijing("2007-01-04 09:00"), Duration.MaxValue);
        act.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2027-01-01"));
    }

    [Fact]
    public void The_whole_coverage_counts_every_working_day_s_hours()
    {
        var total = Centre.WorkingTimeBetween(Beijing("2007-01-01 00:00"), Beijing("2027-01-01 00:00"));
        total.Should().Be(Duration.FromHours(7 * ChinaCalendars.Mainland.WorkingDayCount));
    }

    [Fact]
    public void The_schedule_shows_its_parts()
    {
        Centre.Name.Should().Be("12345 办公时间");
        Centre.Calendar.Should().BeSameAs(ChinaCalendars.Mainland);
        Centre.Zone.Should().BeSameAs(Shanghai);
        Uneven.Seasons.Select(s => s.DailyWorkingTime).Should().Equal(Duration.FromHours(5), Duration.FromHours(7), Duration.FromHours(4) - Duration.Epsilon);
    }

    [Fact]
    public void Seasons_are_kept_by_their_first_day_whatever_order_they_were_added_in()
    {
        var hours = WorkingHours.Create("x", ChinaCalendars.Mainland, Shanghai)
            .Season(new AnnualDate(10, 1), W("14:00", "17:30"), W("08:30", "12:00"))
            .Season(new AnnualDate(5, 1), W("08:30", "12:00"))
            .Build();

        hours.Seasons.Select(s => s.From).Should().Equal(new AnnualDate(5, 1), new AnnualDate(10, 1));
        hours.Seasons[1].Windows.Should().Equal(W("08:30", "12:00"), W("14:00", "17:30"));

        // Before the first season's day, the last season of the year before is in force.
        hours.WindowsOn(D("2026-03-02")).Should().Equal(W("08:30", "12:00"), W("14:00", "17:30"));
    }

    [Fact]
    public void One_season_holds_all_year()
    {
        var hours = WorkingHours.Create("x", ChinaCalendars.Mainland, Shanghai).Season(new AnnualDate(7, 1), W("09:00", "17:00")).Build();

        hours.WindowsOn(D("2026-01-05")).Should().Equal(W("09:00", "17:00"));
        hours.WindowsOn(D("2026-08-03")).Should().Equal(W("09:00", "17:00"));
        hours.WorkingTimeBetween(Beijing("2025-01-01 00:00"), Beijing("2026-01-01 00:00"))
            .Should().Be(Duration.FromHours(8 * ChinaCalendars.Mainland.CountWorkingDays(new DateInterval(D("2025-01-01"), D("2025-12-31")))));
    }

    [Fact]
    public void A_builder_builds_independent_schedules()
    {
        var builder = WorkingHours.Create("x", ChinaCalendars.Mainland, Shanghai).Season(new AnnualDate(1, 1), W("09:00", "12:00"));
        var first = builder.Build();
        var second = builder.Season(new AnnualDate(7, 1), W("09:00", "10:00")).Build();

        first.Seasons.Should().HaveCount(1);
        second.Seasons.Should().HaveCount(2);
    }

    [Fact]
    public void A_window_array_changed_after_the_season_was_added_changes_nothing()
    {
        var windows = new[] { W("09:00", "12:00") };
        var hours = WorkingHours.Create("x", ChinaCalendars.Mainland, Shanghai).Season(new AnnualDate(1, 1), windows).Build();
        windows[0] = W("00:00", "23:00");

        hours.WindowsOn(D("2026-03-02")).Should().Equal(W("09:00", "12:00"));
    }

    [Fact]
    public void Before_1970_the_local_day_is_still_the_right_one()
    {
        // A fixed zone and a calendar of the 1960s: instants before the Unix epoch count down, not towards zero.
        var sixties = WorkingHours.Create("1960s", WorkingDayCalendar.FromEntries("1960s", new DateInterval(D("1960-01-01"), D("1969-12-31")), []), DateTimeZone.ForOffset(Offset.FromHours(8)))
            .Season(new AnnualDate(1, 1), W("08:30", "12:00"), W("14:00", "17:30"))
            .Build();
        var monday = (D("1965-03-01") + T("09:00")).InZoneStrictly(sixties.Zone).ToInstant();

        sixties.IsWorkingTime(monday).Should().BeTrue();
        sixties.AddWorkingTime(monday, Duration.FromHours(1)).Should().Be(monday + Duration.FromHours(1));
        sixties.WorkingTimeBetween(monday, monday + Duration.FromDays(1)).Should().Be(Duration.FromHours(7));
    }
}
