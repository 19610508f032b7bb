using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// Office hours (工作时间) on top of a <see cref="WorkingDayCalendar"/>: on every working day of <see cref="Calendar"/>,
/// the windows of the season in force (summer hours, winter hours), in the local time of <see cref="Zone"/>; no working
/// time on days off. It counts working time — the time inside the windows of working days — for limits such as "sign in
/// within 2 working hours", one step per season crossed whatever the distance. Immutable and thread-safe; build one
/// with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Days.</b> Days off come from the calendar: a holiday has no windows, a make-up Saturday (补班) has its season's windows.
/// </para>
/// <para>
/// <b>Skipped and repeated local times.</b> A window opens at the first instant the zone's wall clock reads its start
/// (or a later time) and closes at the first instant it reads its end. Where the clock jumps over a window's start or
/// end, the window opens or closes at the jump; where the clock reads a time twice, the first reading counts, so a
/// repeated hour lying wholly inside a window is worked twice, as the elapsed time it is. A day the zone skipped whole
/// (Pacific/Apia, 2011-12-30) has no working time. Mapped windows never overlap or run backwards. This is NodaTime's
/// <c>Resolvers.ReturnEarlier</c> for repeated times with <c>Resolvers.ReturnStartOfIntervalAfter</c> for skipped ones;
/// the lenient resolver's forward shift of a skipped time is not used, because it can put a window's end before its
/// start and a skipped day's windows onto the next day.
/// </para>
/// <para>
/// <b>Coverage.</b> The calendar must cover the local date of every instant involved: from the start's date to the date
/// of the last instant before the end (an end at local midnight needs only the day before it), and the start's date
/// even for an empty span or a zero amount. Otherwise <see cref="CalendarCoverageException"/>, naming the first day
/// outside, as the calendar itself does; nothing is ever guessed.
/// </para>
/// <para>
/// <b>Speed.</b> Whole working days are counted and found through the calendar's index, one step per season crossed; a
/// day is never walked minute by minute. Where the zone keeps one offset (Asia/Shanghai since 1991) the arithmetic is
/// plain offset arithmetic without a zone lookup or allocation; only the days around an offset change are mapped
/// window by window.
/// </para>
/// </remarks>
public sealed partial class WorkingHours
{
    // The last local date an accepted instant can have (9899-12-31, plus at most 18 hours of offset).
    private static readonly int LastLocalDay = IsoDates.EpochDay(9900, 1, 1);
    private static readonly IReadOnlyList<TimeWindow> NoWindows = new ReadOnlyCollection<TimeWindow>(new List<TimeWindow>());
    private readonly SeasonTable _seasons;
    private readonly ZoneDays _days;

    internal WorkingHours(string name, WorkingDayCalendar calendar, DateTimeZone zone, WorkingHoursSeason[] seasons)
    {
        Name = name;
        Calendar = calendar;
        Zone = zone;
        Seasons = Array.AsReadOnly(seasons);
        _seasons = new SeasonTable(Seasons);
        _days = new ZoneDays(zone, calendar.FirstEpochDay + ((calendar.LastEpochDay - calendar.FirstEpochDay) / 2));
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
    /// <param name="name">The schedule's name; not blank (surrounding white space is removed).</param>
    /// <param name="calendar">The working-day calendar (for example <see cref="ChinaCalendars.Mainland"/>).</param>
    /// <param name="zone">The zone of the windows' local times (for example Asia/Shanghai).</param>
    /// <returns>A builder; add at least one <see cref="WorkingHoursBuilder.Season"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static WorkingHoursBuilder Create(string name, WorkingDayCalendar calendar, DateTimeZone zone) =>
        new(Guard.Against.NullOrWhiteSpace(name).Trim(), Guard.Against.Null(calendar), Guard.Against.Null(zone));

    /// <summary>Whether <paramref name="instant"/> lies inside a window of a working day of the calendar.</summary>
    /// <param name="instant">An instant between 0001-01-01 and 9899-12-31 (UTC).</param>
    /// <returns><see langword="true"/> during office hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the library's instant range.</exception>
    /// <exception cref="CalendarCoverageException">Its local date is outside the calendar's coverage.</exception>
    public bool IsWorkingTime(Instant instant)
    {
        Preconditions.InRange(instant, nameof(instant));
        return Count(instant, instant + Duration.Epsilon) > Duration.Zero;
    }

    /// <summary>The windows in force on <paramref name="date"/>: its season's on a working day, none on a day off.</summary>
    /// <param name="date">A day inside the calendar's coverage, in the ISO calendar.</param>
    /// <returns>The windows, sorted (a read-only view; empty on a day off).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the calendar's coverage.</exception>
    public IReadOnlyList<TimeWindow> WindowsOn(LocalDate date)
    {
        IsoDates.EnsureIso(date, nameof(date));
        var day = IsoDates.EpochDay(date);
        if (day < Calendar.FirstEpochDay || day > Calendar.LastEpochDay)
        {
            throw new CalendarCoverageException(date, Calendar.Coverage, $"Office hours '{Name}': the windows of {date:uuuu-MM-dd}", CoverageAdvice, null);
        }

        return Calendar.IsWorkingCoveredDay(day) ? _seasons.SeasonOf(day).Windows : NoWindows;
    }

    /// <summary>
    /// The working time in [<paramref name="start"/>, <paramref name="end"/>): the time inside windows of working days.
    /// Negative when <paramref name="end"/> is before <paramref name="start"/> (minus the working time in [end, start)).
    /// </summary>
    /// <param name="start">An instant in the library's range.</param>
    /// <param name="end">An instant in the library's range.</param>
    /// <returns>The signed working time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the library's instant range (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">A local date involved is outside the calendar's coverage (see the remarks of <see cref="WorkingHours"/>).</exception>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        Preconditions.InRange(start, nameof(start));
        Preconditions.InRange(end, nameof(end));
        if (start == end)
        {
            EnsureCovered(_days.DayOf(start), start, end);
            return Duration.Zero;
        }

        return start < end ? Count(start, end) : -Count(end, start);
    }

    /// <summary>
    /// The earliest instant <c>t ≥ start</c> with <c>WorkingTimeBetween(start, t) == amount</c>: a limit that fills a
    /// window exactly ends at that window's end, not at the next window's start; zero gives <paramref name="start"/>.
    /// </summary>
    /// <param name="start">When the limit starts running; an instant in the library's range.</param>
    /// <param name="amount">The working time; zero or more. Any amount is accepted, <see cref="Duration.MaxValue"/> included: one the calendar's coverage cannot hold is a <see cref="CalendarCoverageException"/>.</param>
    /// <returns>The instant the working time is used up.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the library's instant range, <paramref name="amount"/> is negative, or the result would lie after 9899-12-31 (on a calendar covering later years).</exception>
    /// <exception cref="CalendarCoverageException">The start's date, or a day the working time runs into, is outside the calendar's coverage.</exception>
    public Instant AddWorkingTime(Instant start, Duration amount)
    {
        Preconditions.InRange(start, nameof(start));

        // A constant message: an interpolated one would be built, and allocate, on every call.
        Preconditions.OutOfRange(
            amount < Duration.Zero, amount, nameof(amount), "Working time is added forwards: the amount is negative. Give zero or more; to go back, count with WorkingTimeBetween.");
        if (amount == Duration.Zero)
        {
            EnsureCovered(_days.DayOf(start), start, amount);
            return start;
        }

        return Add(start, amount);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Calendar.Name}, {Zone.Id}; {string.Join("; ", Seasons)})";
}
