using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Cli;

/// <summary>The text forms the tool reads: ISO dates, months and local date-times (in the policy's zone).</summary>
internal static class Parsing
{
    private static readonly LocalDateTimePattern[] DateTimes =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
    ];

    private static readonly YearMonthPattern Month = YearMonthPattern.CreateWithInvariantCulture("uuuu-MM");

    public static LocalDate Date(string text, string what) =>
        LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : throw new UsageException($"{what}: '{text}' is not a date (uuuu-MM-dd, e.g. 2026-09-30).");

    public static YearMonth YearMonth(string text, string what) =>
        Month.Parse(text.Trim()) is { Success: true } r ? r.Value : throw new UsageException($"{what}: '{text}' is not a month (uuuu-MM, e.g. 2026-10).");

    public static bool TryLocalDateTime(string text, out LocalDateTime value)
    {
        foreach (var pattern in DateTimes)
        {
            if (pattern.Parse(text.Trim()) is { Success: true } r)
            {
                value = r.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static LocalDateTime LocalDateTime(string text, string what) =>
        TryLocalDateTime(text, out var value) ? value : throw new UsageException($"{what}: '{text}' is not a local date-time (uuuu-MM-dd HH:mm, e.g. \"2026-09-30 16:00\").");

    public static Instant InZone(LocalDateTime local, DateTimeZone zone) => local.InZoneLeniently(zone).ToInstant();

    public static int Int(string text, string what) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw new UsageException($"{what}: '{text}' is not a whole number.");

    public static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(Instant instant, DateTimeZone zone) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Weekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Monday => "周一",
        IsoDayOfWeek.Tuesday => "周二",
        IsoDayOfWeek.Wednesday => "周三",
        IsoDayOfWeek.Thursday => "周四",
        IsoDayOfWeek.Friday => "周五",
        IsoDayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}
