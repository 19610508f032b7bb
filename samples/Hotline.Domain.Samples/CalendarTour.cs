using System.Text.Json;
using Hotline.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Samples;

/// <summary>Section 1: China's working-day calendar.</summary>
internal static class CalendarTour
{
    // The shape of one holiday-cn file ({ "year", "papers", "days": [{ "name", "date", "isOffDay" }] }).
    // Illustrative only: a made-up draft for 2027, since the real notice is not out yet.
    private const string DraftJson = """
        {
          "year": 2027,
          "papers": ["https://example.invalid/our-2027-draft"],
          "days": [
            { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
            { "name": "春节", "date": "2027-02-06", "isOffDay": false },
            { "name": "春节", "date": "2027-02-08", "isOffDay": true }
          ]
        }
        """;

    public static void Run(string? holidayCnPath)
    {
        var china = ChinaCalendars.Mainland;
        Console.WriteLine($"1. {china} — data version {ChinaCalendars.MainlandDataVersion}, {ChinaCalendars.MainlandNotices.Count} notices");

        foreach (var date in new[] { new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 10) })
        {
            var day = china.Classify(date);
            Console.WriteLine($"   {date:uuuu-MM-dd ddd}  {day.Kind.ChineseName,-6} {day.Holiday?.Chinese}  {day.Notice?.DocumentNumber}");
        }

        var eve = new LocalDate(2026, 9, 30);
        Console.WriteLine($"   2 working days after {eve:uuuu-MM-dd}: {china.AddWorkingDays(eve, 2):uuuu-MM-dd}");
        Console.WriteLine($"   Saturday 2026-10-03 + 1 working day: {china.AddWorkingDays(new LocalDate(2026, 10, 3), 1):uuuu-MM-dd}");
        Console.WriteLine($"   Working days in 2026: {china.CountWorkingDays(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)))}");

        try
        {
            china.AddWorkingDays(new LocalDate(2026, 12, 30), 5);
        }
        catch (CalendarCoverageException e)
        {
            Console.WriteLine($"   Beyond coverage: {e.Message}");
        }

        var provisional = china.AddWorkingDays(new LocalDate(2026, 12, 30), 5, BeyondCoverage.AssumeWeekdays);
        Console.WriteLine($"   Opting in: {provisional}");

        // 1b. Your own data, in your own code: the library reads no files and parses no JSON.
        var json = holidayCnPath is null ? DraftJson : File.ReadAllText(holidayCnPath);
        var own = LoadHolidayCn(json);
        Console.WriteLine($"1b. {own} from {(holidayCnPath ?? "the inline draft")}: {own.Entries.Count} entries, " +
                          $"first working day of the year {own.NextOrSameWorkingDay(own.Coverage.Start):uuuu-MM-dd}");

        // 1c. A regional layer on top of the national calendar.
        var sanyuesan = HolidayName.Create("三月三", "Sanyuesan Festival");
        var guangxi = WorkingDayCalendarBuilder.DerivedFrom(china)
            .Named("China (Guangxi, illustrative)")
            .AddLayer(CalendarLayer.Named("广西壮族自治区").Holiday(new LocalDate(2026, 4, 19), sanyuesan).DayOff(new LocalDate(2026, 4, 20), sanyuesan))
            .Build();
        Console.WriteLine($"1c. {guangxi.Name}: 2026-04-17 + 1 working day = {guangxi.AddWorkingDays(new LocalDate(2026, 4, 17), 1):uuuu-MM-dd} " +
                          $"(nationally {china.AddWorkingDays(new LocalDate(2026, 4, 17), 1):uuuu-MM-dd})");
        Console.WriteLine();
    }

    /// <summary>Builds a calendar for one year from a holiday-cn style JSON document.</summary>
    private static WorkingDayCalendar LoadHolidayCn(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var year = root.GetProperty("year").GetInt32();
        var papers = root.GetProperty("papers").EnumerateArray().Select(p => p.GetString()!).ToList();
        var notice = papers.Count == 0 ? null : HolidayNotice.Create(year, $"{year} holiday notice", null, papers[0]);
        var entries = root.GetProperty("days").EnumerateArray().Select(day =>
        {
            var date = LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value;
            var name = day.GetProperty("name").GetString()!;
            var holiday = HolidayName.Create(name, name);
            return day.GetProperty("isOffDay").GetBoolean()
                ? CalendarEntry.DayOff(date, holiday, notice)
                : CalendarEntry.WorkingDay(date, holiday, notice);
        });

        // A notice can reach into the previous December: cover from there to the year's end.
        var listed = root.GetProperty("days").EnumerateArray().Select(d => LocalDatePattern.Iso.Parse(d.GetProperty("date").GetString()!).Value).ToList();
        var start = listed.Count == 0 ? new LocalDate(year, 1, 1) : LocalDate.Min(listed.Min(), new LocalDate(year, 1, 1));
        return WorkingDayCalendar.FromEntries($"holiday-cn {year}", new DateInterval(start, new LocalDate(year, 12, 31)), entries);
    }
}
