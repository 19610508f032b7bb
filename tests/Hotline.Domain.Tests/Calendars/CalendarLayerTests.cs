using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

public class CalendarLayerTests
{
    private static readonly HolidayName Sanyuesan = HolidayName.Create("三月三", "Sanyuesan Festival");
    private static readonly HolidayName Typhoon = HolidayName.Create("台风停工", "Typhoon closure");

    [Fact]
    public void A_regional_layer_adds_its_holiday_to_the_national_calendar()
    {
        // Illustrative: 三月三 (lunar 3/3) falls on Sunday 2026-04-19; this layer also gives Monday 04-20 off.
        var guangxi = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .Named("China (Guangxi)")
            .AddLayer(CalendarLayer.CreateBuilder("广西壮族自治区").Holiday(D("2026-04-19"), Sanyuesan).DayOff(D("2026-04-20"), Sanyuesan))
            .Build();

        guangxi.IsWorkingDay(D("2026-04-20")).Should().BeFalse();
        guangxi.Classify(D("2026-04-20")).Kind.Should().Be(DayKind.AdjustedRestDay);
        guangxi.Classify(D("2026-04-19")).Holiday.Should().Be(Sanyuesan);
        ChinaCalendars.Mainland.IsWorkingDay(D("2026-04-20")).Should().BeTrue("deriving leaves the base calendar as it was");
        guangxi.AddWorkingDays(D("2026-04-17"), 1).Should().Be(D("2026-04-21"));
        guangxi.Classify(D("2026-10-01")).Kind.Should().Be(DayKind.StatutoryHoliday, "the national days stay");
    }

    [Fact]
    public void Later_layers_win()
    {
        var calendar = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .AddLayer(CalendarLayer.CreateBuilder("city").DaysOff(new DateInterval(D("2026-09-14"), D("2026-09-16")), Typhoon))
            .AddLayer(CalendarLayer.CreateBuilder("hotline centre").WorkingDay(D("2026-09-15")).WorkingDay(D("2026-10-02")))
            .Build();

        calendar.IsWorkingDay(D("2026-09-14")).Should().BeFalse();
        calendar.IsWorkingDay(D("2026-09-15")).Should().BeTrue();
        calendar.IsWorkingDay(D("2026-10-02")).Should().BeTrue("an organisation may work on a national holiday");
        calendar.Classify(D("2026-10-02")).Kind.Should().Be(DayKind.Workday);
    }

    [Fact]
    public void Contradictory_entries_in_one_layer_are_rejected_with_both_named()
    {
        var act = () => CalendarLayer.CreateBuilder("city").DayOff(D("2026-09-15"), Typhoon).WorkingDay(D("2026-09-15")).Build();

        act.Should().Throw<CalendarEntryException>()
            .WithMessage("*'city'*2026-09-15*AdjustedRestDay*Workday*later layer*");
    }

    [Fact]
    public void The_same_entry_twice_in_one_layer_is_accepted()
    {
        var layer = CalendarLayer.CreateBuilder("city").DayOff(D("2026-09-15"), Typhoon).DayOff(D("2026-09-15"), Typhoon).Build();
        layer.Entries.Should().ContainSingle();
    }

    [Fact]
    public void A_layer_day_outside_the_coverage_is_rejected()
    {
        var builder = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .AddLayer(CalendarLayer.CreateBuilder("city").DayOff(D("2027-01-04"), Typhoon));
        builder.Invoking(b => b.Build()).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2027-01-04"));
    }

    [Theory]
    [InlineData("2026-10-10", "Workday")] // a Saturday cannot be an ordinary workday
    [InlineData("2026-10-10", "AdjustedRestDay")]
    [InlineData("2026-10-09", "MakeupWorkday")] // a Friday cannot be a make-up day
    [InlineData("2026-10-09", "Weekend")]
    public void An_entry_whose_kind_does_not_fit_the_day_of_the_week_is_rejected(string date, string kind)
    {
        var act = () => CalendarEntry.Create(D(date), DayKind.FromName(kind));
        act.Should().Throw<CalendarEntryException>().WithMessage($"*{date}*{kind}*");
    }

    [Fact]
    public void Integrators_can_build_a_calendar_from_their_own_rows()
    {
        var rows = new[]
        {
            (Date: D("2027-01-01"), Kind: DayKind.StatutoryHoliday, Name: "元旦"),
            (Date: D("2027-02-06"), Kind: DayKind.MakeupWorkday, Name: "春节"),
        };
        var calendar = WorkingDayCalendar.FromEntries(
            "our 2027 draft",
            new DateInterval(D("2027-01-01"), D("2027-12-31")),
            rows.Select(r => CalendarEntry.Create(r.Date, r.Kind, HolidayName.Create(r.Name, r.Name))));

        calendar.IsWorkingDay(D("2027-01-01")).Should().BeFalse();
        calendar.IsWorkingDay(D("2027-02-06")).Should().BeTrue();
        calendar.IsWorkingDay(D("2027-01-04")).Should().BeTrue();
        calendar.AddWorkingDays(D("2026-12-31"), 1, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<LocalDate>(D("2027-01-04"), true));
    }

    [Theory]
    [InlineData(1, "workday", "工作日")]
    [InlineData(2, "weekend", "休息日")]
    [InlineData(3, "statutory-holiday", "法定节假日")]
    [InlineData(4, "adjusted-rest-day", "调休休息日")]
    [InlineData(5, "makeup-workday", "调休上班日")]
    public void DayKind_is_found_by_value_code_and_Chinese_name(int value, string code, string chinese)
    {
        var kind = DayKind.FromValue(value);
        DayKind.FromCode(code).Should().BeSameAs(kind);
        DayKind.FromChineseName(chinese).Should().BeSameAs(kind);
        kind.Code.Should().Be(code);
    }

    [Fact]
    public void An_unknown_code_is_reported_with_the_known_ones()
    {
        var act = () => DayKind.FromCode("holiday");
        act.Should().Throw<VocabularyItemNotFoundException>().WithMessage("*holiday*workday, weekend, statutory-holiday*");
    }
}
