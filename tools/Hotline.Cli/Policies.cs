using System.Text.Json;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Cli;

/// <summary>
/// The policy a command runs under (<c>--policy</c>, default <c>baoji-2019</c>), on the calendar extended by
/// <c>--notice</c>: a holiday notice in the holiday-cn JSON shape (<c>{"year", "papers", "days": [{"name", "date",
/// "isOffDay"}]}</c>), loaded before the notice is in a release.
/// </summary>
internal static class Policies
{
    public static HandlingPolicy From(Arguments args, TextReaderSource files)
    {
        var name = args.Option("policy") ?? "baoji-2019";
        var policy = name switch
        {
            "baoji-2019" => HandlingPolicy.Baoji2019,
            _ => throw new UsageException($"Unknown --policy {name}; the tool knows baoji-2019 (宝鸡市 12345, 2019)."),
        };

        return args.Option("notice") is { } path ? policy.ToBuilder().OnCalendar(WithNotice(policy.Calendar, path, files)).Build() : policy;
    }

    public static WorkingDayCalendar Calendar(Arguments args, TextReaderSource files) =>
        args.Option("notice") is { } path ? WithNotice(ChinaCalendars.Mainland, path, files) : ChinaCalendars.Mainland;

    private static WorkingDayCalendar WithNotice(WorkingDayCalendar calendar, string path, TextReaderSource files)
    {
        try
        {
            using var document = JsonDocument.Parse(files.ReadAll(path));
            var root = document.RootElement;
            var year = root.GetProperty("year").GetInt32();
            var paper = root.TryGetProperty("papers", out var papers) && papers.GetArrayLength() > 0 ? papers[0].GetString() : null;
            var notice = HolidayNotice.Create(year, $"{year}年部分节假日安排（{Path.GetFileName(path)}）", null, paper ?? "file://" + Path.GetFileName(path));
            var layer = CalendarLayer.ForNotice(notice);
            foreach (var day in root.GetProperty("days").EnumerateArray())
            {
                var date = Parsing.Date(day.GetProperty("date").GetString() ?? string.Empty, $"--notice {path}");
                var holiday = HolidayName.Create(day.GetProperty("name").GetString() ?? "节假日", day.GetProperty("name").GetString() ?? "holiday");
                layer = day.GetProperty("isOffDay").GetBoolean() ? layer.DayOff(date, holiday) : layer.WorkingDay(date, holiday);
            }

            var end = new LocalDate(year, 12, 31);
            var builder = WorkingDayCalendar.CreateBuilder(calendar).Named($"{calendar.Name} + {year} ({Path.GetFileName(path)})");
            if (end > calendar.Coverage.End)
            {
                builder = builder.ExtendCoverageTo(end);
            }

            return builder.AddLayer(layer).Build();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or Hotline.Domain.HotlineDomainException or ArgumentException)
        {
            throw new UsageException($"--notice {path}: {e.Message}");
        }
    }
}

/// <summary>Where the tool reads files (the file system, or a test's fixtures).</summary>
internal class TextReaderSource
{
    public virtual string ReadAll(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new UsageException($"No such file: {path}.");

    public virtual Stream Open(string path) =>
        File.Exists(path) ? File.OpenRead(path) : throw new UsageException($"No such file: {path}.");
}
