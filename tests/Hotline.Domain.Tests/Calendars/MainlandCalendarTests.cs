using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

public class MainlandCalendarTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;

    [Theory]
    [InlineData(2007, 249)]
    [InlineData(2008, 251)]
    [InlineData(2009, 250)]
    [InlineData(2010, 250)]
    [InlineData(2011, 250)]
    [InlineData(2012, 249)]
    [InlineData(2013, 250)]
    [InlineData(2014, 250)]
    [InlineData(2015, 249)]
    [InlineData(2016, 250)]
    [InlineData(2017, 249)]
    [InlineData(2018, 250)]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Each_notice_year_has_its_official_number_of_working_days(int year, int workingDays)
    {
        China.CountWorkingDays(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))).Should().Be(workingDays);
    }

    [Theory]
    // 2026 (国办发明电〔2025〕7号): every run and every make-up day.
    [InlineData("2026-01-01", "2026-01-03", "2026-01-04")]
    [InlineData("2026-02-15", "2026-02-23", "2026-02-14 2026-02-28")]
    [InlineData("2026-04-04", "2026-04-06", "")]
    [InlineData("2026-05-01", "2026-05-05", "2026-05-09")]
    [InlineData("2026-06-19", "2026-06-21", "")]
    [InlineData("2026-09-25", "2026-09-27", "2026-09-20")]
    [InlineData("2026-10-01", "2026-10-07", "2026-10-10")]
    // 2025 (国办发明电〔2024〕12号).
    [InlineData("2025-01-01", "2025-01-01", "")]
    [InlineData("2025-01-28", "2025-02-04", "2025-01-26 2025-02-08")]
    [InlineData("2025-04-04", "2025-04-06", "")]
    [InlineData("2025-05-01", "2025-05-05", "2025-04-27")]
    [InlineData("2025-05-31", "2025-06-02", "")]
    [InlineData("2025-10-01", "2025-10-08", "2025-09-28 2025-10-11")]
    // 2024 (国办发明电〔2023〕7号).
    [InlineData("2024-01-01", "2024-01-01", "")]
    [InlineData("2024-02-10", "2024-02-17", "2024-02-04 2024-02-18")]
    [InlineData("2024-04-04", "2024-04-06", "2024-04-07")]
    [InlineData("2024-05-01", "2024-05-05", "2024-04-28 2024-05-11")]
    [InlineData("2024-06-10", "2024-06-10", "")]
    [InlineData("2024-09-15", "2024-09-17", "2024-09-14")]
    [InlineData("2024-10-01", "2024-10-07", "2024-09-29 2024-10-12")]
    // Earlier years, one run each with its make-up days.
    [InlineData("2007-05-01", "2007-05-07", "2007-04-28 2007-04-29")]
    [InlineData("2008-02-06", "2008-02-12", "2008-02-02 2008-02-03")]
    [InlineData("2012-09-30", "2012-10-07", "2012-09-29")]
    [InlineData("2017-10-01", "2017-10-08", "2017-09-30")]
    [InlineData("2023-09-29", "2023-10-06", "2023-10-07 2023-10-08")]
    public void Holiday_runs_are_days_off_and_their_makeup_days_are_working_days(string first, string last, string makeupDays)
    {
        var run = new DateInterval(D(first), D(last));
        run.Should().OnlyContain(day => !China.IsWorkingDay(day));
        China.IsWorkingDay(D(first).PlusDays(-1)).Should().Be(!IsWeekend(D(first).PlusDays(-1)) || makeupDays.Contains(D(first).PlusDays(-1).ToString("uuuu-MM-dd", null)));
        foreach (var makeup in makeupDays.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(D))
        {
            IsWeekend(makeup).Should().BeTrue();
            China.Classify(makeup).Kind.Should().Be(DayKind.MakeupWorkday);
        }
    }

    [Fact]
    public void The_2019_notice_makes_Saturday_2018_12_29_a_working_day_and_gives_the_30th_and_31st_off()
    {
        var saturday = China.Classify(D("2018-12-29"));
        saturday.Kind.Should().Be(DayKind.MakeupWorkday);
        saturday.Holiday.Should().Be(HolidayName.NewYear);
        saturday.Notice!.Year.Should().Be(2019);
        China.Classify(D("2018-12-30")).Kind.Should().Be(DayKind.Weekend);
        China.Classify(D("2018-12-31")).Kind.Should().Be(DayKind.AdjustedRestDay);
        China.Classify(D("2019-01-01")).Kind.Should().Be(DayKind.StatutoryHoliday);
    }

    [Fact]
    public void The_2020_extension_keeps_Spring_Festival_off_until_2_February_and_cancels_the_1_February_makeup_day()
    {
        China.IsWorkingDay(D("2020-01-31")).Should().BeFalse();
        China.IsWorkingDay(D("2020-02-01")).Should().BeFalse();
        China.IsWorkingDay(D("2020-02-02")).Should().BeFalse();
        China.IsWorkingDay(D("2020-02-03")).Should().BeTrue();
        China.IsWorkingDay(D("2020-01-19")).Should().BeTrue("the original notice's make-up Sunday stands");
        var friday = China.Classify(D("2020-01-31"));
        friday.Kind.Should().Be(DayKind.AdjustedRestDay);
        friday.Notice!.DocumentNumber.Should().Be("国办发明电〔2020〕1号");
        China.Classify(D("2020-01-25")).Kind.Should().Be(DayKind.StatutoryHoliday);
    }

    [Fact]
    public void Victory_Day_2015_gives_3_and_4_September_off_and_makes_Sunday_6_September_a_working_day()
    {
        China.Classify(D("2015-09-03")).Kind.Should().Be(DayKind.StatutoryHoliday);
        China.Classify(D("2015-09-03")).Holiday.Should().Be(HolidayName.VictoryDay70);
        China.Classify(D("2015-09-04")).Kind.Should().Be(DayKind.AdjustedRestDay);
        China.Classify(D("2015-09-06")).Kind.Should().Be(DayKind.MakeupWorkday);
        China.Classify(D("2015-09-06")).Notice!.Title.Should().Contain("70周年");
    }

    [Fact]
    public void The_2019_amendment_extends_May_Day_to_four_days_with_two_makeup_Sundays()
    {
        new DateInterval(D("2019-05-01"), D("2019-05-04")).Should().OnlyContain(d => !China.IsWorkingDay(d));
        China.Classify(D("2019-04-28")).Kind.Should().Be(DayKind.MakeupWorkday);
        China.Classify(D("2019-05-05")).Kind.Should().Be(DayKind.MakeupWorkday);
        China.Classify(D("2019-05-02")).Notice!.Title.Should().Contain("调整2019年劳动节");
    }

    [Theory]
    [InlineData("2026-02-16", "StatutoryHoliday", "春节")] // Spring Festival eve, statutory since 2025
    [InlineData("2026-02-20", "AdjustedRestDay", "春节")]
    [InlineData("2026-02-21", "Weekend", "春节")] // a Saturday inside the run stays a weekend day
    [InlineData("2026-05-02", "StatutoryHoliday", "劳动节")] // the second Labour Day, statutory since 2025
    [InlineData("2024-05-02", "AdjustedRestDay", "劳动节")]
    [InlineData("2024-02-09", "Workday", null)] // eve not statutory 2014–2024 (the notice only encourages rest)
    [InlineData("2026-04-05", "StatutoryHoliday", "清明节")] // Qingming on a Sunday...
    [InlineData("2026-04-06", "AdjustedRestDay", "清明节")] // ...is given on Monday
    [InlineData("2026-11-30", "Workday", null)]
    [InlineData("2026-11-29", "Weekend", null)]
    public void Classify_names_the_kind_and_the_holiday(string date, string kind, string? holiday)
    {
        var day = China.Classify(D(date));
        day.Kind.Should().Be(DayKind.FromName(kind));
        day.Holiday?.Chinese.Should().Be(holiday);
        if (holiday is null)
        {
            day.Holiday.Should().BeNull();
            day.Notice.Should().BeNull();
        }
        else
        {
            day.Notice.Should().NotBeNull();
        }
    }

    [Fact]
    public void Notices_carry_their_document_number_and_url()
    {
        var notice = China.Classify(D("2026-10-01")).Notice!;
        notice.DocumentNumber.Should().Be("国办发明电〔2025〕7号");
        notice.Url.Should().StartWith("https://www.gov.cn/");
        notice.Year.Should().Be(2026);
        ChinaCalendars.MainlandNotices.Should().HaveCount(23);
    }

    [Theory]
    [InlineData("2015-09-03", "国发明电〔2015〕1号")]
    [InlineData("2015-10-01", "国办发明电〔2014〕28号")]
    [InlineData("2019-05-03", "国办发明电〔2019〕3号")]
    [InlineData("2018-12-31", "国办发明电〔2018〕15号")]
    [InlineData("2020-02-01", "国办发明电〔2020〕1号")]
    [InlineData("2020-01-19", "国办发明电〔2019〕16号")]
    [InlineData("2007-12-31", "国办发明电〔2007〕52号")]
    [InlineData("2007-10-01", null)]
    public void Each_day_is_traced_to_the_notice_that_last_set_it(string date, string? documentNumber)
    {
        China.Classify(D(date)).Notice!.DocumentNumber.Should().Be(documentNumber);
    }

    [Fact]
    public void Coverage_is_2007_to_2026()
    {
        China.Coverage.Equals(new DateInterval(D("2007-01-01"), D("2026-12-31"))).Should().BeTrue();
        ChinaCalendars.MainlandDataVersion.Should().StartWith("2026.");
    }

    private static bool IsWeekend(LocalDate d) => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
