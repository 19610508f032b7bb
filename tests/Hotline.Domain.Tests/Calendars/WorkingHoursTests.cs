using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>Office hours on the official calendar: summer hours from 05-01, winter hours from 10-01.</summary>
public class WorkingHoursTests
{
    internal static readonly TimeWindow[] Summer = { Window("08:30", "12:00"), Window("14:30", "18:00") };
    internal static readonly TimeWindow[] Winter = { Window("08:30", "12:00"), Window("14:00", "17:30") };

    // The centre's summer and winter hours, the seasons given in reverse order (the builder sorts them).
    internal static readonly WorkingHours Hours = WorkingHours.Create("夏令/冬令作息", ChinaCalendars.Mainland, HandlingPolicy.ChinaStandardTime)
        .Season(new AnnualDate(10, 1), Winter)
        .Season(new AnnualDate(5, 1), Summer)
        .Build();

    internal static TimeWindow Window(string start, string end) =>
        new(NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(start).Value,
            NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(end).Value);

    [Fact]
    public void Two_working_hours_from_1720_on_the_eve_of_National_Day_end_at_0950_on_the_first_working_day_after_it()
    {
        // 2025-09-30 is a summer working day (40 minutes left); 10-01 to 10-08 are the National Day and Mid-Autumn
        // holiday (国办发明电〔2024〕12号); 10-09 is in winter hours: 08:30 + 80 minutes.
        Hours.AddWorkingTime(Beijing("2025-09-30 17:20"), Duration.FromHours(2)).Should().Be(Beijing("2025-10-09 09:50"));
        Hours.WorkingTimeBetween(Beijing("2025-09-30 17:20"), Beijing("2025-10-09 09:50")).Should().Be(Duration.FromHours(2));
    }

    [Fact]
    public void A_limit_that_fills_a_window_exactly_ends_at_the_window_s_end_not_at_the_next_window_s_start()
    {
        Hours.AddWorkingTime(Beijing("2025-09-30 11:00"), Duration.FromHours(1)).Should().Be(Beijing("2025-09-30 12:00"));
        Hours.AddWorkingTime(Beijing("2025-09-30 11:00"), Duration.FromHours(1) + Duration.Epsilon)
            .Should().Be(Beijing("2025-09-30 14:30") + Duration.Epsilon);
    }

    [Fact]
    public void Working_time_started_in_the_lunch_break_runs_from_the_afternoon_window()
    {
        Hours.AddWorkingTime(Beijing("2025-06-10 12:30"), Duration.FromMinutes(30)).Should().Be(Beijing("2025-06-10 15:00"));
        Hours.WorkingTimeBetween(Beijing("2025-06-10 12:00"), Beijing("2025-06-10 14:30")).Should().Be(Duration.Zero);
        Hours.IsWorkingTime(Beijing("2025-06-10 12:00")).Should().BeFalse();
        Hours.IsWorkingTime(Beijing("2025-06-10 11:59:59")).Should().BeTrue();
        Hours.IsWorkingTime(Beijing("2025-06-10 08:30")).Should().BeTrue();
    }

    [Fact]
    public void A_make_up_Saturday_has_its_season_s_windows_and_a_holiday_none()
    {
        Hours.WindowsOn(D("2025-10-11")).Should().Equal(Winter);
        Hours.WindowsOn(D("2025-09-28")).Should().Equal(Summer);
        Hours.WindowsOn(D("2025-10-01")).Should().BeEmpty();
        Hours.WindowsOn(D("2025-10-12")).Should().BeEmpty();
        Hours.IsWorkingTime(Beijing("2025-10-11 09:00")).Should().BeTrue();
    }

    [Fact]
    public void The_season_changes_on_its_first_day_and_wraps_over_the_year_end()
    {
        Hours.WindowsOn(D("2025-04-30")).Should().Equal(Winter);
        Hours.WindowsOn(D("2025-05-06")).Should().Equal(Summer);
        Hours.WindowsOn(D("2025-09-30")).Should().Equal(Summer);
        Hours.WindowsOn(D("2025-10-09")).Should().Equal(Winter);
        Hours.WindowsOn(D("2026-01-05")).Should().Equal(Winter);
        // 2025-12-31 16:00 to 2026-01-04 09:00: 1.5 h on Wednesday, New Year's Day and the Friday and Saturday off
        // (国办发明电〔2025〕7号), 2026-01-04 a make-up Sunday from 08:30.
        Hours.WorkingTimeBetween(Beijing("2025-12-31 16:00"), Beijing("2026-01-04 09:00")).Should().Be(Duration.FromMinutes(120));
    }

