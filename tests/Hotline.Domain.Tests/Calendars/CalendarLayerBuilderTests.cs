using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>Building a layer: its guards, the kinds a holiday run gives its days, the notice's year, the order of its days.</summary>
public class CalendarLayerBuilderTests
{
    private static readonly HolidayName Typhoon = HolidayName.Create("台风停工", "Typhoon closure");
    private static readonly HolidayNotice Notice2027 = IllustrativeNotice2027.Notice;

    [Fact]
    public void A_layer_needs_a_name_and_its_entries()
    {
        var blank = () => CalendarLayer.Create(" ", []);
        blank.Should().Throw<ArgumentException>().WithParameterName("name");
        var noEntries = () => CalendarLayer.Create("city", null!);
        noEntries.Should().Throw<ArgumentNullException>().WithParameterName("entries");
        var nullEntry = () => CalendarLayer.Create("city", [CalendarEntry.DayOff(D("2026-09-15")), null!]);
        nullEntry.Should().Throw<ArgumentNullException>().WithParameterName("entries");
        var unnamed = () => CalendarLayer.CreateBuilder("");
        unnamed.Should().Throw<ArgumentException>().WithParameterName("name");
        var noNotice = () => CalendarLayer.ForNotice(null!);
        noNotice.Should().Throw<ArgumentNullException>().WithParameterName("notice");
    }

    [Fact]
    public void A_layers_name_is_trimmed_and_an_ordinary_layer_has_no_notice()
    {
        var layer = CalendarLayer.Create("  广西壮族自治区 ", [CalendarEntry.DayOff(D("2026-04-20"))]);

        layer.Name.Should().Be("广西壮族自治区");
        layer.Notice.Should().BeNull();
        CalendarLayer.CreateBuilder("city").Build().Notice.Should().BeNull();
        CalendarLayer.CreateBuilder("city").Build().Name.Should().Be("city");
    }

    [Fact]
    public void Entries_are_in_ascending_date_order_whatever_order_they_were_given_in()
    {
        var layer = CalendarLayer.Create("city",
        [
            CalendarEntry.DayOff(D("2026-09-16"), Typhoon),
            CalendarEntry.WorkingDay(D("2026-09-12")),
            CalendarEntry.DayOff(D("2026-09-14"), Typhoon),
            CalendarEntry.DayOff(D("2026-09-16"), Typhoon),
        ]);

        layer.Entries.Select(e => e.Date).Should().Equal(D("2026-09-12"), D("2026-09-14"), D("2026-09-16"));
    }

    [Fact]
    public void Two_different_entries_for_one_day_are_refused_naming_the_layer_the_day_and_both_entries_with_their_holidays()
    {
        var act = () => CalendarLayer.Create("city",
        [
            CalendarEntry.DayOff(D("2026-09-15"), Typhoon),
            CalendarEntry.WorkingDay(D("2026-09-15")),
        ]);

        act.Should().Throw<CalendarEntryException>().WithMessage(
            "Layer 'city' sets 2026-09-15 twice: as AdjustedRestDay (台风停工) and as Workday. " +
            "A layer may set a day once; put the later decision in a later layer, which wins.");
    }

    [Fact]
    public void The_same_day_off_for_two_reasons_is_a_contradiction()
    {
        var act = () => CalendarLayer.CreateBuilder("city").DayOff(D("2026-09-15"), Typhoon).DayOff(D("2026-09-15"), HolidayName.MidAutumn).Build();

        act.Should().Throw<CalendarEntryException>().WithMessage("*as AdjustedRestDay (台风停工) and as AdjustedRestDay (中秋节)*");
    }

    [Fact]
    public void A_notices_layer_is_named_after_the_notice_and_its_number()
    {
        CalendarLayer.ForNotice(Notice2027).Build().Name.Should().Be("国务院办公厅关于2027年部分节假日安排的通知 (illustrative) (示例〔2026〕1号)");
        CalendarLayer.ForNotice(Notice2027).Build().Notice.Should().BeSameAs(Notice2027);

        var unnumbered = HolidayNotice.Create(2027, "2027 notice", null, "https://example.invalid/2027");
        CalendarLayer.ForNotice(unnumbered).Build().Name.Should().Be("2027 notice");
    }

