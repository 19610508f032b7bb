using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Office hours (工作时间) on top of a <see cref="WorkingDayCalendar"/>: the windows of each working day, season by season
/// (summer and winter hours), in a time zone. It counts working time — the time inside the windows of working days —
/// for limits such as "sign in within 2 working hours". Immutable; build one with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// <para>
/// Days off come from the calendar: a holiday has no windows, a make-up Saturday (补班) has its season's windows. Outside
/// the calendar's coverage every member throws <see cref="CalendarCoverageException"/>, as the calendar does.
/// </para>
/// <para>
/// Local window times become instants in <see cref="Zone"/> leniently, as NodaTime's lenient resolver does: a time the
/// zone skipped (a spring-forward gap) moves forward by the gap's length, a repeated time (a fall-back overlap) takes its
/// first occurrence. A window's working time is the elapsed time between its two instants, so a window across a gap is
/// shorter and one across an overlap longer than on a plain day; where the mapping would make a window start before the
/// previous one ended (or end before it starts), it is cut to keep windows in order, so a day the zone skipped entirely
/// (Pacific/Apia, 2011-12-30) contributes no working time.
/// </para>
/// <para>
/// Speed: where the zone keeps one offset over the span (China since 1991), whole working days are counted through
/// the calendar's index, season by season, with no allocation; elsewhere the count walks the days.
/// </para>
/// </remarks>
public sealed class WorkingHours
{
    private const long NanosPerDay = NodaConstants.NanosecondsPerDay;

    // Beyond a century of working time no calendar has coverage for it: refused before any arithmetic.
    private static readonly Duration LongestAmount = Duration.FromDays(36_600);
    private static readonly Duration Margin = Duration.FromDays(2);

    private readonly WorkingHoursSeason[] _seasons;
    private readonly ZoneInterval _steadyInterval;
    private readonly Duration _steadyOffset;

    internal WorkingHours(string name, WorkingDayCalendar calendar, DateTimeZone zone, WorkingHoursSeason[] seasons)
    {
        Name = name;
        Calendar = calendar;
        Zone = zone;
        _seasons = seasons;
        Seasons = Array.AsReadOnly(seasons);
        // The zone interval around the middle of the coverage: inside it local times are plain offset arithmetic.
        var middle = calendar.Coverage.Start.PlusDays(calendar.Coverage.Length / 2).AtMidnight().InZoneLeniently(zone).ToInstant();
        _steadyInterval = zone.GetZoneInterval(middle);
        _steadyOffset = Duration.FromSeconds(_steadyInterval.WallOffset.Seconds);
    }

    /// <summary>The schedule's name (for example 宝鸡市 夏令/冬令作息).</summary>
    public string Name { get; }

    /// <summary>The working-day calendar whose working days have windows.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The zone the windows' local times are in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The seasons in the order of their first day in the year (a read-only view).</summary>
    public IReadOnlyList<WorkingHoursSeason> Seasons { get; }

    /// <summary>Starts building office hours on <paramref name="calendar"/> in <paramref name="zone"/>.</summary>
    /// <param name="name">The schedule's name; not blank.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="zone">The zone of the windows' local times.</param>
    /// <returns>A builder; add at least one <see cref="WorkingHoursBuilder.Season"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank, or <paramref name="calendar"/> or <paramref name="zone"/> is null.</exception>
    public static WorkingHoursBuilder Create(string name, WorkingDayCalendar calendar, DateTimeZone zone) =>
        new(Guard.Against.NullOrWhiteSpace(name).Trim(), Guard.Against.Null(calendar), Guard.Against.Null(zone));

    /// <summary>The windows in force on <paramref name="date"/>: its season's, or none on a day off.</summary>
    /// <param name="date">An ISO day inside the calendar's coverage.</param>
    /// <returns>A read-only list, sorted; empty on a day off.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the calendar's coverage.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    public IReadOnlyList<TimeWindow> WindowsOn(LocalDate date) =>
        Calendar.IsWorkingDay(date) ? SeasonOn(date.Month, date.Day).Windows : Array.Empty<TimeWindow>();

    /// <summary>Whether <paramref name="instant"/> lies inside a window of a working day.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> during office hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">Its local date is outside the calendar's coverage.</exception>
    public bool IsWorkingTime(Instant instant)
    {
        Preconditions.InRange(instant, nameof(instant));
        return Forward(instant, instant + Duration.Epsilon) > Duration.Zero;
    }

