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
    private CalendarLayer(string name, IReadOnlyList<CalendarEntry> entries)
    {
        Name = name;
        Entries = entries;
    }

    /// <summary>The layer's name (for example 广西壮族自治区).</summary>
    public string Name { get; }

    /// <summary>The layer's days, by date; one entry per day.</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>Creates a layer, rejecting contradictory entries for the same day.</summary>
    /// <param name="name">The layer's name.</param>
    /// <param name="entries">The layer's days. The same entry twice is accepted once.</param>
    /// <returns>The layer.</returns>
    /// <exception cref="CalendarEntryException">Two entries for the same day differ.</exception>
    public static CalendarLayer Create(string name, IEnumerable<CalendarEntry> entries)
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

        return new CalendarLayer(name.Trim(), byDate.Values.OrderBy(e => e.Date).ToArray());
    }

    /// <summary>Starts a layer with a fluent builder.</summary>
    /// <param name="name">The layer's name.</param>
    /// <returns>The builder.</returns>
    public static CalendarLayerBuilder Named(string name) => new(Guard.Against.NullOrWhiteSpace(name));

    private static string Describe(CalendarEntry entry) =>
        $"{entry.Kind.Name}{(entry.Holiday is null ? string.Empty : " (" + entry.Holiday.Chinese + ")")}";
}