    [Fact]
    public void Working_time_backwards_is_negative_and_zero_gives_the_start()
    {
        Hours.WorkingTimeBetween(Beijing("2025-06-10 10:00"), Beijing("2025-06-10 09:00")).Should().Be(Duration.FromHours(-1));
        Hours.AddWorkingTime(Beijing("2025-10-01 03:00"), Duration.Zero).Should().Be(Beijing("2025-10-01 03:00"));
    }

    [Fact]
    public void Ten_working_days_are_ten_days_of_windows()
    {
        var start = Beijing("2025-11-03 08:30");
        var end = Hours.AddWorkingTime(start, Duration.FromMinutes(10 * 420));
        end.Should().Be(Beijing("2025-11-14 17:30"));
        Hours.WorkingTimeBetween(start, Beijing("2025-12-03 08:30")).Should().Be(Duration.FromMinutes(22 * 420));
    }

    [Fact]
    public void Outside_the_calendar_s_coverage_office_hours_throw_the_calendar_s_exception()
    {
        var after = Beijing("2027-01-04 09:00");
        FluentActions.Invoking(() => Hours.IsWorkingTime(after)).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => Hours.WindowsOn(D("2027-01-04"))).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => Hours.WorkingTimeBetween(Beijing("2026-12-30 09:00"), after)).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => Hours.AddWorkingTime(Beijing("2026-12-30 09:00"), Duration.FromHours(30)))
            .Should().Throw<CalendarCoverageException>().WithMessage("*夏令/冬令作息*");
        FluentActions.Invoking(() => Hours.AddWorkingTime(Beijing("2025-06-10 09:00"), Duration.MaxValue)).Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void Negative_working_time_and_instants_outside_the_library_s_range_are_argument_errors()
    {
        FluentActions.Invoking(() => Hours.AddWorkingTime(Beijing("2025-06-10 09:00"), -Duration.Epsilon))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
        FluentActions.Invoking(() => Hours.WorkingTimeBetween(Instant.MinValue, Beijing("2025-06-10 09:00")))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        FluentActions.Invoking(() => Hours.IsWorkingTime(Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant");
    }

    [Fact]
    public void The_builder_refuses_empty_null_overlapping_and_ambiguous_seasons()
    {
        var builder = WorkingHours.Create("x", ChinaCalendars.Mainland, HandlingPolicy.ChinaStandardTime);
        FluentActions.Invoking(() => builder.Season(new AnnualDate(1, 1))).Should().Throw<ArgumentException>().WithMessage("*at least one window*");
        FluentActions.Invoking(() => builder.Season(new AnnualDate(1, 1), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.Season(new AnnualDate(1, 1), Summer[0], null!)).Should().Throw<ArgumentException>().WithMessage("*null*");
        FluentActions.Invoking(() => builder.Season(new AnnualDate(1, 1), Window("08:00", "12:00"), Window("11:00", "13:00")))
            .Should().Throw<ArgumentException>().WithMessage("*08:00–12:00*11:00–13:00*overlap*");
        FluentActions.Invoking(() => builder.Season(new AnnualDate(2, 29), Summer)).Should().Throw<ArgumentException>().WithMessage("*02-29*");
        FluentActions.Invoking(() => builder.Build()).Should().Throw<InvalidOperationException>().WithMessage("*no season*");
        builder.Season(new AnnualDate(1, 1), Window("12:00", "14:00"), Window("08:00", "12:00"));
        FluentActions.Invoking(() => builder.Season(new AnnualDate(1, 1), Summer)).Should().Throw<ArgumentException>().WithMessage("*already starts on 01-01*");
        builder.Build().WindowsOn(D("2025-06-10")).Should().Equal(Window("08:00", "12:00"), Window("12:00", "14:00"));
        FluentActions.Invoking(() => WorkingHours.Create(" ", ChinaCalendars.Mainland, HandlingPolicy.ChinaStandardTime)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => WorkingHours.Create("x", null!, HandlingPolicy.ChinaStandardTime)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => WorkingHours.Create("x", ChinaCalendars.Mainland, null!)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_window_ends_after_it_starts_and_compares_by_its_times()
    {
        FluentActions.Invoking(() => Window("12:00", "12:00")).Should().Throw<ArgumentException>().WithParameterName("end");
        FluentActions.Invoking(() => Window("12:00", "08:00")).Should().Throw<ArgumentException>();
        EqualityContract.Holds(Window("08:30", "12:00"), Window("08:30", "12:00"), Window("08:30", "11:59"));
        (Window("08:30", "12:00") == Window("08:30", "12:00")).Should().BeTrue();
        (Window("08:30", "12:00") != Window("08:00", "12:00")).Should().BeTrue();
        Window("08:30", "12:00").ToString().Should().Be("08:30–12:00");
        Window("08:30", "12:00").Length.Should().Be(Duration.FromMinutes(210));
        Window("08:30", "12:00").Contains(new LocalTime(12, 0)).Should().BeFalse();
        Window("08:30", "12:00").Contains(new LocalTime(8, 30)).Should().BeTrue();
    }

    [Fact]
    public void The_schedule_shows_its_seasons_in_year_order()
    {
        Hours.Seasons.Select(s => s.From).Should().Equal(new AnnualDate(5, 1), new AnnualDate(10, 1));
        Hours.Seasons[0].DailyWorkingTime.Should().Be(Duration.FromHours(7));
        Hours.ToString().Should().Be("夏令/冬令作息 (" + ChinaCalendars.Mainland.Name + ", Asia/Shanghai; from 05-01: 08:30–12:00, 14:30–18:00; from 10-01: 08:30–12:00, 14:00–17:30)");
        Hours.Seasons.Should().NotBeAssignableTo<WorkingHoursSeason[]>();
    }

    [Fact]
    public void A_day_the_zone_skipped_has_no_working_time()
    {
        // Pacific/Apia skipped 2011-12-30 (a Friday); 2011-12-31 was a make-up Saturday on the Mainland calendar.
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var hours = WorkingHours.Create("apia", ChinaCalendars.Mainland, apia).Season(new AnnualDate(1, 1), Winter).Build();
        Instant At(string local) => NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(local).Value.InZoneLeniently(apia).ToInstant();

        hours.WorkingTimeBetween(At("2011-12-29 00:00"), At("2012-01-01 00:00")).Should().Be(Duration.FromMinutes(2 * 420));
        hours.AddWorkingTime(At("2011-12-29 16:00"), Duration.FromHours(2)).Should().Be(At("2011-12-31 09:00"));
        hours.IsWorkingTime(At("2011-12-31 09:00")).Should().BeTrue();
    }

    [Fact]
    public void A_window_across_a_skipped_hour_is_shorter_by_the_gap()
    {
        // London moved from 01:00 GMT to 02:00 BST on 2025-03-30; a calendar that makes that Sunday a working day.
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var calendar = WorkingDayCalendar.FromEntries("london", new DateInterval(D("2025-01-01"), D("2025-12-31")), new[] { CalendarEntry.WorkingDay(D("2025-03-30")) });
        var hours = WorkingHours.Create("night", calendar, london).Season(new AnnualDate(1, 1), Window("00:30", "03:00")).Build();
        var start = Instant.FromUtc(2025, 3, 30, 0, 0);

        hours.WorkingTimeBetween(start, start + Duration.FromHours(6)).Should().Be(Duration.FromMinutes(90));
        hours.AddWorkingTime(start, Duration.FromMinutes(90)).Should().Be(Instant.FromUtc(2025, 3, 30, 2, 0));
        hours.AddWorkingTime(start, Duration.FromMinutes(91)).Should().Be(Instant.FromUtc(2025, 3, 30, 23, 31), "00:30 BST on Monday is 23:30 UTC");
    }
}
