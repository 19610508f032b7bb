using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>Deriving calendars: guards, names, extending the coverage, the notices an extension needs, layers over the base.</summary>
public class WorkingDayCalendarBuilderTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;
    private static readonly HolidayName Typhoon = HolidayName.Create("台风停工", "Typhoon closure");
    private static readonly DateInterval Year2026 = new(D("2026-01-01"), D("2026-12-31"));

    [Fact]
    public void Every_guard_names_its_parameter()
    {
        var noBase = () => WorkingDayCalendar.CreateBuilder(null!);
        noBase.Should().Throw<ArgumentNullException>().WithParameterName("baseCalendar");
        var noName = () => WorkingDayCalendarBuilder.WeekdaysOnly(" ", Year2026);
        noName.Should().Throw<ArgumentException>().WithParameterName("name");
        var noCoverage = () => WorkingDayCalendarBuilder.WeekdaysOnly("office", null!);
        noCoverage.Should().Throw<ArgumentNullException>().WithParameterName("coverage");
        var julian = () => WorkingDayCalendarBuilder.WeekdaysOnly("office",
            new DateInterval(new LocalDate(2026, 1, 1, CalendarSystem.Julian), new LocalDate(2026, 12, 31, CalendarSystem.Julian)));
        julian.Should().Throw<ArgumentException>().WithParameterName("coverage");

        var builder = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026);
        builder.Invoking(b => b.Named("")).Should().Throw<ArgumentException>().WithParameterName("name");
        builder.Invoking(b => b.AddLayer((CalendarLayer)null!)).Should().Throw<ArgumentNullException>().WithParameterName("layer");
        builder.Invoking(b => b.AddLayer((CalendarLayerBuilder)null!)).Should().Throw<ArgumentNullException>().WithParameterName("layer");
        builder.Invoking(b => b.ExtendCoverageTo(new LocalDate(2027, 1, 1, CalendarSystem.Julian))).Should().Throw<ArgumentException>().WithParameterName("end");
        var built = builder.Build();
        built.Name.Should().Be("office");
        (built.Coverage == Year2026).Should().BeTrue();
        built.WorkingDayCount.Should().Be(261, "2026 has 52 weeks and a Thursday");
    }

    [Fact]
    public void A_derived_calendar_keeps_the_base_name_until_it_is_renamed()
    {
        WorkingDayCalendar.CreateBuilder(China).Build().Name.Should().Be("China (mainland)");
        WorkingDayCalendar.CreateBuilder(China).Named("广西").Build().Name.Should().Be("广西");
        WorkingDayCalendar.CreateBuilder(China).Named("广西").Build().ToString().Should().Be("广西 (2007-01-01 to 2026-12-31)");
    }

    [Fact]
    public void A_derived_calendar_keeps_every_day_of_its_base()
    {
        var copy = WorkingDayCalendar.CreateBuilder(China).Build();

        copy.Entries.Should().Equal(China.Entries);
        copy.WorkingDayCount.Should().Be(China.WorkingDayCount);
        (copy.Coverage == China.Coverage).Should().BeTrue();
    }

    [Fact]
    public void The_coverage_may_be_extended_to_its_own_end_which_changes_nothing()
    {
        var same = WorkingDayCalendar.CreateBuilder(China).ExtendCoverageTo(D("2026-12-31")).Build();

        (same.Coverage == China.Coverage).Should().BeTrue();
    }

    [Fact]
    public void A_shrinking_extension_is_refused_naming_both_days()
    {
        var builder = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026);

        builder.Invoking(b => b.ExtendCoverageTo(D("2026-12-30"))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("end")
            .WithMessage("The coverage already reaches 2026-12-31; extending it to 2026-12-30 would shrink it. Give a later day.*")
            .Which.ActualValue.Should().Be(D("2026-12-30"));
    }

    [Fact]
    public void An_extension_over_two_years_needs_both_notices_and_the_first_missing_year_is_named()
    {
        var builder = WorkingDayCalendar.CreateBuilder(China)
            .ExtendCoverageTo(D("2028-12-31"))
            .AddLayer(IllustrativeNotice2027.Layer());

        builder.Invoking(b => b.Build()).Should().Throw<CalendarEntryException>().WithMessage(
            "The coverage of 'China (mainland)' was extended to 2028-12-31, but no notice for 2028 was added: without it every weekday of 2028 " +
            "would read as a working day. Add CalendarLayer.ForNotice(HolidayNotice.Create(2028, …)) with the notice's runs, or extend the coverage only as far as the notices go.");
    }

    [Fact]
    public void An_extension_with_neither_notice_names_the_first_year()
    {
        var builder = WorkingDayCalendar.CreateBuilder(China).Named("national").ExtendCoverageTo(D("2028-01-01"));

        builder.Invoking(b => b.Build()).Should().Throw<CalendarEntryException>().WithMessage("The coverage of 'national' was extended to 2028-01-01, but no notice for 2027 was added*");
    }

    [Fact]
    public void An_extension_into_part_of_a_year_needs_that_years_notice_and_is_then_built()
    {
        var builder = WorkingDayCalendar.CreateBuilder(China).ExtendCoverageTo(D("2027-01-01"));
        builder.Invoking(b => b.Build()).Should().Throw<CalendarEntryException>().WithMessage("*no notice for 2027*");

        var calendar = builder.AddLayer(CalendarLayer.ForNotice(IllustrativeNotice2027.Notice).Holiday(D("2027-01-01"), HolidayName.NewYear)).Build();
        calendar.Coverage.End.Should().Be(D("2027-01-01"));
        calendar.IsWorkingDay(D("2027-01-01")).Should().BeFalse();
    }

    [Fact]
    public void A_layer_that_is_not_a_notice_does_not_stand_for_the_years_notice()
    {
        var builder = WorkingDayCalendar.CreateBuilder(China)
            .ExtendCoverageTo(D("2027-12-31"))
            .AddLayer(CalendarLayer.CreateBuilder("2027 draft").Holiday(D("2027-01-01"), HolidayName.NewYear));

        builder.Invoking(b => b.Build()).Should().Throw<CalendarEntryException>().WithMessage("*no notice for 2027*");
    }

    [Fact]
    public void A_calendar_derived_from_notices_keeps_needing_them_after_an_extension()
    {
        var through2027 = IllustrativeNotice2027.Calendar();

        var builder = WorkingDayCalendar.CreateBuilder(through2027).ExtendCoverageTo(D("2028-06-30"));

        builder.Invoking(b => b.Build()).Should().Throw<CalendarEntryException>().WithMessage("*no notice for 2028*");
    }

    [Fact]
    public void A_calendar_whose_layers_carry_no_notice_may_be_extended_freely()
    {
        var office = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026)
            .AddLayer(CalendarLayer.CreateBuilder("closures").DayOff(D("2026-09-15"), Typhoon))
            .Build();

        var extended = WorkingDayCalendar.CreateBuilder(office).ExtendCoverageTo(D("2027-12-31")).Build();

        extended.Coverage.End.Should().Be(D("2027-12-31"));
        extended.IsWorkingDay(D("2026-09-15")).Should().BeFalse();
        extended.IsWorkingDay(D("2027-01-01")).Should().BeTrue();
    }

    [Fact]
    public void A_layer_day_past_the_end_is_refused_naming_the_layer_the_day_the_coverage_and_the_advice()
    {
        var builder = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026)
            .AddLayer(CalendarLayer.CreateBuilder("closures").DayOff(D("2026-12-31"), Typhoon).DayOff(D("2027-01-01"), Typhoon));

        var error = builder.Invoking(b => b.Build()).Should().Throw<CalendarCoverageException>().Which;

        error.Message.Should().Be(
            "Layer 'closures' sets a day the calendar does not cover: 2027-01-01 is outside the calendar's coverage 2026-01-01 to 2026-12-31. " +
            "Extend the coverage first (ExtendCoverageTo), or leave that day out of the layer.");
        error.Date.Should().Be(D("2027-01-01"));
        (error.Coverage == Year2026).Should().BeTrue();
    }

    [Fact]
    public void A_layer_day_before_the_start_is_refused_and_the_first_covered_day_is_accepted()
    {
        var before = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026).AddLayer(CalendarLayer.CreateBuilder("closures").DayOff(D("2025-12-31"), Typhoon));
        before.Invoking(b => b.Build()).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2025-12-31"));

        var first = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026).AddLayer(CalendarLayer.CreateBuilder("closures").DayOff(D("2026-01-01"), Typhoon)).Build();
        first.IsWorkingDay(D("2026-01-01")).Should().BeFalse();
    }

    [Fact]
    public void A_layer_overrides_the_base_and_a_later_layer_overrides_an_earlier_one()
    {
        var calendar = WorkingDayCalendar.CreateBuilder(China)
            .AddLayer(CalendarLayer.CreateBuilder("city").DayOff(D("2026-10-09"), Typhoon).DayOff(D("2026-10-12"), Typhoon))
            .AddLayer(CalendarLayer.CreateBuilder("centre").WorkingDay(D("2026-10-12")).WorkingDay(D("2026-10-01")))
            .Build();

        calendar.Classify(D("2026-10-09")).Holiday.Should().Be(Typhoon);
        calendar.Classify(D("2026-10-12")).Kind.Should().Be(DayKind.Workday);
        calendar.Classify(D("2026-10-12")).Holiday.Should().BeNull();
        calendar.Classify(D("2026-10-01")).Kind.Should().Be(DayKind.Workday);
        calendar.AddWorkingDays(D("2026-09-30"), 1).Should().Be(D("2026-10-01"));
        calendar.WorkingDayCount.Should().Be(China.WorkingDayCount, "10-09 is lost, 10-01 gained, 10-12 lost and won back");
        calendar.Entries.Select(e => e.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_layer_builder_is_built_when_it_is_added()
    {
        var calendar = WorkingDayCalendarBuilder.WeekdaysOnly("office", Year2026)
            .AddLayer(CalendarLayer.CreateBuilder("closures").DayOff(D("2026-09-15"), Typhoon))
            .Build();

        calendar.Entries.Should().ContainSingle().Which.Should().Be(CalendarEntry.DayOff(D("2026-09-15"), Typhoon));
    }
}
