using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Calendars.OfficeHours;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// Windows over local times a zone skips or reads twice: a window opens at the first instant the wall clock reads its
/// start (or later) and closes at the first instant it reads its end. Each zone gets a calendar of every day, so that
/// the Sunday transitions are working days.
/// </summary>
public class WorkingHoursZoneTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone Santiago = DateTimeZoneProviders.Tzdb["America/Santiago"];
    private static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
    private static readonly DateTimeZone Apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];

    [Fact]
    public void London_s_spring_gap_shortens_a_window_across_it()
    {
        // 2025-03-30: at 01:00 GMT the clocks go to 02:00 BST.
        var hours = Daily(London, 2025, W("00:30", "03:00"));

        hours.WorkingTimeBetween(Local(London, "2025-03-30", "00:00"), Local(London, "2025-03-31", "00:00")).Should().Be(Duration.FromMinutes(90));
        hours.WorkingTimeBetween(Local(London, "2025-03-29", "00:00"), Local(London, "2025-03-30", "00:00")).Should().Be(Duration.FromMinutes(150));
        hours.AddWorkingTime(Local(London, "2025-03-30", "00:30"), Duration.FromMinutes(30)).Should().Be(Local(London, "2025-03-30", "02:00"));
        hours.AddWorkingTime(Local(London, "2025-03-30", "00:30"), Duration.FromMinutes(90)).Should().Be(Local(London, "2025-03-30", "03:00"));
        hours.IsWorkingTime(Local(London, "2025-03-30", "02:30")).Should().BeTrue();
    }

    [Fact]
    public void A_window_inside_a_gap_has_no_time_and_one_across_its_end_opens_at_the_jump()
    {
        // The wall clock reads 02:00 BST, inside 01:50–02:30, at 01:00 UTC: the office is open from then on.
        var hours = Daily(London, 2025, W("01:15", "01:45"), W("01:50", "02:30"));

        hours.WorkingTimeBetween(Local(London, "2025-03-30", "00:00"), Local(London, "2025-03-31", "00:00")).Should().Be(Duration.FromMinutes(30));
        hours.WorkingTimeBetween(Local(London, "2025-03-31", "00:00"), Local(London, "2025-04-01", "00:00")).Should().Be(Duration.FromMinutes(70));
        hours.AddWorkingTime(Local(London, "2025-03-29", "02:30"), Duration.FromMinutes(1)).Should().Be(Local(London, "2025-03-30", "02:01"));
        hours.IsWorkingTime(Local(London, "2025-03-30", "02:10")).Should().BeTrue();
        hours.WindowsOn(D("2025-03-30")).Should().Equal(W("01:15", "01:45"), W("01:50", "02:30"));
    }

    [Fact]
    public void London_s_repeated_hour_is_worked_twice_inside_a_window_and_once_at_its_edges()
    {
        // 2025-10-26: at 02:00 BST the clocks go back to 01:00 GMT, so 01:00–02:00 is read twice.
        var across = Daily(London, 2025, W("00:30", "03:00"));
        var inside = Daily(London, 2025, W("01:15", "01:45"));
        var firstReading = Instant.FromUtc(2025, 10, 26, 0, 30);   // 01:30 BST
        var secondReading = Instant.FromUtc(2025, 10, 26, 1, 30);  // 01:30 GMT

        across.WorkingTimeBetween(Local(London, "2025-10-26", "00:00"), Local(London, "2025-10-27", "00:00")).Should().Be(Duration.FromMinutes(210));
        inside.WorkingTimeBetween(Local(London, "2025-10-26", "00:00"), Local(London, "2025-10-27", "00:00")).Should().Be(Duration.FromMinutes(30));
        inside.IsWorkingTime(firstReading).Should().BeTrue();
        inside.IsWorkingTime(secondReading).Should().BeFalse();
        across.IsWorkingTime(secondReading).Should().BeTrue();
        inside.AddWorkingTime(firstReading, Duration.FromMinutes(15)).Should().Be(Instant.FromUtc(2025, 10, 26, 0, 45));
    }

    [Fact]
    public void Santiago_s_skipped_midnight_opens_a_midnight_window_at_one()
    {
        // 2025-09-07: midnight (−04) becomes 01:00 (−03); 00:00–01:00 never happens.
        var hours = Daily(Santiago, 2025, W("00:00", "08:00"));

        hours.WorkingTimeBetween(Instant.FromUtc(2025, 9, 7, 0, 0), Instant.FromUtc(2025, 9, 8, 0, 0)).Should().Be(Duration.FromHours(7));
        hours.AddWorkingTime(Local(Santiago, "2025-09-06", "23:30"), Duration.FromHours(1)).Should().Be(Local(Santiago, "2025-09-07", "02:00"));
        hours.IsWorkingTime(Instant.FromUtc(2025, 9, 7, 4, 0)).Should().BeTrue("01:00 −03 is the first moment of the Sunday");
    }

    [Fact]
    public void Santiago_s_repeated_hour_closes_a_window_at_its_first_reading_of_the_end()
    {
        // 2025-04-05: at 24:00 (−03) the clocks go back to 23:00 (−04); the Saturday's 23:00–24:00 is read twice.
        var hours = Daily(Santiago, 2025, W("22:00", "23:59:59.999999999"));

        hours.WorkingTimeBetween(Instant.FromUtc(2025, 4, 5, 12, 0), Instant.FromUtc(2025, 4, 6, 12, 0)).Should().Be(Duration.FromHours(2) - Duration.Epsilon);
        hours.IsWorkingTime(Instant.FromUtc(2025, 4, 6, 2, 30)).Should().BeTrue("23:30 −03, the first reading");
        hours.IsWorkingTime(Instant.FromUtc(2025, 4, 6, 3, 30)).Should().BeFalse("23:30 −04, the second reading, after the window closed");
    }

    [Fact]
    public void Sao_Paulo_s_skipped_midnight_shortens_a_midnight_window()
    {
        // 2018-11-04: midnight (−03) became 01:00 (−02).
        var hours = Daily(SaoPaulo, 2018, W("00:00", "02:00"));

        hours.WorkingTimeBetween(Instant.FromUtc(2018, 11, 4, 0, 0), Instant.FromUtc(2018, 11, 5, 0, 0)).Should().Be(Duration.FromHours(1));
        hours.AddWorkingTime(Local(SaoPaulo, "2018-11-03", "12:00"), Duration.FromMinutes(1)).Should().Be(Local(SaoPaulo, "2018-11-04", "01:01"));
    }

    [Fact]
    public void A_day_the_zone_skipped_has_no_working_time()
    {
        // Samoa crossed the date line: Thursday 2011-12-29 24:00 was followed by Saturday 2011-12-31 00:00.
        var samoa = WorkingDayCalendar.FromEntries("Samoa", new DateInterval(D("2011-12-01"), D("2012-01-31")), []);
        var hours = WorkingHours.Create("Apia", samoa, Apia).Season(new AnnualDate(1, 1), W("08:00", "12:00"), W("13:00", "17:00")).Build();

        hours.WindowsOn(D("2011-12-30")).Should().HaveCount(2, "the calendar calls the Friday a working day; the zone never had it");
        hours.WorkingTimeBetween(Local(Apia, "2011-12-29", "00:00"), Local(Apia, "2011-12-31", "00:00")).Should().Be(Duration.FromHours(8));
        hours.AddWorkingTime(Local(Apia, "2011-12-29", "16:00"), Duration.FromHours(2)).Should().Be(Local(Apia, "2012-01-02", "09:00"));
        hours.IsWorkingTime(Local(Apia, "2011-12-31", "09:00")).Should().BeFalse();
    }

    private static WorkingHours Daily(DateTimeZone zone, int year, params TimeWindow[] windows) =>
        WorkingHours.Create(zone.Id, EveryDay(zone.Id, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))), zone)
            .Season(new AnnualDate(1, 1), windows)
            .Build();
}
