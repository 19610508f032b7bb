using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Derives a calendar from another (or from the bare weekday rule) with layers of extra days off and extra working
/// days. Later layers win over earlier ones and over the base calendar.
/// </summary>
/// <example>
/// <code>
/// var guangxi = WorkingDayCalendarBuilder.DerivedFrom(ChinaCalendars.Mainland)
///     .Named("广西")
///     .AddLayer(CalendarLayer.Named("广西壮族自治区").DaysOff(new DateInterval(new LocalDate(2026, 4, 18), new LocalDate(2026, 4, 21)), sanyuesan))
///     .Build();
/// </code>
/// </example>
public sealed class WorkingDayCalendarBuilder
{
    private readonly DateInterval _coverage;
    private readonly IReadOnlyList<CalendarEntry> _baseEntries;
    private readonly List<CalendarLayer> _layers = new();
    private string _name;

    private WorkingDayCalendarBuilder(string name, DateInterval coverage, IReadOnlyList<CalendarEntry> baseEntries)
    {
        _name = name;
        _coverage = coverage;
        _baseEntries = baseEntries;
    }

    /// <summary>Starts from an existing calendar: its coverage and all its days.</summary>
    /// <param name="baseCalendar">The calendar to derive from (for example <see cref="ChinaCalendars.Mainland"/>).</param>
    /// <returns>The builder.</returns>
    public static WorkingDayCalendarBuilder DerivedFrom(WorkingDayCalendar baseCalendar)
    {
        Guard.Against.Null(baseCalendar);
        return new WorkingDayCalendarBuilder(baseCalendar.Name, baseCalendar.Coverage, baseCalendar.Entries);
    }

    /// <summary>Starts from the bare weekday rule (Monday–Friday work) over <paramref name="coverage"/>.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="coverage">The days the calendar will answer for.</param>
    /// <returns>The builder.</returns>
    public static WorkingDayCalendarBuilder WeekdaysOnly(string name, DateInterval coverage)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(coverage);
        IsoDates.EnsureIso(coverage.Start, nameof(coverage));
        return new WorkingDayCalendarBuilder(name, coverage, Array.Empty<CalendarEntry>());
    }

    /// <summary>Names the calendar being built.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder Named(string name)
    {
        _name = Guard.Against.NullOrWhiteSpace(name);
        return this;
    }

    /// <summary>Adds a layer on top of those already added.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddLayer(CalendarLayer layer)
    {
        _layers.Add(Guard.Against.Null(layer));
        return this;
    }

    /// <summary>Builds a layer and adds it on top of those already added.</summary>
    /// <param name="layer">A layer builder from <see cref="CalendarLayer.Named(string)"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="CalendarEntryException">The layer contradicts itself.</exception>
    public WorkingDayCalendarBuilder AddLayer(CalendarLayerBuilder layer) => AddLayer(Guard.Against.Null(layer).Build());

    /// <summary>Builds the calendar.</summary>
    /// <returns>The immutable calendar.</returns>
    /// <exception cref="CalendarCoverageException">A layer sets a day outside the coverage.</exception>
    public WorkingDayCalendar Build()
    {
        var merged = new Dictionary<LocalDate, CalendarEntry>();
        foreach (var entry in _baseEntries)
        {
            merged[entry.Date] = entry;
        }

        foreach (var layer in _layers)
        {
            foreach (var entry in layer.Entries)
            {
                if (!_coverage.Contains(entry.Date))
                {
                    throw new CalendarCoverageException(entry.Date, _coverage, $"Layer '{layer.Name}' sets a day the calendar does not cover");
                }

                merged[entry.Date] = entry;
            }
        }

        return new WorkingDayCalendar(_name, _coverage, merged);
    }
}
