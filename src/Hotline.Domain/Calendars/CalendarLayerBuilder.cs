using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>Collects the days of one <see cref="CalendarLayer"/>. Get one from <see cref="CalendarLayer.Named(string)"/>.</summary>
public sealed class CalendarLayerBuilder
{
    private readonly string _name;
    private readonly List<CalendarEntry> _entries = new();

    internal CalendarLayerBuilder(string name) => _name = name;

    /// <summary>Adds a holiday (<see cref="DayKind.StatutoryHoliday"/>) on <paramref name="date"/>, for example a regional 三月三.</summary>
    /// <param name="date">The day.</param>
    /// <param name="holiday">The holiday's name.</param>
    /// <returns>This builder.</returns>
    public CalendarLayerBuilder Holiday(LocalDate date, HolidayName holiday) => Add(CalendarEntry.Create(date, DayKind.StatutoryHoliday, holiday));

    /// <summary>Adds days off over <paramref name="days"/> (an emergency closure, a regional run): see <see cref="CalendarEntry.DayOff"/>.</summary>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="reason">The holiday or closure's name.</param>
    /// <returns>This builder.</returns>
    public CalendarLayerBuilder DaysOff(DateInterval days, HolidayName reason)
    {
        foreach (var day in days)
        {
            Add(CalendarEntry.DayOff(day, reason));
        }

        return this;
    }

    /// <summary>Adds one day off: see <see cref="CalendarEntry.DayOff"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">The holiday or closure's name.</param>
    /// <returns>This builder.</returns>
    public CalendarLayerBuilder DayOff(LocalDate date, HolidayName reason) => Add(CalendarEntry.DayOff(date, reason));

    /// <summary>Adds a working day: see <see cref="CalendarEntry.WorkingDay"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">The holiday it pays for, or the reason, if any.</param>
    /// <returns>This builder.</returns>
    public CalendarLayerBuilder WorkingDay(LocalDate date, HolidayName? reason = null) => Add(CalendarEntry.WorkingDay(date, reason));

    /// <summary>Adds an entry as it is.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    public CalendarLayerBuilder Add(CalendarEntry entry)
    {
        _entries.Add(Guard.Against.Null(entry));
        return this;
    }

    /// <summary>Builds the layer, rejecting contradictory entries.</summary>
    /// <returns>The layer.</returns>
    /// <exception cref="CalendarEntryException">Two entries for the same day differ.</exception>
    public CalendarLayer Build() => CalendarLayer.Create(_name, _entries);
}
