using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>The built-in calendars of China's official working days.</summary>
public static class ChinaCalendars
{
    private static readonly Lazy<WorkingDayCalendar> LazyMainland = new(BuildMainland);

    /// <summary>The first day of the mainland calendar's coverage.</summary>
    public static LocalDate MainlandCoverageStart { get; } = new(2007, 1, 1);

    /// <summary>The last day of the mainland calendar's coverage: the end of the last year whose notice is transcribed.</summary>
    public static LocalDate MainlandCoverageEnd { get; } = new(2026, 12, 31);

    /// <summary>
    /// The version of the transcribed data: the last notice year and a revision within it. It changes whenever a
    /// notice is added or corrected, so a stored deadline can say which data it was computed with. A property, not a
    /// constant: a caller reads the version of the library it runs with, not the one it was compiled against.
    /// </summary>
    public static string MainlandDataVersion { get; } = "2026.1";

    /// <summary>
    /// China's national (mainland) working-day calendar, 2007-01-01 to 2026-12-31: Monday–Friday, minus statutory
    /// holidays and 调休 days off, plus the weekend make-up working days, from every State Council notice of those years
    /// (including the 2015, 2019 and 2020 amendments and the notices reaching into the previous December).
    /// Each holiday day and make-up day is traced to its notice (<see cref="DayClassification.Notice"/>).
    /// </summary>
    /// <remarks>
    /// Half-day holidays for parts of the population (3/8, 5/4, 6/1, 8/1) do not change general working days and are
    /// not modelled. Regional holidays are layers: see <see cref="WorkingDayCalendarBuilder"/>.
    /// </remarks>
    public static WorkingDayCalendar Mainland => LazyMainland.Value;

    /// <summary>The notices the mainland calendar is built from, in the order they apply (amendments after the notice they amend); a read-only view.</summary>
    public static IReadOnlyList<HolidayNotice> MainlandNotices { get; } =
        Array.AsReadOnly(Calendars.MainlandNotices.All.Select(n => n.Notice).ToArray());

    // Runs once per process in the Lazy, where Stryker cannot re-run it: removing the body was checked by hand on
    // 2026-12-02 and fails 214 of the Calendars tests.
    // Stryker disable once Block : run-once initialiser, checked by hand (see above).
    private static WorkingDayCalendar BuildMainland()
    {
        var coverage = new DateInterval(MainlandCoverageStart, MainlandCoverageEnd);

        // Runs once per process in the Lazy, where Stryker cannot re-run it: an empty name was checked by hand on
        // 2026-12-02 and fails the tests that print the calendar's name.
        // Stryker disable once String : run-once initialiser, checked by hand (see above).
        return new WorkingDayCalendar("China (mainland)", coverage, Calendars.MainlandNotices.ToEntries(coverage));
    }
}
