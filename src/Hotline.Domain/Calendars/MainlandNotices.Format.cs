using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Calendars;

/// <summary>The compact form of the transcribed notices, and how it becomes calendar entries.</summary>
internal static partial class MainlandNotices
{
    /// <summary>Turns the notices into entries, later notices overriding earlier ones day by day.</summary>
    internal static Dictionary<LocalDate, CalendarEntry> ToEntries(DateInterval coverage)
    {
        var entries = new Dictionary<LocalDate, CalendarEntry>();
        foreach (var notice in All)
        {
            foreach (var run in notice.Runs)
            {
                foreach (var day in run.Off)
                {
                    var kind = run.Statutory.Contains(day) ? DayKind.StatutoryHoliday
                        : IsoDates.IsWeekend(day) ? DayKind.Weekend
                        : DayKind.AdjustedRestDay;
                    Put(entries, coverage, CalendarEntry.Create(day, kind, run.Holiday, notice.Notice));
                }

                foreach (var day in run.Makeup)
                {
                    Put(entries, coverage, CalendarEntry.Create(day, DayKind.MakeupWorkday, run.Holiday, notice.Notice));
                }
            }
        }

        return entries;
    }

    private static void Put(Dictionary<LocalDate, CalendarEntry> entries, DateInterval coverage, CalendarEntry entry)
    {
        // The 2007 notice also names 2006-12-30/31 as working days; the calendar starts on 2007-01-01.
        if (coverage.Contains(entry.Date))
        {
            entries[entry.Date] = entry;
        }
    }

    private static NoticeData Notice(int year, string title, string? number, string url, params RunData[] runs) =>
        new(HolidayNotice.Create(year, title, number, url), runs);

    internal static RunData Run(HolidayName holiday, string off, string statutory, string makeup)
    {
        // No static separator arrays here: this runs while the other part of this partial class is initialised.
        var dots = off.IndexOf("..", StringComparison.Ordinal);
        var interval = new DateInterval(Parse(off.Substring(0, dots)), Parse(off.Substring(dots + 2)));
        var statutoryDays = Days(statutory);
        if (statutoryDays.Any(d => !interval.Contains(d)))
        {
            throw new InvalidOperationException($"Calendar data: a statutory day of {holiday.Chinese} {off} lies outside its run.");
        }

        return new RunData(holiday, interval, statutoryDays, Days(makeup));
    }

    private static HashSet<LocalDate> Days(string days) =>
        new(days.Length == 0 ? [] : days.Split(' ').Select(Parse));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    internal sealed record NoticeData(HolidayNotice Notice, IReadOnlyList<RunData> Runs);

    internal sealed record RunData(HolidayName Holiday, DateInterval Off, HashSet<LocalDate> Statutory, HashSet<LocalDate> Makeup);
}
