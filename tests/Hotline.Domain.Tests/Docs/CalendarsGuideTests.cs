using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of docs/calendars.md, verbatim where possible, with the values its comments promise.</summary>
public class CalendarsGuideTests
{
    [Fact]
    public void The_mainland_calendar()
    {
        var china = ChinaCalendars.Mainland;
        (china.Coverage.Start, china.Coverage.End).Should().Be((new LocalDate(2007, 1, 1), new LocalDate(2026, 12, 31)));

        china.IsWorkingDay(new LocalDate(2026, 10, 10)).Should().BeTrue();
        var day = china.Classify(new LocalDate(2026, 2, 16));
        day.Kind.Should().Be(DayKind.StatutoryHoliday);
        day.Holiday.Should().Be(HolidayName.SpringFestival);
        day.Notice!.DocumentNumber.Should().Be("国办发明电〔2025〕7号");

        china.AddWorkingDays(new LocalDate(2026, 9, 30), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.AddWorkingDays(new LocalDate(2026, 10, 3), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.AddWorkingDays(new LocalDate(2026, 10, 8), -1).Should().Be(new LocalDate(2026, 9, 30));
        china.WorkingDaysBetween(new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 8)).Should().Be(1);
        china.CountWorkingDays(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))).Should().Be(248);
        new LocalDate(2026, 10, 1).With(china.NextWorkingDayAdjuster).Should().Be(new LocalDate(2026, 10, 8));
        china.Adjust(new LocalDate(2026, 5, 31), BusinessDayConvention.ModifiedFollowing).Should().Be(new LocalDate(2026, 5, 29));
    }

    [Fact]
    public void Coverage_never_a_silent_guess()
    {
        var china = ChinaCalendars.Mainland;
        var due = china.AddWorkingDays(new LocalDate(2026, 12, 30), 5, BeyondCoverage.AssumeWeekdays);
        due.Value.Should().Be(new LocalDate(2027, 1, 6));
        due.IsProvisional.Should().BeTrue();
        china.Invoking(c => c.AddWorkingDays(new LocalDate(2026, 12, 30), 5)).Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void Layers()
    {
        var sanyuesan = HolidayName.Create("三月三", "Sanyuesan Festival");
        var guangxi = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .Named("China (Guangxi)")
            .AddLayer(CalendarLayer.CreateBuilder("广西壮族自治区")
                .Holiday(new LocalDate(2026, 4, 19), sanyuesan)
                .DayOff(new LocalDate(2026, 4, 20), sanyuesan))
            .AddLayer(CalendarLayer.CreateBuilder("city emergency")
                .DaysOff(new DateInterval(new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 15)), HolidayName.Create("台风停工", "Typhoon closure")))
            .Build();

        guangxi.IsWorkingDay(new LocalDate(2026, 4, 20)).Should().BeFalse();
        guangxi.IsWorkingDay(new LocalDate(2026, 9, 15)).Should().BeFalse();
        ChinaCalendars.Mainland.IsWorkingDay(new LocalDate(2026, 4, 20)).Should().BeTrue();
    }

    [Fact]
    public void Next_years_notice_the_day_it_is_published()
    {
        var notice = HolidayNotice.Create(2027, "国务院办公厅关于2027年部分节假日安排的通知",
            "示例〔2026〕1号", "https://example.invalid/notice-2027");
        var china2027 = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .ExtendCoverageTo(new LocalDate(2027, 12, 31))
            .AddLayer(CalendarLayer.ForNotice(notice)
                .HolidayRun(HolidayName.NewYear,
                    new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 3)),
                    statutoryDays: [new LocalDate(2027, 1, 1)])
                .HolidayRun(HolidayName.SpringFestival,
                    new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 13)),
                    statutoryDays: [new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 6), new LocalDate(2027, 2, 7), new LocalDate(2027, 2, 8)],
                    makeupWorkdays: [new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 20)]))
            .Build();
        china2027.Classify(new LocalDate(2027, 1, 1)).Notice.Should().BeSameAs(notice);

        var baoji2027 = HandlingPolicy.Baoji2019.ToBuilder().OnCalendar(china2027).Build();
        var deadline = baoji2027.DeadlineFor(TicketCategory.Complaint, Complexity.General,
            new LocalDateTime(2026, 12, 24, 10, 0).InZoneStrictly(baoji2027.Zone).ToInstant());
        deadline.DueDate.Should().Be(new LocalDate(2027, 1, 8));
        deadline.IsProvisional.Should().BeFalse();
    }

    [Fact]
    public void Office_hours()
    {
        var hours = WorkingHours.Create("夏令/冬令作息", ChinaCalendars.Mainland, DateTimeZoneProviders.Tzdb["Asia/Shanghai"])
            .Season(new AnnualDate(5, 1), new TimeWindow(new LocalTime(8, 30), new LocalTime(12, 0)),   // summer, from 05-01
                                          new TimeWindow(new LocalTime(14, 30), new LocalTime(18, 0)))
            .Season(new AnnualDate(10, 1), new TimeWindow(new LocalTime(8, 30), new LocalTime(12, 0)),  // winter, from 10-01
                                           new TimeWindow(new LocalTime(14, 0), new LocalTime(17, 30)))
            .Build();

        var dispatched = Instant.FromUtc(2025, 9, 30, 9, 20);                // 17:20 on the eve of National Day
        var due = hours.AddWorkingTime(dispatched, Duration.FromHours(2));   // 2025-10-09 09:50: 40 min on 09-30, 80 on 10-09
        var used = hours.WorkingTimeBetween(dispatched, due);                // 2 hours
        var open = hours.WindowsOn(new LocalDate(2025, 10, 11));             // a make-up Saturday: the winter windows

        due.Should().Be(Instant.FromUtc(2025, 10, 9, 1, 50));
        used.Should().Be(Duration.FromHours(2));
        open.Should().Equal(hours.Seasons[1].Windows);
        hours.AddWorkingTime(Instant.FromUtc(2025, 9, 30, 3, 0), Duration.FromHours(1)).Should().Be(Instant.FromUtc(2025, 9, 30, 4, 0), "11:00 + 1 h ends at 12:00");
    }

    [Fact]
    public void Office_hours_across_skipped_and_repeated_local_times()
    {
        // The London examples of the guide's bullet on zones with skipped or repeated hours.
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var sundays = WorkingDayCalendar.FromEntries("London", new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 10, 31)),
            [CalendarEntry.WorkingDay(new LocalDate(2025, 3, 30)), CalendarEntry.WorkingDay(new LocalDate(2025, 10, 26))]);
        WorkingHours Hours(int startHour, int startMinute, int endHour, int endMinute) => WorkingHours.Create("London", sundays, london)
            .Season(new AnnualDate(1, 1), new TimeWindow(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute)))
            .Build();
        Duration Day(WorkingHours hours, int month, int day) => hours.WorkingTimeBetween(
            new LocalDate(2025, month, day).AtStartOfDayInZone(london).ToInstant(), new LocalDate(2025, month, day + 1).AtStartOfDayInZone(london).ToInstant());

        Day(Hours(0, 30, 3, 0), 3, 30).Should().Be(Duration.FromMinutes(90));
        Day(Hours(1, 15, 1, 45), 3, 30).Should().Be(Duration.Zero);
        Day(Hours(1, 50, 2, 30), 3, 30).Should().Be(Duration.FromMinutes(30));
        Hours(1, 50, 2, 30).IsWorkingTime(Instant.FromUtc(2025, 3, 30, 1, 0)).Should().BeTrue("02:00 BST, the jump");
        Day(Hours(1, 15, 1, 45), 10, 26).Should().Be(Duration.FromMinutes(30));
        Hours(1, 15, 1, 45).IsWorkingTime(Instant.FromUtc(2025, 10, 26, 1, 30)).Should().BeFalse("01:30 GMT, the second reading");
        Day(Hours(0, 30, 3, 0), 10, 26).Should().Be(Duration.FromMinutes(210));
    }
}
