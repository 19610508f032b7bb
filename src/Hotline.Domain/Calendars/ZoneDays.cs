using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// The local days of one zone as instants. A local time maps to the first instant at which the zone's wall clock reads
/// it or later: a time the clock skips maps to the instant of the jump, a time it reads twice to its first reading.
/// The mapping never runs backwards, so mapped windows never overlap or run backwards either.
/// </summary>
internal sealed class ZoneDays
{
    private readonly DateTimeZone _zone;
    private readonly Offset _maxOffset;
    private readonly Duration _maxOffsetDuration;

    /// <summary>Maps the days of <paramref name="zone"/>, keeping the zone interval in force on <paramref name="steadyDay"/> at hand.</summary>
    public ZoneDays(DateTimeZone zone, int steadyDay)
    {
        _zone = zone;
        _maxOffset = zone.MaxOffset;
        _maxOffsetDuration = Duration.FromNanoseconds(_maxOffset.Nanoseconds);

        // The interval in force mid-coverage (for Asia/Shanghai: 1991 onwards). Inside it no zone lookup is needed,
        // which keeps the common case free of lookups and allocation.
        Steady = PlainRun.Of(zone.GetZoneInterval(NodaConstants.UnixEpoch + Duration.FromDays(steadyDay)), _maxOffset);
    }

    /// <summary>The plain days around the middle of the calendar's coverage.</summary>
    public PlainRun Steady { get; }

    /// <summary>The local date (epoch day) of <paramref name="instant"/>.</summary>
    public int DayOf(Instant instant)
    {
        var day = Steady.DayOf(instant, out _);
        if (Steady.Covers(day))
        {
            return day;
        }

        return PlainRun.LocalDay(instant, _zone.GetUtcOffset(instant).Nanoseconds, out _);
    }

    /// <summary>
    /// The first instant at which the wall clock reads <paramref name="nanosecondOfDay"/> (0 to a whole day) on
    /// <paramref name="day"/>, or a later local time. No instant before <c>local − largest offset</c> can, so the
    /// walk starts there and moves interval by interval to the first one whose wall clock gets that far.
    /// </summary>
    public Instant FirstAtOrAfter(int day, long nanosecondOfDay)
    {
        var local = NodaConstants.UnixEpoch + Duration.FromDays(day) + Duration.FromNanoseconds(nanosecondOfDay);
        var interval = _zone.GetZoneInterval(local - _maxOffsetDuration);
        while (true)
        {
            var candidate = local - Duration.FromNanoseconds(interval.WallOffset.Nanoseconds);
            if (!interval.HasEnd || candidate < interval.End)
            {
                // Before the interval's start, the time lies in a gap: the clock jumps over it when the interval begins.
                return interval.HasStart && candidate < interval.Start ? interval.Start : candidate;
            }

            interval = _zone.GetZoneInterval(interval.End);
        }
    }

    /// <summary>
    /// The plain run <paramref name="day"/> belongs to, and the instant the day begins. Returns <see langword="false"/>
    /// (with the run of the interval in force when the day begins) when the day is not plain: the zone changes its
    /// offset on it, or just before it.
    /// </summary>
    public bool TryRun(int day, out PlainRun run, out Instant dayStart)
    {
        if (Steady.Covers(day))
        {
            run = Steady;
            dayStart = run.At(day, 0);
            return true;
        }

        dayStart = FirstAtOrAfter(day, 0);
        run = PlainRun.Of(_zone.GetZoneInterval(dayStart), _maxOffset);
        return run.Covers(day);
    }
}
