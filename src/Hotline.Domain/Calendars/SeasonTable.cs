using System.Collections.Generic;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Which season is in force on a day, and when the next one begins, by month and day only: seasons repeat every year
/// and none starts on 02-29, so every season starts in every year.
/// </summary>
internal sealed class SeasonTable
{
    private const int Slots = 12 * 32;
    private readonly WorkingHoursSeason[] _seasons;
    private readonly WorkingHoursSeason[] _bySlot = new WorkingHoursSeason[Slots];
    private readonly int[] _nextBySlot = new int[Slots];

    /// <summary>A table of <paramref name="seasons"/>, sorted by their first day.</summary>
    public SeasonTable(IReadOnlyList<WorkingHoursSeason> seasons)
    {
        _seasons = new WorkingHoursSeason[seasons.Count];
        for (var i = 0; i < _seasons.Length; i++)
        {
            _seasons[i] = seasons[i];
        }

        // Before the first season's day the last season is still in force, carried over from the year before.
        var current = _seasons.Length - 1;
        var starting = 0;
        for (var slot = 0; slot < Slots; slot++)
        {
            if (starting < _seasons.Length && Slot(_seasons[starting].From.Month, _seasons[starting].From.Day) == slot)
            {
                current = starting++;
            }

            _bySlot[slot] = _seasons[current];
            _nextBySlot[slot] = (current + 1) % _seasons.Length;
        }
    }

    /// <summary>The season in force on <paramref name="epochDay"/>.</summary>
    public WorkingHoursSeason SeasonOf(int epochDay)
    {
        IsoDates.Civil(epochDay, out _, out var month, out var day);
        return _bySlot[Slot(month, day)];
    }

    /// <summary>The season in force on <paramref name="epochDay"/>, and the epoch day the next season (or, with one season, the same one again) begins.</summary>
    public WorkingHoursSeason SeasonOf(int epochDay, out int nextStart)
    {
        IsoDates.Civil(epochDay, out var year, out var month, out var day);
        var slot = Slot(month, day);
        var next = _seasons[_nextBySlot[slot]].From;
        nextStart = IsoDates.EpochDay(Slot(next.Month, next.Day) > slot ? year : year + 1, next.Month, next.Day);
        return _bySlot[slot];
    }

    private static int Slot(int month, int day) => ((month - 1) * 32) + day - 1;
}