    [Fact]
    public void A_holiday_run_gives_statutory_days_weekend_days_and_adjusted_rest_days_their_kinds_and_the_notice()
    {
        // The illustrative Spring Festival 2027: Friday 02-05 to Saturday 02-13, four statutory days, two make-up days.
        var layer = IllustrativeNotice2027.Layer().Build();

        var kinds = layer.Entries.Where(e => e.Holiday == HolidayName.SpringFestival).ToDictionary(e => e.Date, e => e.Kind);
        kinds.Should().Equal(new Dictionary<LocalDate, DayKind>
        {
            [D("2027-01-31")] = DayKind.MakeupWorkday,
            [D("2027-02-05")] = DayKind.StatutoryHoliday,
            [D("2027-02-06")] = DayKind.StatutoryHoliday,
            [D("2027-02-07")] = DayKind.StatutoryHoliday,
            [D("2027-02-08")] = DayKind.StatutoryHoliday,
            [D("2027-02-09")] = DayKind.AdjustedRestDay,
            [D("2027-02-10")] = DayKind.AdjustedRestDay,
            [D("2027-02-11")] = DayKind.AdjustedRestDay,
            [D("2027-02-12")] = DayKind.AdjustedRestDay,
            [D("2027-02-13")] = DayKind.Weekend,
            [D("2027-02-20")] = DayKind.MakeupWorkday,
        });
        layer.Entries.Should().AllSatisfy(e => e.Notice.Should().BeSameAs(Notice2027));
        layer.Entries.Select(e => e.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_make_up_day_named_twice_is_one_entry()
    {
        var layer = CalendarLayer.CreateBuilder("city")
            .HolidayRun(HolidayName.NationalDay, new DateInterval(D("2026-10-01"), D("2026-10-07")), [D("2026-10-01")], [D("2026-10-10"), D("2026-09-20"), D("2026-10-10")])
            .Build();

        layer.Entries.Where(e => e.Kind == DayKind.MakeupWorkday).Select(e => e.Date).Should().Equal(D("2026-09-20"), D("2026-10-10"));
        layer.Entries.Should().HaveCount(9);
    }

    [Fact]
    public void A_run_with_several_statutory_days_outside_it_names_the_earliest_and_the_run()
    {
        var act = () => CalendarLayer.CreateBuilder("city")
            .HolidayRun(HolidayName.NationalDay, new DateInterval(D("2026-10-01"), D("2026-10-07")), [D("2026-10-09"), D("2026-10-01"), D("2026-09-30")]);

        act.Should().Throw<CalendarEntryException>().WithMessage(
            "Layer 'city': the statutory day 2026-09-30 of 国庆节 lies outside its run 2026-10-01..2026-10-07; every statutory day is a day of the run.");
    }

    [Fact]
    public void A_run_with_several_make_up_days_inside_it_names_the_earliest_and_the_run()
    {
        var act = () => CalendarLayer.CreateBuilder("city")
            .HolidayRun(HolidayName.NationalDay, new DateInterval(D("2026-10-01"), D("2026-10-07")), [D("2026-10-01")], [D("2026-10-10"), D("2026-10-04"), D("2026-10-03")]);

        act.Should().Throw<CalendarEntryException>().WithMessage(
            "Layer 'city': the make-up working day 2026-10-03 of 国庆节 lies inside its own run 2026-10-01..2026-10-07; a day cannot be both off and worked.");
    }

    [Fact]
    public void A_run_may_start_and_end_on_its_statutory_days_and_have_make_up_days_right_next_to_it()
    {
        // 2026 National Day: 10-01..10-07, make-up Sunday 09-20 and Saturday 10-10; here the edges are stretched to touch.
        var layer = CalendarLayer.CreateBuilder("city")
            .HolidayRun(HolidayName.NationalDay, new DateInterval(D("2026-10-04"), D("2026-10-09")), [D("2026-10-04"), D("2026-10-09")], [D("2026-10-03"), D("2026-10-10")])
            .Build();

        layer.Entries[0].Should().Be(CalendarEntry.Create(D("2026-10-03"), DayKind.MakeupWorkday, HolidayName.NationalDay));
        layer.Entries[^1].Should().Be(CalendarEntry.Create(D("2026-10-10"), DayKind.MakeupWorkday, HolidayName.NationalDay));
        layer.Entries.Single(e => e.Date == D("2026-10-09")).Kind.Should().Be(DayKind.StatutoryHoliday);
    }

    [Fact]
    public void A_holiday_run_needs_its_holiday_its_days_and_its_statutory_days_in_the_ISO_calendar()
    {
        var layer = CalendarLayer.CreateBuilder("city");
        var run = new DateInterval(D("2026-10-01"), D("2026-10-07"));

        layer.Invoking(l => l.HolidayRun(null!, run, [])).Should().Throw<ArgumentNullException>().WithParameterName("holiday");
        layer.Invoking(l => l.HolidayRun(HolidayName.NationalDay, null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("daysOff");
        layer.Invoking(l => l.HolidayRun(HolidayName.NationalDay, run, null!)).Should().Throw<ArgumentNullException>().WithParameterName("statutoryDays");
        var julian = new DateInterval(new LocalDate(2026, 10, 1, CalendarSystem.Julian), new LocalDate(2026, 10, 7, CalendarSystem.Julian));
        layer.Invoking(l => l.HolidayRun(HolidayName.NationalDay, julian, [])).Should().Throw<ArgumentException>().WithParameterName("daysOff");
        layer.Build().Entries.Should().BeEmpty();
    }

    [Fact]
    public void A_run_reaching_past_the_notices_year_is_refused_and_leaves_the_layer_as_it_was()
    {
        var layer = CalendarLayer.ForNotice(Notice2027).HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-01-01"), D("2027-01-03")), [D("2027-01-01")]);

        layer.Invoking(l => l.HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-12-31"), D("2028-01-02")), [D("2028-01-01")]))
            .Should().Throw<CalendarEntryException>().WithMessage(
                "Layer '国务院办公厅关于2027年部分节假日安排的通知 (illustrative) (示例〔2026〕1号)': 2028-01-01 is not in the year the notice arranges (2027, or the December before it). " +
                "Put another year's days in that year's notice.");
        layer.Invoking(l => l.HolidayRun(HolidayName.NationalDay, new DateInterval(D("2027-10-01"), D("2027-10-07")), [D("2027-10-01")], [D("2028-01-08")]))
            .Should().Throw<CalendarEntryException>().WithMessage("*2028-01-08 is not in the year the notice arranges*");
        layer.Build().Entries.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("2026-12-01", true)] // the first day of the December before
    [InlineData("2027-12-31", true)] // the last day of the notice's year
    [InlineData("2026-11-30", false)]
    [InlineData("2028-01-01", false)]
    public void A_notice_reaches_from_the_December_before_its_year_to_the_end_of_its_year(string date, bool accepted)
    {
        var adders = new Func<CalendarLayerBuilder, CalendarLayerBuilder>[]
        {
            l => l.DayOff(D(date), HolidayName.NewYear),
            l => l.WorkingDay(D(date)),
            l => l.Holiday(D(date), HolidayName.NewYear),
            l => l.DaysOff(new DateInterval(D(date), D(date)), HolidayName.NewYear),
            l => l.Add(CalendarEntry.DayOff(D(date))),
        };

        foreach (var add in adders)
        {
            var layer = CalendarLayer.ForNotice(Notice2027);
            var act = () => add(layer);
            if (accepted)
            {
                act.Should().NotThrow();
                layer.Build().Entries.Should().ContainSingle().Which.Date.Should().Be(D(date));
            }
            else
            {
                act.Should().Throw<CalendarEntryException>().WithMessage($"*{date}*(2027, or the December before it)*");
                layer.Build().Entries.Should().BeEmpty();
            }
        }
    }

    [Fact]
    public void An_ordinary_layer_may_set_days_of_any_year()
    {
        var layer = CalendarLayer.CreateBuilder("city").DayOff(D("2007-01-04"), Typhoon).WorkingDay(D("2030-01-05")).Build();

        layer.Entries.Select(e => e.Date).Should().Equal(D("2007-01-04"), D("2030-01-05"));
    }

    [Fact]
    public void Days_off_over_a_span_pick_the_kind_for_each_day_and_carry_the_reason_and_the_notice()
    {
        var layer = CalendarLayer.ForNotice(Notice2027).DaysOff(new DateInterval(D("2027-09-10"), D("2027-09-13")), Typhoon).Build();

        layer.Entries.Should().Equal(
            CalendarEntry.Create(D("2027-09-10"), DayKind.AdjustedRestDay, Typhoon, Notice2027),
            CalendarEntry.Create(D("2027-09-11"), DayKind.Weekend, Typhoon, Notice2027),
            CalendarEntry.Create(D("2027-09-12"), DayKind.Weekend, Typhoon, Notice2027),
            CalendarEntry.Create(D("2027-09-13"), DayKind.AdjustedRestDay, Typhoon, Notice2027));
    }

    [Fact]
    public void Days_off_over_a_span_reaching_past_the_notices_year_are_refused_as_a_whole()
    {
        var layer = CalendarLayer.ForNotice(Notice2027);

        layer.Invoking(l => l.DaysOff(new DateInterval(D("2027-12-30"), D("2028-01-02")), Typhoon))
            .Should().Throw<CalendarEntryException>().WithMessage("*2028-01-01*");
        layer.Build().Entries.Should().BeEmpty();
    }

    [Fact]
    public void Days_off_over_a_span_need_ISO_days()
    {
        var julian = new DateInterval(new LocalDate(2026, 10, 1, CalendarSystem.Julian), new LocalDate(2026, 10, 7, CalendarSystem.Julian));

        CalendarLayer.CreateBuilder("city").Invoking(l => l.DaysOff(julian, Typhoon)).Should().Throw<ArgumentException>().WithParameterName("days");
    }

    [Fact]
    public void Single_days_carry_their_kind_their_reason_and_the_notice()
    {
        var layer = CalendarLayer.ForNotice(Notice2027)
            .Holiday(D("2027-04-10"), HolidayName.Qingming)
            .DayOff(D("2027-04-12"), HolidayName.Qingming)
            .WorkingDay(D("2027-04-17"), HolidayName.Qingming)
            .WorkingDay(D("2027-04-19"))
            .Build();

        layer.Entries.Should().Equal(
            CalendarEntry.Create(D("2027-04-10"), DayKind.StatutoryHoliday, HolidayName.Qingming, Notice2027),
            CalendarEntry.Create(D("2027-04-12"), DayKind.AdjustedRestDay, HolidayName.Qingming, Notice2027),
            CalendarEntry.Create(D("2027-04-17"), DayKind.MakeupWorkday, HolidayName.Qingming, Notice2027),
            CalendarEntry.Create(D("2027-04-19"), DayKind.Workday, null, Notice2027));
    }

    [Fact]
    public void An_entry_added_as_it_is_keeps_its_own_notice_and_a_null_entry_is_refused()
    {
        var entry = CalendarEntry.Create(D("2027-04-10"), DayKind.StatutoryHoliday, HolidayName.Qingming);
        var layer = CalendarLayer.ForNotice(Notice2027);

        layer.Invoking(l => l.Add(null!)).Should().Throw<ArgumentNullException>().WithParameterName("entry");
        layer.Add(entry).Build().Entries.Should().ContainSingle().Which.Should().BeSameAs(entry);
    }
}
