using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// How the transcribed notices become entries: each day of a run gets its kind, later notices override earlier ones,
/// days outside the coverage are left out, and a run whose statutory day lies outside it is refused as bad data.
/// </summary>
public class MainlandTranscriptionTests
{
    [Fact]
    public void Each_day_of_a_run_gets_its_kind_the_holiday_and_the_notice()
    {
        var entries = MainlandNotices.ToEntries(new DateInterval(D("2026-01-01"), D("2026-12-31")));
        var notice = ChinaCalendars.MainlandNotices.Single(n => n.DocumentNumber == "国办发明电〔2025〕7号");

        var nationalDay = entries.Values.Where(e => e.Holiday == HolidayName.NationalDay).OrderBy(e => e.Date).ToList();

        nationalDay.Should().Equal(
            CalendarEntry.Create(D("2026-09-20"), DayKind.MakeupWorkday, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-02"), DayKind.StatutoryHoliday, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-03"), DayKind.StatutoryHoliday, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-04"), DayKind.Weekend, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-05"), DayKind.AdjustedRestDay, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-06"), DayKind.AdjustedRestDay, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-07"), DayKind.AdjustedRestDay, HolidayName.NationalDay, notice),
            CalendarEntry.Create(D("2026-10-10"), DayKind.MakeupWorkday, HolidayName.NationalDay, notice));
    }

    [Fact]
    public void The_whole_transcription_is_what_the_mainland_calendar_holds()
    {
        var entries = MainlandNotices.ToEntries(ChinaCalendars.Mainland.Coverage);

        entries.Values.OrderBy(e => e.Date).Should().Equal(ChinaCalendars.Mainland.Entries);
    }

    [Fact]
    public void Days_outside_the_coverage_are_left_out_and_the_December_before_is_kept_when_covered()
    {
        var year2019 = MainlandNotices.ToEntries(new DateInterval(D("2019-01-01"), D("2019-12-31")));
        year2019.Keys.Should().OnlyContain(d => d.Year == 2019);
        year2019[D("2019-01-01")].Kind.Should().Be(DayKind.StatutoryHoliday);

        var december2018 = MainlandNotices.ToEntries(new DateInterval(D("2018-12-01"), D("2018-12-31")));
        december2018.Keys.Should().OnlyContain(d => d.Year == 2018 && d.Month == 12);
        december2018[D("2018-12-29")].Should().Match<CalendarEntry>(e => e.Kind == DayKind.MakeupWorkday && e.Notice!.Year == 2019);
        december2018[D("2018-12-31")].Kind.Should().Be(DayKind.AdjustedRestDay);
    }

    [Fact]
    public void A_later_notice_overrides_an_earlier_one_day_by_day()
    {
        var entries = MainlandNotices.ToEntries(new DateInterval(D("2020-01-01"), D("2020-12-31")));

        entries[D("2020-02-01")].Kind.Should().Be(DayKind.Weekend, "the extension cancelled the make-up Saturday");
        entries[D("2020-02-01")].Notice!.DocumentNumber.Should().Be("国办发明电〔2020〕1号");
        entries[D("2020-01-19")].Kind.Should().Be(DayKind.MakeupWorkday, "the extension left this make-up Sunday");
    }

    [Fact]
    public void A_run_reads_its_days_off_its_statutory_days_and_its_make_up_days()
    {
        var run = MainlandNotices.Run(HolidayName.NewYear, "2027-01-01..2027-01-03", "2027-01-01 2027-01-02", "2027-01-09");

        (run.Off == new DateInterval(D("2027-01-01"), D("2027-01-03"))).Should().BeTrue();
        run.Statutory.Should().BeEquivalentTo([D("2027-01-01"), D("2027-01-02")]);
        run.Makeup.Should().BeEquivalentTo([D("2027-01-09")]);
        MainlandNotices.Run(HolidayName.NewYear, "2027-01-01..2027-01-01", "2027-01-01", "").Makeup.Should().BeEmpty();
    }

    [Fact]
    public void A_run_whose_statutory_day_lies_outside_it_is_bad_data()
    {
        var act = () => MainlandNotices.Run(HolidayName.NewYear, "2027-01-01..2027-01-03", "2027-01-01 2027-01-04", "");

        act.Should().Throw<InvalidOperationException>().WithMessage("Calendar data: a statutory day of 元旦 2027-01-01..2027-01-03 lies outside its run.");
    }
}
