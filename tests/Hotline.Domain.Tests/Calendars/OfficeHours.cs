using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>The schedules the office-hours tests share: a 12345 centre's summer and winter hours, and calendars of every day.</summary>
internal static class OfficeHours
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Summer hours 08:30–12:00 and 14:30–18:00 from 05-01, winter hours 08:30–12:00 and 14:00–17:30 from 10-01.</summary>
    public static readonly WorkingHours Centre = WorkingHours.Create("12345 办公时间", ChinaCalendars.Mainland, Shanghai)
        .Season(new AnnualDate(5, 1), W("08:30", "12:00"), W("14:30", "18:00"))
        .Season(new AnnualDate(10, 1), W("08:30", "12:00"), W("14:00", "17:30"))
        .Build();

    /// <summary>
    /// Three seasons of different daily totals (5 h, 7 h, and 4 h less a nanosecond: the last window ends at
    /// 23:59:59.999999999), one starting on a working day mid-week in most years (07-15) and one just after the year end
    /// (01-02): a mistake in the season switch changes a count.
    /// </summary>
    public static readonly WorkingHours Uneven = WorkingHours.Create("uneven", ChinaCalendars.Mainland, Shanghai)
        .Season(new AnnualDate(1, 2), W("09:00", "12:00"), W("13:00", "15:00"))
        .Season(new AnnualDate(7, 15), W("08:00", "11:30"), W("12:00", "12:30"), W("14:00", "17:00"))
        .Season(new AnnualDate(11, 20), W("00:00", "02:00"), W("22:00", "23:59:59.999999999"))
        .Build();

    /// <summary>A window from two "HH:mm" or "HH:mm:ss.fffffffff" times.</summary>
    public static TimeWindow W(string start, string end) => new(T(start), T(end));

    public static LocalTime T(string time) =>
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture(time.Length == 5 ? "HH:mm" : "HH:mm:ss.FFFFFFFFF").Parse(time).GetValueOrThrow();

    /// <summary>A calendar on which every day of <paramref name="coverage"/> is a working day, weekends included.</summary>
    public static WorkingDayCalendar EveryDay(string name, DateInterval coverage) =>
        WorkingDayCalendar.FromEntries(name, coverage, coverage.Where(d => d.DayOfWeek >= IsoDayOfWeek.Saturday).Select(d => CalendarEntry.WorkingDay(d)));

    /// <summary>The instant of a local date and time in <paramref name="zone"/>, which must exist and be unambiguous there.</summary>
    public static Instant Local(DateTimeZone zone, string date, string time) => (D(date) + T(time)).InZoneStrictly(zone).ToInstant();
}
