using System.Globalization;
using System.Text.Json;
using Hotline.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Samples;

/// <summary>Section 1: China's working-day calendar.</summary>
internal static class CalendarTour
{
    // The shape of one holiday-cn file ({ "year", "papers", "days": [{ "name", "date", "isOffDay" }] }).
    // Illustrative only: a made-up draft, not a published notice.
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
        Tour.Section(1, "Working days");

        Tour.Step("1.1", "China's official calendar",
            "A work order is due after so many working days; the State Council's yearly notice moves rest days and working days around holidays (调休).");
        Tour.Line("calendar", $"{china.Name}, {china.Coverage.Start:uuuu-MM-dd} to {china.Coverage.End:uuuu-MM-dd}, {ChinaCalendars.MainlandNotices.Count} notices, data {ChinaCalendars.MainlandDataVersion}");
        var rows = new List<string[]> { new[] { "date", "day", "kind", "holiday", "set by" } };
        foreach (var date in new[] { new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 10) })
        {
            var day = china.Classify(date);
            rows.Add(new[] { date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), date.ToString("ddd", CultureInfo.InvariantCulture), day.Kind.ChineseName, day.Holiday?.Chinese ?? "", day.Notice?.DocumentNumber ?? "" });
        }

        Tour.Table(rows.ToArray());

        Tour.Step("1.2", "Counting working days",
            "Counting starts after the given day, skips holidays and 调休 rest days, and counts make-up Saturdays.");
        var eve = new LocalDate(2026, 9, 30);
        Tour.Line("2 working days after 2026-09-30", china.AddWorkingDays(eve, 2).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Tour.Line("1 working day after Sat 2026-10-03", china.AddWorkingDays(new LocalDate(2026, 10, 3), 1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Tour.Line("working days in 2026", china.CountWorkingDays(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))));

        Tour.Step("1.3", "Beyond the published years",
            "The calendar knows only the years whose notice is out; past them it refuses to guess unless you ask for a provisional answer.");
        try
        {
            china.AddWorkingDays(new LocalDate(2026, 12, 30), 5);
        }
        catch (CalendarCoverageException e)
        {
            Tour.Line("5 working days after 2026-12-30", $"refused: {e.Date:uuuu-MM-dd} is outside {e.Coverage.Start:uuuu-MM-dd}..{e.Coverage.End:uuuu-MM-dd}");
        }

        Tour.Line("the same, provisionally", china.AddWorkingDays(new LocalDate(2026, 12, 30), 5, BeyondCoverage.AssumeWeekdays));

        Tour.Step("1.4", "Next year's notice, the day it is published",
            "Extend the coverage to the new 31 December and add the notice's holiday runs; no new library release is needed.");
        var notice2027 = HolidayNotice.Create(2027, "2027 holiday notice (illustrative draft, not the published notice)", null, "https://example.invalid/our-2027-draft");
        var china2027 = WorkingDayCalendar.CreateBuilder(china)
            .ExtendCoverageTo(new LocalDate(2027, 12, 31))
            .AddLayer(CalendarLayer.ForNotice(notice2027)
                .HolidayRun(HolidayName.NewYear, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 3)), [new LocalDate(2027, 1, 1)])
                .HolidayRun(HolidayName.SpringFestival, new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 13)),
                    [new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 6), new LocalDate(2027, 2, 7), new LocalDate(2027, 2, 8)],
                    [new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 20)]))
            .Build();
        Tour.Line("coverage now", $"{china2027.Coverage.Start:uuuu-MM-dd} to {china2027.Coverage.End:uuuu-MM-dd}");
        Tour.Line("5 working days after 2026-12-30", china2027.AddWorkingDays(new LocalDate(2026, 12, 30), 5, BeyondCoverage.AssumeWeekdays));

        Tour.Step("1.5", "Your own data",
            "The library reads no files: load a calendar in your code (here the holiday-cn JSON shape) and build it from entries.");
        var json = holidayCnPath is null ? DraftJson : File.ReadAllText(holidayCnPath);
        var own = LoadHolidayCn(json);
        Tour.Line("loaded", $"{own.Name} from {(holidayCnPath is null ? "an inline draft" : Path.GetFileName(holidayCnPath))}, {own.Entries.Count} entries");
        Tour.Line("first working day of its year", own.NextOrSameWorkingDay(own.Coverage.Start).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

        Tour.Step("1.6", "Regional holidays",
            "A region's own holiday (Guangxi's 三月三) is a layer on top of the national calendar.");
        var sanyuesan = HolidayName.Create("三月三", "Sanyuesan Festival");
        var guangxi = WorkingDayCalendar.CreateBuilder(china)
            .Named("China (Guangxi)")
            .AddLayer(CalendarLayer.CreateBuilder("广西壮族自治区").Holiday(new LocalDate(2026, 4, 19), sanyuesan).DayOff(new LocalDate(2026, 4, 20), sanyuesan))
            .Build();
        Tour.Line("1 working day after 2026-04-17", $"{guangxi.AddWorkingDays(new LocalDate(2026, 4, 17), 1):uuuu-MM-dd} in Guangxi, {china.AddWorkingDays(new LocalDate(2026, 4, 17), 1):uuuu-MM-dd} nationally");
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
