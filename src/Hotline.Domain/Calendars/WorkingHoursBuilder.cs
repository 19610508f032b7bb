using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Builds <see cref="WorkingHours"/> season by season. Each <see cref="Season"/> is checked when it is added (a refused
/// season leaves the builder unchanged); <see cref="Build"/> needs at least one. Get one from
/// <see cref="WorkingHours.Create"/>.
/// </summary>
public sealed class WorkingHoursBuilder
{
    private static readonly AnnualDate LeapDay = new(2, 29);
    private readonly string _name;
    private readonly WorkingDayCalendar _calendar;
    private readonly DateTimeZone _zone;
    private readonly SortedDictionary<AnnualDate, TimeWindow[]> _seasons = new();

    internal WorkingHoursBuilder(string name, WorkingDayCalendar calendar, DateTimeZone zone)
    {
        _name = name;
        _calendar = calendar;
        _zone = zone;
    }

    /// <summary>
    /// Adds a season: <paramref name="windows"/> are the office hours of every working day from
    /// <paramref name="from"/> each year until the next season's first day (with one season, all year).
    /// </summary>
    /// <param name="from">The season's first day each year: any day but 02-29, which most years do not have.</param>
    /// <param name="windows">The day's windows, in any order; at least one, none <see langword="null"/>, none overlapping (touching is fine: 12:00–14:00 and 14:00–18:00).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="windows"/> is empty (a season without office hours would never let working time pass), holds a
    /// <see langword="null"/> or two overlapping windows; <paramref name="from"/> is 02-29, or another season already starts on it.
    /// </exception>
    public WorkingHoursBuilder Season(AnnualDate from, params TimeWindow[] windows)
    {
        Guard.Against.NullOrEmpty(windows, message: "A season needs at least one window: a working day without office hours would never let working time pass. Leave days off to the calendar.");
        Preconditions.Argument(Array.IndexOf(windows, null) >= 0, windows, nameof(windows), "A season's windows must not include null.");
        Preconditions.Argument(
            from == LeapDay, from, nameof(from), "A season cannot start on 02-29: three years in four have no such day. Start it on 02-28 or 03-01.");
        Preconditions.Argument(
            _seasons.ContainsKey(from), from, nameof(from), $"A season already starts on {from:MM-dd}; give each season its own first day.");

        var sorted = windows.OrderBy(w => w.Start).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            Preconditions.Argument(
                sorted[i].Start < sorted[i - 1].End, windows, nameof(windows), $"The windows {sorted[i - 1]} and {sorted[i]} overlap; a day's windows must not.");
        }

        _seasons.Add(from, sorted);
        return this;
    }

    /// <summary>Builds the schedule. The builder may go on and build again; each schedule is independent.</summary>
    /// <returns>The immutable schedule.</returns>
    /// <exception cref="InvalidOperationException">No season was added.</exception>
    public WorkingHours Build()
    {
        if (_seasons.Count == 0)
        {
            throw new InvalidOperationException($"The working hours '{_name}' have no season: add one with Season(from, windows) before Build(); one season holds all year.");
        }

        return new WorkingHours(_name, _calendar, _zone, _seasons.Select(s => new WorkingHoursSeason(s.Key, s.Value.ToArray())).ToArray());
    }
}