    /// <summary>The working time in [<paramref name="start"/>, <paramref name="end"/>); negative when <paramref name="end"/> is earlier.</summary>
    /// <param name="start">The first instant counted.</param>
    /// <param name="end">The first instant not counted.</param>
    /// <returns>The working time between them.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">A local date of the span is outside the calendar's coverage.</exception>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        Preconditions.InRange(start, nameof(start));
        Preconditions.InRange(end, nameof(end));
        return end < start ? -Forward(end, start) : Forward(start, end);
    }

    /// <summary>
    /// The earliest instant <c>t ≥ start</c> with <c>WorkingTimeBetween(start, t) == amount</c>: a limit that fills a
    /// window exactly ends at that window's end, not at the next window's start; zero gives <paramref name="start"/>.
    /// </summary>
    /// <param name="start">When the limit starts running.</param>
    /// <param name="amount">The working time; zero or more.</param>
    /// <returns>The instant the working time is used up.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="start"/> is outside the supported instants.</exception>
    /// <exception cref="CalendarCoverageException">The working time runs beyond the calendar's coverage (always for an amount over a century).</exception>
    public Instant AddWorkingTime(Instant start, Duration amount)
    {
        Preconditions.InRange(start, nameof(start));
        if (amount < Duration.Zero)
        {
            // Checked first: the message formats a Duration, which would cost every call an allocation.
            Preconditions.OutOfRange(true, amount, nameof(amount), $"Working time to add must be zero or more; got {amount}.");
        }

        var startDate = CoveredDate(start, "The start of the working time");
        if (amount == Duration.Zero)
        {
            return start;
        }

        if (amount > LongestAmount)
        {
            throw Beyond(Calendar.Coverage.End.PlusDays(1), $"Adding {amount} of working time to {start}");
        }

        if (_steadyInterval.Contains(start - Margin) && TryAddSteady(start, amount.ToInt64Nanoseconds(), out var steady)
            && _steadyInterval.Contains(steady + Margin))
        {
            return steady;
        }

        return AddByDays(start, startDate, amount);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Calendar.Name}, {Zone.Id}; {string.Join("; ", (IEnumerable<WorkingHoursSeason>)_seasons)})";

    private Duration Forward(Instant start, Instant end)
    {
        var first = CoveredDate(start, "The start of the span");
        var last = CoveredDate(end, "The end of the span");
        if (start == end)
        {
            return Duration.Zero;
        }

        if (_steadyInterval.Contains(start - Margin) && _steadyInterval.Contains(end + Margin))
        {
            return Duration.FromNanoseconds(SteadyBetween(start, end));
        }

        return BetweenByDays(start, end, first, last);
    }

    // ---- Steady offset: local time is instant + offset, days are epoch days, whole working days come from the index.
    private long SteadyBetween(Instant start, Instant end)
    {
        var (startDay, startTime) = Local(start);
        var (endDay, endTime) = Local(end);
        if (startDay == endDay)
        {
            return Before(endDay, endTime) - Before(startDay, startTime);
        }

        return Daily(startDay) - Before(startDay, startTime) + WholeDays(startDay + 1, endDay - 1) + Before(endDay, endTime);
    }

    private bool TryAddSteady(Instant start, long amount, out Instant result)
    {
        var (day, time) = Local(start);
        var used = Before(day, time);
        var left = Daily(day) - used;
        if (amount <= left)
        {
            result = Instant(day, SeasonOfEpochDay(day).TimeReaching(used + amount));
            return true;
        }

        var remaining = amount - left;
        day++;
        var lastDay = Calendar.LastEpochDay;
        while (day <= lastDay)
        {
            var season = SeasonOfEpochDay(day, out var segmentEnd);
            segmentEnd = Math.Min(segmentEnd, lastDay);
            var daily = season.DailyNanoseconds;
            var before = Calendar.WorkingDaysBefore(day);
            var available = Calendar.WorkingDaysBefore(segmentEnd + 1) - before;
            // The n-th working day of the segment uses the amount up: n = ceiling(remaining / daily).
            var needed = ((remaining - 1) / daily) + 1;
            if (needed <= available)
            {
                var target = Calendar.WorkingEpochDay(before + (int)needed - 1);
                result = Instant(target, season.TimeReaching(remaining - ((needed - 1) * daily)));
                return true;
            }

            remaining -= available * daily;
            day = segmentEnd + 1;
        }

        throw Beyond(Calendar.Coverage.End.PlusDays(1), $"Adding {Duration.FromNanoseconds(amount)} of working time to {start}");
    }

    private long WholeDays(int firstDay, int lastDay)
    {
        long total = 0;
        var day = firstDay;
        while (day <= lastDay)
        {
            var season = SeasonOfEpochDay(day, out var segmentEnd);
            segmentEnd = Math.Min(segmentEnd, lastDay);
            total += (Calendar.WorkingDaysBefore(segmentEnd + 1) - Calendar.WorkingDaysBefore(day)) * season.DailyNanoseconds;
            day = segmentEnd + 1;
        }

        return total;
    }

    private long Before(int epochDay, long nanosecondOfDay) =>
        Calendar.IsWorkingCoveredDay(epochDay) ? SeasonOfEpochDay(epochDay).WorkingTimeBefore(nanosecondOfDay) : 0;

    private long Daily(int epochDay) => Calendar.IsWorkingCoveredDay(epochDay) ? SeasonOfEpochDay(epochDay).DailyNanoseconds : 0;

    private (int Day, long Time) Local(Instant instant)
    {
        var local = instant - NodaConstants.UnixEpoch + _steadyOffset;
        return (local.Days, local.NanosecondOfDay);
    }

    private Instant Instant(int epochDay, long nanosecondOfDay) =>
        NodaConstants.UnixEpoch + Duration.FromDays(epochDay) + Duration.FromNanoseconds(nanosecondOfDay) - _steadyOffset;

    // ---- Any zone: walk the days, mapping each window leniently and keeping the windows in order.
    private Duration BetweenByDays(Instant start, Instant end, LocalDate first, LocalDate last)
    {
        var total = Duration.Zero;
        var floor = start;
        for (var date = first.PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            foreach (var (open, close) in MappedWindows(date, floor))
            {
                floor = close;
                var from = open < start ? start : open;
                var to = close > end ? end : close;
                if (to > from)
                {
                    total += to - from;
                }
            }
        }

        return total;
    }

    private Instant AddByDays(Instant start, LocalDate first, Duration amount)
    {
        var remaining = amount;
        var floor = start;
        for (var date = first.PlusDays(-1); ; date = date.PlusDays(1))
        {
            if (date > Calendar.Coverage.End)
            {
                throw Beyond(date, $"Adding {amount} of working time to {start}");
            }

            foreach (var (open, close) in MappedWindows(date, floor))
            {
                floor = close;
                var from = open < start ? start : open;
                if (close <= from)
                {
                    continue;
                }

                if (remaining <= close - from)
                {
                    return from + remaining;
                }

                remaining -= close - from;
            }
        }
    }

    // The day's windows as instants, none starting before the previous window's end (floor), none running backwards.
    private List<(Instant Open, Instant Close)> MappedWindows(LocalDate date, Instant floor)
    {
        var windows = new List<(Instant, Instant)>();
        if (date < Calendar.Coverage.Start || !Calendar.IsWorkingDay(date))
        {
            return windows;
        }

        foreach (var window in SeasonOn(date.Month, date.Day).Windows)
        {
            var open = date.At(window.Start).InZoneLeniently(Zone).ToInstant();
            var close = date.At(window.End).InZoneLeniently(Zone).ToInstant();
            open = open < floor ? floor : open;
            close = close < open ? open : close;
            windows.Add((open, close));
            floor = close;
        }

        return windows;
    }

    // ---- Seasons and coverage.
    private WorkingHoursSeason SeasonOn(int month, int day) => _seasons[SeasonIndex(month, day, out _)];

    // The last season whose first day is on or before month-day; before the year's first season, the year's last one
    // (which began the year before), with startedThisYear false.
    private int SeasonIndex(int month, int day, out bool startedThisYear)
    {
        var index = _seasons.Length - 1;
        startedThisYear = false;
        for (var i = 0; i < _seasons.Length; i++)
        {
            var from = _seasons[i].From;
            if (from.Month < month || (from.Month == month && from.Day <= day))
            {
                index = i;
                startedThisYear = true;
            }
        }

        return index;
    }

    private WorkingHoursSeason SeasonOfEpochDay(int epochDay) => SeasonOfEpochDay(epochDay, out _);

    // The season of the day, and the last epoch day of that season's run (the day before the next season begins).
    private WorkingHoursSeason SeasonOfEpochDay(int epochDay, out int lastDayOfRun)
    {
        IsoDates.Civil(epochDay, out var year, out var month, out var day);
        var index = SeasonIndex(month, day, out var found);

        // The next season begins later this year, or (after the last season of the year) on the first season's day next year.
        var next = _seasons[(index + 1) % _seasons.Length].From;
        var nextYear = !found || index + 1 < _seasons.Length ? year : year + 1;
        lastDayOfRun = IsoDates.EpochDay(nextYear, next.Month, next.Day) - 1;
        return _seasons[index];
    }

    private LocalDate CoveredDate(Instant instant, string what)
    {
        var date = instant.InZone(Zone).Date;
        return Calendar.Coverage.Contains(date) ? date : throw Beyond(date, what);
    }

    private CalendarCoverageException Beyond(LocalDate date, string what) =>
        new(date, Calendar.Coverage, $"Office hours '{Name}': {what}");
}
