using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>Day arithmetic on ISO dates, done on integers so that the hot paths allocate nothing and branch little.</summary>
internal static class IsoDates
{
    // Epoch day 4 (1970-01-05) is a Monday: weekday counts are measured from there.
    private const int MondayEpochDay = 4;

    /// <summary>Days since 1970-01-01 (Howard Hinnant's days_from_civil).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EpochDay(LocalDate date) => EpochDay(date.Year, date.Month, date.Day);

    /// <summary>Days since 1970-01-01 of the ISO day <paramref name="year"/>-<paramref name="m"/>-<paramref name="d"/>, which must exist.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EpochDay(int year, int m, int d)
    {
        var y = year;
        if (m <= 2)
        {
            y--;
        }

        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (m > 2 ? m - 3 : m + 9)) + 2) / 5 + d - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>The epoch day of <see cref="LocalDate.MinIsoValue"/>.</summary>
    public static readonly int MinEpochDay = EpochDay(LocalDate.MinIsoValue);

    /// <summary>The epoch day of <see cref="LocalDate.MaxIsoValue"/>.</summary>
    public static readonly int MaxEpochDay = EpochDay(LocalDate.MaxIsoValue);

    public static LocalDate FromEpochDay(int epochDay) => new LocalDate(1970, 1, 1).PlusDays(epochDay);

    /// <summary>The ISO year, month and day of an epoch day (Howard Hinnant's civil_from_days), without a <see cref="LocalDate"/>.</summary>
    public static void Civil(int epochDay, out int year, out int month, out int day)
    {
        var z = epochDay + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1;
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    public static bool IsWeekendEpochDay(int epochDay) => FloorMod(epochDay - MondayEpochDay, 7) >= 5;

    /// <summary>Number of Monday–Friday days in epoch days [<see cref="MondayEpochDay"/>, x) (negative before it).</summary>
    public static long WeekdayCount(long epochDay)
    {
        var t = epochDay - MondayEpochDay;
        var weeks = FloorDiv(t, 7);
        var rest = t - (weeks * 7);
        return (weeks * 5) + Math.Min(rest, 5);
    }

    /// <summary>The epoch day of the weekday whose <see cref="WeekdayCount"/> is <paramref name="count"/>.</summary>
    public static long WeekdaySelect(long count)
    {
        var weeks = FloorDiv(count, 5);
        var rest = count - (weeks * 5);
        return MondayEpochDay + (weeks * 7) + rest;
    }

    public static void EnsureIso(LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Working-day calendars use the ISO calendar; {date} is in {date.Calendar.Id}. Convert it with WithCalendar(CalendarSystem.Iso).", parameterName);
        }
    }

    // Stryker disable once Equality : equivalent at a = 0, where both branches give 0 (a > 0); a < 0 is killed.
    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);
}
