namespace Hotline.Domain.Tests.Calendars;

/// <summary>Short, readable dates for tests: <c>D("2026-10-08")</c>.</summary>
internal static class Dates
{
    public static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
