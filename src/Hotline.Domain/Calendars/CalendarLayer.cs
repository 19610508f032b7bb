using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Calendars;

/// <summary>
/// A named set of days that overrides the calendar below it: a region's holiday (广西三月三), a city's emergency
/// office closure, an organisation's own rules. Within one layer, two entries for one day must agree.
/// </summary>
public sealed class CalendarLayer
{
    private CalendarLayer(string name, IReadOnlyList<CalendarEntry> entries, HolidayNotice? notice)
    {
        Name = name;
        Entries = entries;
        Notice = notice;
    }

    /// <summary>The layer's name (for example 广西壮族自治区).</summary>
    public string Name { get; }

    /// <summary>The layer's days, by date; one entry per day (a read-only view).</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>The official notice this layer transcribes (see <see cref="ForNotice"/>), or <see langword="null"/> for another kind of layer.</summary>
    public HolidayNotice? Notice { get; }

    /// <summary>Creates a layer, rejecting contradictory entries for the same day.</summary>
    /// <param name="name">The layer's name.</param>
    /// <param name="entries">The layer's days. The same entry twice is accepted once.</param>
    /// <returns>The layer.</returns>
    /// <exception cref="CalendarEntryException">Two entries for the same day differ.</exception>
    public static CalendarLayer Create(string name, IEnumerable<CalendarEntry> entries) => Create(name, entries, null);

    /// <summary>
    /// Starts the layer of an official notice, for example next year's State Council notice the day it is published:
    /// add its runs with <see cref="CalendarLayerBuilder.HolidayRun"/>, then put the layer on a calendar whose coverage
    /// reaches the notice's year (<see cref="WorkingDayCalendarBuilder.ExtendCoverageTo"/>). Every day added carries the
    /// notice, and must lie in the notice's year or the December before it.
    /// </summary>
    /// <param name="notice">The notice, with its document number (文号).</param>
    /// <returns>The builder.</returns>
    public static CalendarLayerBuilder ForNotice(HolidayNotice notice)
    {
        Guard.Against.Null(notice);
        return new CalendarLayerBuilder(notice.DocumentNumber is null ? notice.Title : $"{notice.Title} ({notice.DocumentNumber})", notice);
    }

    internal static CalendarLayer Create(string name, IEnumerable<CalendarEntry> entries, HolidayNotice? notice)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(entries);
        var byDate = new Dictionary<NodaTime.LocalDate, CalendarEntry>();
        foreach (var entry in entries)
        {
            Guard.Against.Null(entry, nameof(entries));
            if (byDate.TryGetValue(entry.Date, out var earlier) && !earlier.Equals(entry))
            {
                throw new CalendarEntryException(
                    $"Layer '{name}' sets {entry.Date:uuuu-MM-dd} twice: as {Describe(earlier)} and as {Describe(entry)}. " +
                    "A layer may set a day once; put the later decision in a later layer, which wins.");
            }

            byDate[entry.Date] = entry;
        }

        return new CalendarLayer(name.Trim(), Array.AsReadOnly(byDate.Values.OrderBy(e => e.Date).ToArray()), notice);
    }

    /// <summary>Starts a layer with a fluent builder.</summary>
    /// <param name="name">The layer's name.</param>
    /// <returns>The builder.</returns>
    public static CalendarLayerBuilder CreateBuilder(string name) => new(Guard.Against.NullOrWhiteSpace(name));

    private static string Describe(CalendarEntry entry) =>
        $"{entry.Kind.Name}{(entry.Holiday is null ? string.Empty : " (" + entry.Holiday.Chinese + ")")}";
}
