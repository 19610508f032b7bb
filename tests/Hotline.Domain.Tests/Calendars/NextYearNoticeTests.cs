using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>An integrator adds next year's notice the day it is published, validated like the built-in data.</summary>
public class NextYearNoticeTests
{
    [Fact]
    public void Mainland_extended_with_a_2027_notice_answers_2027_from_the_notice()
    {
        var china2027 = IllustrativeNotice2027.Calendar();

        china2027.Coverage.Start.Should().Be(D("2007-01-01"));
        china2027.Coverage.End.Should().Be(D("2027-12-31"));
        var newYear = china2027.Classify(D("2027-01-01"));
        newYear.Kind.Should().Be(DayKind.StatutoryHoliday);
        newYear.Notice!.DocumentNumber.Should().Be("示例〔2026〕1号");
        china2027.Classify(D("2027-02-09")).Kind.Should().Be(DayKind.AdjustedRestDay);
        china2027.Classify(D("2027-02-13")).Kind.Should().Be(DayKind.Weekend);
        china2027.IsWorkingDay(D("2027-02-20")).Should().BeTrue("a make-up Saturday");
        china2027.AddWorkingDays(D("2026-12-31"), 1).Should().Be(D("2027-01-04"));
        china2027.AddWorkingDays(D("2027-02-04"), 1).Should().Be(D("2027-02-15"));
    }

    [Fact]
    public void Extending_Mainland_changes_nothing_of_Mainland_itself()
    {
        _ = IllustrativeNotice2027.Calendar();

        ChinaCalendars.Mainland.Coverage.End.Should().Be(D("2026-12-31"));
        var act = () => ChinaCalendars.Mainland.IsWorkingDay(D("2027-01-04"));
        act.Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void Days_of_2026_keep_their_notices_in_the_extended_calendar()
    {
        var china2027 = IllustrativeNotice2027.Calendar();

        china2027.Classify(D("2026-10-01")).Should().Be(ChinaCalendars.Mainland.Classify(D("2026-10-01")));
        china2027.CountWorkingDays(new DateInterval(D("2026-01-01"), D("2026-12-31"))).Should().Be(248);
    }

    [Fact]
    public void Extending_the_coverage_without_the_years_notice_is_refused()
    {
        var builder = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland).ExtendCoverageTo(D("2027-12-31"));

        builder.Invoking(b => b.Build()).Should().Throw<CalendarEntryException>().WithMessage("*no notice for 2027*ForNotice*");
    }

    [Fact]
    public void A_weekday_calendar_without_notices_may_be_extended_freely()
    {
        var plain = WorkingDayCalendarBuilder.WeekdaysOnly("office", new DateInterval(D("2026-01-01"), D("2026-12-31")))
            .ExtendCoverageTo(D("2027-06-30"))
            .Build();

        plain.IsWorkingDay(D("2027-06-30")).Should().BeTrue();
    }

    [Fact]
    public void The_coverage_cannot_shrink_and_a_refused_extension_leaves_the_builder_as_it_was()
    {
        var builder = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland);

        builder.Invoking(b => b.ExtendCoverageTo(D("2026-06-30"))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*already reaches 2026-12-31*");
        builder.Build().Coverage.End.Should().Be(D("2026-12-31"));
    }

    [Fact]
    public void A_notice_may_set_only_its_year_and_the_December_before_it()
    {
        var layer = CalendarLayer.ForNotice(IllustrativeNotice2027.Notice);

        layer.Invoking(l => l.DayOff(D("2028-01-03"), HolidayName.NewYear)).Should().Throw<CalendarEntryException>().WithMessage("*2028-01-03*2027*");
        layer.Invoking(l => l.DayOff(D("2026-11-30"), HolidayName.NewYear)).Should().Throw<CalendarEntryException>();
        layer.WorkingDay(D("2026-12-26"), HolidayName.NewYear).Build().Entries.Should().ContainSingle()
            .Which.Notice.Should().BeSameAs(IllustrativeNotice2027.Notice);
    }

    [Fact]
    public void A_run_whose_statutory_day_lies_outside_it_is_refused_and_leaves_the_layer_as_it_was()
    {
        var layer = CalendarLayer.ForNotice(IllustrativeNotice2027.Notice);

        layer.Invoking(l => l.HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-01-01"), D("2027-01-03")), [D("2027-01-04")]))
            .Should().Throw<CalendarEntryException>().WithMessage("*2027-01-04*outside its run*");
        layer.Build().Entries.Should().BeEmpty();
    }

    [Fact]
    public void A_make_up_day_inside_its_own_run_or_on_a_weekday_is_refused()
    {
        var layer = CalendarLayer.ForNotice(IllustrativeNotice2027.Notice);

        layer.Invoking(l => l.HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-01-01"), D("2027-01-03")), [D("2027-01-01")], [D("2027-01-02")]))
            .Should().Throw<CalendarEntryException>().WithMessage("*2027-01-02*inside its own run*");
        layer.Invoking(l => l.HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-01-01"), D("2027-01-03")), [D("2027-01-01")], [D("2027-01-04")]))
            .Should().Throw<CalendarEntryException>().WithMessage("*2027-01-04*Saturday or Sunday*");
    }

    [Fact]
    public void Two_runs_of_one_notice_that_contradict_each_other_are_refused()
    {
        var layer = CalendarLayer.ForNotice(IllustrativeNotice2027.Notice)
            .HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-01-01"), D("2027-01-03")), [D("2027-01-01")])
            .HolidayRun(HolidayName.SpringFestival, new DateInterval(D("2027-01-03"), D("2027-01-04")), [D("2027-01-04")]);

        layer.Invoking(l => l.Build()).Should().Throw<CalendarEntryException>().WithMessage("*2027-01-03 twice*");
    }

    [Fact]
    public void A_layer_beyond_the_coverage_is_told_to_extend_it_first()
    {
        var builder = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland).AddLayer(IllustrativeNotice2027.Layer());

        builder.Invoking(b => b.Build()).Should().Throw<CalendarCoverageException>().WithMessage("*Extend the coverage first (ExtendCoverageTo)*");
    }

    [Fact]
    public void A_calendar_covering_the_last_representable_day_answers_without_overflow()
    {
        var end = WorkingDayCalendarBuilder.WeekdaysOnly("end of time", new DateInterval(D("9999-12-01"), LocalDate.MaxIsoValue)).Build();
        var start = WorkingDayCalendarBuilder.WeekdaysOnly("start of time", new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(30))).Build();

        end.IsWorkingDay(LocalDate.MaxIsoValue).Should().BeTrue("9999-12-31 is a Friday");
        end.Invoking(c => c.AddWorkingDays(D("9999-12-30"), 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*beyond the dates NodaTime can represent*");
        end.Invoking(c => c.AddWorkingDays(D("9999-12-30"), 5, BeyondCoverage.AssumeWeekdays)).Should().Throw<ArgumentOutOfRangeException>();
        end.Invoking(c => c.AddWorkingDays(D("9999-12-01"), -5)).Should().Throw<CalendarCoverageException>().WithMessage("*9999-11-30*");
        start.Invoking(c => c.AddWorkingDays(LocalDate.MinIsoValue.PlusDays(3), -30)).Should().Throw<ArgumentOutOfRangeException>();
        start.Invoking(c => c.AddWorkingDays(LocalDate.MinIsoValue.PlusDays(3), -30, BeyondCoverage.AssumeWeekdays)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
