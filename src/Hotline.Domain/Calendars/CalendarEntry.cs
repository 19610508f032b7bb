using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// One day that a calendar layer sets explicitly: its date, its kind, and, where one applies, the holiday's
/// name and the notice that set it. Days a layer does not mention follow the layer below it.
/// </summary>
public sealed record CalendarEntry
{
    private CalendarEntry(LocalDate date, DayKind kind, HolidayName? holiday, HolidayNotice? notice)
    {
        Date = date;
        Kind = kind;
        Holiday = holiday;
        Notice = notice;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>What the day is.</summary>
    public DayKind Kind { get; }

    /// <summary>The holiday the day belongs to (a holiday run, or the run a make-up day pays for), if any.</summary>
    public HolidayName? Holiday { get; }

    /// <summary>The notice that set the day, if any.</summary>
    public HolidayNotice? Notice { get; }

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorkingDay => Kind.IsWorkingDay;

    /// <summary>
    /// Creates an entry, checking that the kind fits the day of the week: a <see cref="DayKind.MakeupWorkday"/>
    /// or a <see cref="DayKind.Weekend"/> must be a Saturday or Sunday; a <see cref="DayKind.Workday"/> or an
    /// <see cref="DayKind.AdjustedRestDay"/> must be Monday–Friday; a <see cref="DayKind.StatutoryHoliday"/> may be any day.
    /// </summary>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <param name="kind">What the day is.</param>
    /// <param name="holiday">The holiday's name, if any.</param>
    /// <param name="notice">The notice that set the day, if any.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="CalendarEntryException">The kind does not fit the day of the week.</exception>
    public static CalendarEntry Create(LocalDate date, DayKind kind, HolidayName? holiday = null, HolidayNotice? notice = null)
    {
        Guard.Against.Null(kind);
        IsoDates.EnsureIso(date, nameof(date));
        var weekend = IsoDates.IsWeekend(date);
        if (weekend && !kind.AllowedOnWeekend)
        {
            throw new CalendarEntryException(
                $"{date:uuuu-MM-dd} is a {date.DayOfWeek}: a {kind.Name} ({kind.ChineseName}) must fall on Monday–Friday. " +
                $"On a weekend use {DayKind.MakeupWorkday.Name} for a working day, or {DayKind.Weekend.Name} / {DayKind.StatutoryHoliday.Name} for a day off.");
        }

        if (!weekend && !kind.AllowedOnWeekday)
        {
            throw new CalendarEntryException(
                $"{date:uuuu-MM-dd} is a {date.DayOfWeek}: a {kind.Name} ({kind.ChineseName}) must fall on a Saturday or Sunday. " +
                $"On Monday–Friday use {DayKind.Workday.Name} for a working day, or {DayKind.AdjustedRestDay.Name} / {DayKind.StatutoryHoliday.Name} for a day off.");
        }

        return new CalendarEntry(date, kind, holiday, notice);
    }

    /// <summary>A day off: <see cref="DayKind.AdjustedRestDay"/> on Monday–Friday, <see cref="DayKind.Weekend"/> on a weekend.</summary>
    /// <param name="date">The day.</param>
    /// <param name="holiday">The holiday or closure's name, if any.</param>
    /// <param name="notice">The notice that set the day, if any.</param>
    /// <returns>The entry.</returns>
    public static CalendarEntry DayOff(LocalDate date, HolidayName? holiday = null, HolidayNotice? notice = null) =>
        Create(date, IsoDates.IsWeekend(date) ? DayKind.Weekend : DayKind.AdjustedRestDay, holiday, notice);

    /// <summary>A working day: <see cref="DayKind.MakeupWorkday"/> on a weekend, <see cref="DayKind.Workday"/> on Monday–Friday.</summary>
    /// <param name="date">The day.</param>
    /// <param name="holiday">The holiday the day pays for, if any.</param>
    /// <param name="notice">The notice that set the day, if any.</param>
    /// <returns>The entry.</returns>
    public static CalendarEntry WorkingDay(LocalDate date, HolidayName? holiday = null, HolidayNotice? notice = null) =>
        Create(date, IsoDates.IsWeekend(date) ? DayKind.MakeupWorkday : DayKind.Workday, holiday, notice);
}
