using NodaTime;
using NodaTime.TimeZones;

namespace Hotline.Domain.Calendars;

/// <summary>
/// The local days a zone maps with one offset: every local time of each day from <see cref="FirstDay"/> to
/// <see cref="LastDay"/> (epoch days), and 00:00 of the day after, is the instant <c>local − offset</c>, and no earlier
/// instant reads it. On those days office-hours arithmetic is plain offset arithmetic on the calendar's index.
/// </summary>
internal readonly struct PlainRun
{
    private const long NanosecondsPerDay = NodaConstants.NanosecondsPerDay;

    private PlainRun(ZoneInterval interval, int firstDay, int lastDay)
    {
        OffsetNanoseconds = interval.WallOffset.Nanoseconds;
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    /// <summary>The zone's offset on these days, in nanoseconds.</summary>
    public long OffsetNanoseconds { get; }

    /// <summary>The first plain day (<see cref="int.MinValue"/> when the zone interval has no start).</summary>
    public int FirstDay { get; }

    /// <summary>The last plain day (<see cref="int.MaxValue"/> when the zone interval has no end).</summary>
    public int LastDay { get; }

    /// <summary>
    /// The plain days of <paramref name="interval"/>. A day is plain when it lies in the interval whole and nothing
    /// before the interval read its times: it begins at least <paramref name="maxOffset"/> (the zone's largest offset, the
    /// furthest any earlier wall clock can have run ahead) after the interval starts, and the next day begins by its end.
    /// </summary>
    public static PlainRun Of(ZoneInterval interval, Offset maxOffset)
    {
        var first = int.MinValue;
        if (interval.HasStart)
        {
            var earliest = FloorDays(interval.Start - NodaConstants.UnixEpoch + Duration.FromNanoseconds(maxOffset.Nanoseconds), out var rest);
            first = rest == 0 ? earliest : earliest + 1;
        }

        var last = int.MaxValue;
        if (interval.HasEnd)
        {
            last = FloorDays(interval.End - NodaConstants.UnixEpoch + Duration.FromNanoseconds(interval.WallOffset.Nanoseconds), out _) - 1;
        }

        return new PlainRun(interval, first, last);
    }

    /// <summary>The local day and time of <paramref name="instant"/> under an offset of <paramref name="offsetNanoseconds"/>.</summary>
    public static int LocalDay(Instant instant, long offsetNanoseconds, out long nanosecondOfDay) =>
        FloorDays(instant - NodaConstants.UnixEpoch + Duration.FromNanoseconds(offsetNanoseconds), out nanosecondOfDay);

    /// <summary>Whether <paramref name="day"/> is one of the run's days.</summary>
    public bool Covers(int day) => day >= FirstDay && day <= LastDay;

    /// <summary>The instant of local <paramref name="nanosecondOfDay"/> on <paramref name="day"/> (0 to a whole day, the next day's 00:00).</summary>
    public Instant At(int day, long nanosecondOfDay) =>
        NodaConstants.UnixEpoch + Duration.FromDays(day) + Duration.FromNanoseconds(nanosecondOfDay - OffsetNanoseconds);

    /// <summary>The local day and time of <paramref name="instant"/> under the run's offset.</summary>
    public int DayOf(Instant instant, out long nanosecondOfDay) => LocalDay(instant, OffsetNanoseconds, out nanosecondOfDay);

    /// <summary>Whole days of <paramref name="duration"/> rounded down, and the nanoseconds left (0 to a day, exclusive).</summary>
    private static int FloorDays(Duration duration, out long nanosecondOfDay)
    {
        // NodaTime truncates towards zero and gives a negative rest for a negative duration: before 1970 that is the
        // day after the right one.
        var days = duration.Days;
        nanosecondOfDay = duration.NanosecondOfDay;
        if (nanosecondOfDay < 0)
        {
            days--;
            nanosecondOfDay += NanosecondsPerDay;
        }

        return days;
    }
}
