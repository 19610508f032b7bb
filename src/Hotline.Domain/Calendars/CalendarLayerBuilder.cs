using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Collects the days of one <see cref="CalendarLayer"/>. Get one from <see cref="CalendarLayer.CreateBuilder(string)"/>, or from
/// <see cref="CalendarLayer.ForNotice(HolidayNotice)"/> for an official notice: then every day added carries the notice.
/// </summary>
public sealed class CalendarLayerBuilder
{
    private readonly string _name;
    private readonly HolidayNotice? _notice;
    private readonly List<CalendarEntry> _entries = new();

    internal CalendarLayerBuilder(string name, HolidayNotice? notice = null)
    {
        _name = name;
        _notice = notice;
    }

    /// <summary>
    /// Adds one holiday run as a State Council notice writes it: the days off (放假), which of them are statutory
    /// holidays, and the weekend days made working days for it (调休上班). Weekdays of the run that are not statutory
    /// become <see cref="DayKind.AdjustedRestDay"/>s, weekend days of it stay <see cref="DayKind.Weekend"/> (named after the holiday).
    /// </summary>
    /// <param name="holiday">The holiday's name.</param>
    /// <param name="daysOff">The run of days off, both ends included.</param>
    /// <param name="statutoryDays">The days of the run that are statutory holidays (法定节假日); each inside <paramref name="daysOff"/>.</param>
    /// <param name="makeupWorkdays">The Saturdays or Sundays made working days for this run; none inside <paramref name="daysOff"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument, or a day list, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The days are not in the ISO calendar.</exception>
    /// <exception cref="CalendarEntryException">
    /// A statutory day lies outside the run, a make-up day inside it or on Monday–Friday, or (for a notice's layer) a day
    /// lies outside the notice's year and the December before it. A rejected run leaves the builder as it was.
    /// </exception>
    public CalendarLayerBuilder HolidayRun(HolidayName holiday, DateInterval daysOff, IEnumerable<LocalDate> statutoryDays, IEnumerable<LocalDate>? makeupWorkdays = null)
    {
        Guard.Against.Null(holiday);
        Guard.Against.Null(daysOff);
        Guard.Against.Null(statutoryDays);
        IsoDates.EnsureIso(daysOff.Start, nameof(daysOff));
        var statutory = new HashSet<LocalDate>(statutoryDays);
        var makeup = (makeupWorkdays ?? []).Distinct().OrderBy(d => d).ToList();
        foreach (var day in statutory.Where(d => !daysOff.Contains(d)).OrderBy(d => d).Take(1))
        {
            throw new CalendarEntryException(
                $"Layer '{_name}': the statutory day {day:uuuu-MM-dd} of {holiday.Chinese} lies outside its run {daysOff.Start:uuuu-MM-dd}..{daysOff.End:uuuu-MM-dd}; every statutory day is a day of the run.");
        }

        foreach (var day in makeup.Where(daysOff.Contains).Take(1))
        {
            throw new CalendarEntryException(
                $"Layer '{_name}': the make-up working day {day:uuuu-MM-dd} of {holiday.Chinese} lies inside its own run {daysOff.Start:uuuu-MM-dd}..{daysOff.End:uuuu-MM-dd}; a day cannot be both off and worked.");
        }

        var entries = new List<CalendarEntry>();
        foreach (var day in daysOff)
        {
            var kind = statutory.Contains(day) ? DayKind.StatutoryHoliday : IsoDates.IsWeekend(day) ? DayKind.Weekend : DayKind.AdjustedRestDay;
            entries.Add(CalendarEntry.Create(day, kind, holiday, _notice));
        }

        entries.AddRange(makeup.Select(day => CalendarEntry.Create(day, DayKind.MakeupWorkday, holiday, _notice)));
        foreach (var entry in entries)
        {
            CheckInNoticeYear(entry.Date);
        }

        _entries.AddRange(entries);
        return this;
    }

    /// <summary>Adds a holiday (<see cref="DayKind.StatutoryHoliday"/>) on <paramref name="date"/>, for example a regional 三月三.</summary>
    /// <param name="date">The day.</param>
    /// <param name="holiday">The holiday's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holiday"/> is <see langword="null"/>: a holiday needs its name.</exception>
    public CalendarLayerBuilder Holiday(LocalDate date, HolidayName holiday) =>
        Add(CalendarEntry.Create(date, DayKind.StatutoryHoliday, Guard.Against.Null(holiday), _notice));

    /// <summary>Adds days off over <paramref name="days"/> (an emergency closure, a regional run): see <see cref="CalendarEntry.DayOff"/>.</summary>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="reason">The holiday or closure's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> is not in the ISO calendar.</exception>
    public CalendarLayerBuilder DaysOff(DateInterval days, HolidayName reason)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(reason);
        IsoDates.EnsureIso(days.Start, nameof(days));

        // Build every entry first: a rejected day leaves the builder as it was.
        var entries = days.Select(day => CalendarEntry.DayOff(day, reason, _notice)).ToList();
        entries.ForEach(entry => CheckInNoticeYear(entry.Date));
        _entries.AddRange(entries);
        return this;
    }

    /// <summary>Adds one day off: see <see cref="CalendarEntry.DayOff"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">The holiday or closure's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>: a day off needs its reason.</exception>
    public CalendarLayerBuilder DayOff(LocalDate date, HolidayName reason) => Add(CalendarEntry.DayOff(date, Guard.Against.Null(reason), _notice));

    /// <summary>Adds a working day: see <see cref="CalendarEntry.WorkingDay"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">The holiday it pays for, or the reason, if any.</param>
    /// <returns>This builder.</returns>
    public CalendarLayerBuilder WorkingDay(LocalDate date, HolidayName? reason = null) => Add(CalendarEntry.WorkingDay(date, reason, _notice));

    /// <summary>Adds an entry as it is.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarEntryException">For a notice's layer: the day lies outside the notice's year and the December before it.</exception>
    public CalendarLayerBuilder Add(CalendarEntry entry)
    {
        Guard.Against.Null(entry);
        CheckInNoticeYear(entry.Date);
        _entries.Add(entry);
        return this;
    }

    /// <summary>Builds the layer, rejecting contradictory entries.</summary>
    /// <returns>The layer.</returns>
    /// <exception cref="CalendarEntryException">Two entries for the same day differ.</exception>
    public CalendarLayer Build() => CalendarLayer.Create(_name, _entries, _notice);

    private void CheckInNoticeYear(LocalDate date)
    {
        // A notice arranges its own year, and reaches at most into the December before it (the 2008 and 2012 notices do).
        if (_notice is not null && (date.Year > _notice.Year || date < new LocalDate(_notice.Year - 1, 12, 1)))
        {
            throw new CalendarEntryException(
                $"Layer '{_name}': {date:uuuu-MM-dd} is not in the year the notice arranges ({_notice.Year}, or the December before it). " +
                "Put another year's days in that year's notice.");
        }
    }
}
