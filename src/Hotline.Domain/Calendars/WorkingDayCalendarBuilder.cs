using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Derives a calendar from another (or from the bare weekday rule) with layers of extra days off and extra working
/// days. Later layers win over earlier ones and over the base calendar.
/// </summary>
/// <example>
/// <code>
/// var guangxi = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
///     .Named("广西")
///     .AddLayer(CalendarLayer.CreateBuilder("广西壮族自治区").DaysOff(new DateInterval(new LocalDate(2026, 4, 18), new LocalDate(2026, 4, 21)), sanyuesan))
///     .Build();
/// </code>
/// </example>
/// <example>
/// Next year's notice, the day it is published, without waiting for a release of the library:
/// <code>
/// var china2027 = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
///     .ExtendCoverageTo(new LocalDate(2027, 12, 31))
///     .AddLayer(CalendarLayer.ForNotice(HolidayNotice.Create(2027, "国务院办公厅关于2027年部分节假日安排的通知", number, url))
///         .HolidayRun(HolidayName.NewYear, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 3)), [new LocalDate(2027, 1, 1)])
///         /* … every run of the notice … */)
///     .Build();
/// </code>
/// </example>
public sealed class WorkingDayCalendarBuilder
{
    private readonly IReadOnlyList<CalendarEntry> _baseEntries;
    private readonly DateInterval _baseCoverage;
    private readonly bool _baseFollowsNotices;
    private readonly List<CalendarLayer> _layers = new();
    private DateInterval _coverage;
    private string _name;

    private WorkingDayCalendarBuilder(string name, DateInterval coverage, IReadOnlyList<CalendarEntry> baseEntries)
    {
        _name = name;
        _coverage = coverage;
        _baseCoverage = coverage;
        _baseEntries = baseEntries;
        _baseFollowsNotices = baseEntries.Any(e => e.Notice is not null);
    }

    // The entry point is WorkingDayCalendar.CreateBuilder(baseCalendar).
    internal static WorkingDayCalendarBuilder DerivedFrom(WorkingDayCalendar baseCalendar)
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

    /// <summary>
    /// Extends the coverage, contiguously, to <paramref name="end"/>: the new days follow the weekday rule until a layer
    /// sets them. For a calendar built from official notices (such as <see cref="ChinaCalendars.Mainland"/>), every
    /// year added must get its notice (a layer from <see cref="CalendarLayer.ForNotice"/> for that year) before
    /// <see cref="Build"/>: a year without its notice would read every weekday of it as a working day.
    /// </summary>
    /// <param name="end">The new last covered day, in the ISO calendar; not before the current last day (usually the new year's 31 December).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before the current end of the coverage (the builder is unchanged).</exception>
    public WorkingDayCalendarBuilder ExtendCoverageTo(LocalDate end)
    {
        IsoDates.EnsureIso(end, nameof(end));
        Preconditions.OutOfRange(
            end < _coverage.End, end, nameof(end), $"The coverage already reaches {_coverage.End:uuuu-MM-dd}; extending it to {end:uuuu-MM-dd} would shrink it. Give a later day.");

        _coverage = new DateInterval(_coverage.Start, end);
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
    /// <param name="layer">A layer builder from <see cref="CalendarLayer.CreateBuilder(string)"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="CalendarEntryException">The layer contradicts itself.</exception>
    public WorkingDayCalendarBuilder AddLayer(CalendarLayerBuilder layer) => AddLayer(Guard.Against.Null(layer).Build());

    /// <summary>Builds the calendar.</summary>
    /// <returns>The immutable calendar.</returns>
    /// <exception cref="CalendarCoverageException">A layer sets a day outside the coverage.</exception>
    /// <exception cref="CalendarEntryException">The coverage was extended over a year whose notice was not added (calendars built from notices only).</exception>
    public WorkingDayCalendar Build()
    {
        // Stryker disable once Equality : equivalent at an unextended end, where no new year needs a notice (>=); <= is killed.
        if (_baseFollowsNotices && _coverage.End > _baseCoverage.End)
        {
            var noticed = new HashSet<int>(_layers.Where(l => l.Notice is not null).Select(l => l.Notice!.Year));
            var firstNewYear = _baseCoverage.End.PlusDays(1).Year;
            foreach (var year in Enumerable.Range(firstNewYear, _coverage.End.Year - firstNewYear + 1).Where(y => !noticed.Contains(y)).Take(1))
            {
                throw new CalendarEntryException(
                    $"The coverage of '{_name}' was extended to {_coverage.End:uuuu-MM-dd}, but no notice for {year} was added: without it every weekday of {year} " +
                    $"would read as a working day. Add CalendarLayer.ForNotice(HolidayNotice.Create({year}, …)) with the notice's runs, or extend the coverage only as far as the notices go.");
            }
        }

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
                    throw new CalendarCoverageException(
                        entry.Date, _coverage, $"Layer '{layer.Name}' sets a day the calendar does not cover",
                        "Extend the coverage first (ExtendCoverageTo), or leave that day out of the layer.", null);
                }

                merged[entry.Date] = entry;
            }
        }

        return new WorkingDayCalendar(_name, _coverage, merged);
    }
}
