using System.Text.Json;
using Hotline.Domain.Calendars;
using Xunit.Abstractions;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// Checks every day 2007–2026 against the transcribed notices in holiday-cn's JSON shape, where that reference
/// folder is beside the repository (as in the maintainers' and CI's workspace: ../shared/reference/holiday-cn),
/// or where HOTLINE_HOLIDAY_CN points. The project commits none of those files.
/// </summary>
public class MainlandReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_covered_day_agrees_with_the_transcribed_notices_when_the_reference_is_available()
    {
        var folder = FindReference();
        if (folder is null)
        {
            output.WriteLine("holiday-cn reference not found beside the repository: nothing to compare (set HOTLINE_HOLIDAY_CN to its folder).");
            return;
        }

        var calendar = ChinaCalendars.Mainland;
        var listed = new Dictionary<LocalDate, bool>();
        for (var year = 2007; year <= 2026; year++)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"{year}.json")));
            foreach (var day in json.RootElement.GetProperty("days").EnumerateArray())
            {
                var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value;
                listed[date] = !day.GetProperty("isOffDay").GetBoolean();
            }
        }

        var mismatches = new List<string>();
        foreach (var date in calendar.Coverage)
        {
            // A day the reference does not list follows the weekday rule (it leaves out weekends inside runs).
            var expected = listed.TryGetValue(date, out var working)
                ? working
                : date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            if (calendar.IsWorkingDay(date) != expected)
            {
                mismatches.Add($"{date:uuuu-MM-dd}: expected {(expected ? "working" : "off")}, got {calendar.Classify(date)}");
            }
        }

        output.WriteLine($"compared {calendar.Coverage.Length} days against {folder}");
        mismatches.Should().BeEmpty();
    }

    private static string? FindReference()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("HOTLINE_HOLIDAY_CN");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "holiday-cn");
            if (File.Exists(Path.Combine(candidate, "2026.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
