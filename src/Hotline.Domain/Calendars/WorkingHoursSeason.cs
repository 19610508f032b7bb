using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// The windows of a working day from <see cref="From"/> each year until the next season of the same
/// <see cref="WorkingHours"/> begins (summer hours from 05-01, winter hours from 10-01). Get one from
/// <see cref="WorkingHours.Seasons"/>.
/// </summary>
public sealed class WorkingHoursSeason
{
    // The windows as nanoseconds of the day, and the working time of the day before each window opens: the counts
    // inside one day are a few comparisons on these, with no LocalTime arithmetic.
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _before;

    internal WorkingHoursSeason(AnnualDate from, TimeWindow[] sortedWindows)
    {
        From = from;
        Windows = Array.AsReadOnly(sortedWindows);
        _starts = sortedWindows.Select(w => w.Start.NanosecondOfDay).ToArray();
        _ends = sortedWindows.Select(w => w.End.NanosecondOfDay).ToArray();
        _before = new long[sortedWindows.Length];
        long total = 0;
        for (var i = 0; i < sortedWindows.Length; i++)
        {
            _before[i] = total;
            total += _ends[i] - _starts[i];
        }

        DailyNanoseconds = total;
    }

    /// <summary>The first day of the season, every year.</summary>
    public AnnualDate From { get; }

    /// <summary>The windows of each working day of the season, sorted and not overlapping (a read-only view).</summary>
    public IReadOnlyList<TimeWindow> Windows { get; }

    /// <summary>The working time of a working day of the season on which the zone keeps its offset (the windows' lengths added up).</summary>
    public Duration DailyWorkingTime => Duration.FromNanoseconds(DailyNanoseconds);

    /// <summary>The same, in nanoseconds (always more than zero: a season has a window, and a window lasts).</summary>
    internal long DailyNanoseconds { get; }

    /// <summary>The number of windows.</summary>
    internal int Count => _starts.Length;

    /// <summary>The local start of window <paramref name="index"/>, in nanoseconds of the day.</summary>
    internal long StartOf(int index) => _starts[index];

    /// <summary>The local end of window <paramref name="index"/>, in nanoseconds of the day.</summary>
    internal long EndOf(int index) => _ends[index];

    /// <summary>The working time of a plain day before the local time <paramref name="nanosecondOfDay"/> (0 to a whole day).</summary>
    internal long WorkingTimeBefore(long nanosecondOfDay)
    {
        long total = 0;
        for (var i = 0; i < _starts.Length && nanosecondOfDay > _starts[i]; i++)
        {
            total = _before[i] + (Math.Min(nanosecondOfDay, _ends[i]) - _starts[i]);
        }

        return total;
    }

    /// <summary>
    /// The earliest local time of a plain day with <paramref name="workingTime"/> (more than 0, at most
    /// <see cref="DailyNanoseconds"/>) before it: a window's end when the amount fills it exactly, never the next window's start.
    /// </summary>
    internal long TimeReaching(long workingTime)
    {
        var i = 0;
        while (_before[i] + (_ends[i] - _starts[i]) < workingTime)
        {
            i++;
        }

        return _starts[i] + (workingTime - _before[i]);
    }

    /// <summary>The season as <c>from 05-01: 08:30–12:00, 14:30–18:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"from {From:MM-dd}: {string.Join(", ", Windows)}";
}
