using System.Runtime.CompilerServices;

namespace Hotline.Domain.Calendars;

// The calendar's index read by epoch day (days since 1970-01-01), for WorkingHours: whole working days counted and
// selected in a few array reads, without a LocalDate per day. The caller checks FirstEpochDay … LastEpochDay first;
// these members do not, because the office-hours loops check a whole run of days once.
public sealed partial class WorkingDayCalendar
{
    /// <summary>The epoch day of <see cref="Coverage"/>'s first day.</summary>
    internal int FirstEpochDay => _firstEpochDay;

    /// <summary>The epoch day of <see cref="Coverage"/>'s last day.</summary>
    internal int LastEpochDay => _firstEpochDay + _dayCount - 1;

    /// <summary>Whether a covered epoch day is a working day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsWorkingCoveredDay(int epochDay)
    {
        var offset = epochDay - _firstEpochDay;
        return _workingDaysBefore[offset + 1] != _workingDaysBefore[offset];
    }

    /// <summary>The working days of the coverage before <paramref name="epochDay"/>, from the first covered day up to the day after the last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int WorkingDaysBefore(int epochDay) => _workingDaysBefore[epochDay - _firstEpochDay];

    /// <summary>The epoch day of the working day with <paramref name="index"/> working days of the coverage before it.</summary>
    internal int WorkingEpochDay(int index) => IsoDates.EpochDay(_workingDays[index]);
}
