using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Linq;
using Ardalis.GuardClauses;
using Hotline.Domain.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// A city's handling time limits (办理时限规则) as data: the limit in working days per category and complexity,
/// when the clock starts, the calendar and time zone it counts in, the extension rule, the dispatch service level,
/// hour limits for urgent orders, and the due-soon warning threshold. Immutable once built; build one with
/// <see cref="CreateBuilder(string, WorkingDayCalendar)"/> or use a preset such as <see cref="Baoji2019"/>.
/// </summary>
/// <remarks>
/// Counting: the day the clock starts is not counted (Civil Code art. 201); the deadline is 24:00 at the
/// end of the last working day in the policy's zone (art. 203): an action at or after <see cref="HandlingDeadline.DueAt"/>
/// is late.
/// </remarks>
public sealed partial class HandlingPolicy
{
    /// <summary>China Standard Time, <c>Asia/Shanghai</c> from NodaTime's embedded TZDB: the default zone of every policy.</summary>
    public static readonly DateTimeZone ChinaStandardTime = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>
    /// The longest limit a policy accepts, in working days (1,000, about four years): a longer one is an input error,
    /// refused by the builder before any arithmetic. Also the most one extension may add.
    /// </summary>
    public const int MaxLimitInWorkingDays = 1000;

    /// <summary>The longest calendar-time limit a policy accepts (30 days): for the dispatch service level and urgent hour limits.</summary>
    public static readonly Duration MaxCalendarTimeLimit = Duration.FromDays(30);

    // Limits indexed by category value * Stride + complexity value; 0 = not accepted. Read on every DeadlineFor.
    private const int Stride = 4;
    private static readonly Duration OneDay = Duration.FromDays(1);
    private static readonly LocalDate LastDueDate = LocalDate.MaxIsoValue.PlusDays(-2);
    private readonly int[] _limits;
    private readonly Dictionary<Urgency, (Duration Respond, Duration Result)> _urgentLimits;
    private readonly StepSettings _steps;

    // The zone interval around the middle of the calendar's coverage (for Asia/Shanghai: 1991 onwards). Inside it
    // local dates and midnights are plain offset arithmetic, without a zone lookup or allocation per deadline.
    private readonly ZoneInterval _steadyInterval;
    private readonly Duration _steadyOffset;

    internal HandlingPolicy(
        string name,
        WorkingDayCalendar calendar,
        DateTimeZone zone,
        ClockStart clockStart,
        int[] limits,
        ExtensionRule extension,
        Duration dispatchWithin,
        int dueSoonWithinWorkingDays,
        BeyondCoverage beyondCoverage,
        Dictionary<Urgency, (Duration Respond, Duration Result)> urgentLimits,
        StepSettings steps)
    {
        _steps = steps;
        Name = name;
        Calendar = calendar;
        Zone = zone;
        ClockStart = clockStart;
        _limits = limits;
        Extension = extension;
        DispatchWithin = dispatchWithin;
        DueSoonWithinWorkingDays = dueSoonWithinWorkingDays;
        BeyondCoverage = beyondCoverage;
        _urgentLimits = urgentLimits;
        // Leniently: the middle day may be one the zone skipped (Pacific/Apia, 2011-12-30).
        var middle = calendar.Coverage.Start.PlusDays(calendar.Coverage.Length / 2).AtMidnight().InZoneLeniently(zone).ToInstant();
        _steadyInterval = zone.GetZoneInterval(middle);
        _steadyOffset = Duration.FromSeconds(_steadyInterval.WallOffset.Seconds);
        AcceptedCategories = Array.AsReadOnly(TicketCategory.InValueOrder.Where(c => LimitOrZero(c, Complexity.General) > 0).ToArray());
    }

    /// <summary>The policy's name (for example 宝鸡市 2019).</summary>
    public string Name { get; }

    /// <summary>The working-day calendar limits are counted on.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The zone whose local dates and midnights the policy counts in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The event that starts the clock (dispatch by default).</summary>
    public ClockStart ClockStart { get; }

    /// <summary>When deadlines may be extended.</summary>
    public ExtensionRule Extension { get; }

    /// <summary>How soon after the call a work order must be dispatched (10 minutes in the city preset).</summary>
    public Duration DispatchWithin { get; }

    /// <summary>
    /// A deadline is <see cref="WarningLevel.DueSoon"/> when at most this many working days remain after today
    /// (0, the default: on the last working day).
    /// </summary>
    public int DueSoonWithinWorkingDays { get; }

    /// <summary>Whether deadlines that cross the calendar's coverage throw (the default) or are computed provisionally.</summary>
    public BeyondCoverage BeyondCoverage { get; }

    /// <summary>The categories this policy has limits for, in value order (a read-only view).</summary>
    public IReadOnlyList<TicketCategory> AcceptedCategories { get; }

    /// <summary>Starts building a policy counted on <paramref name="calendar"/>.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>A builder with the defaults: clock starts at dispatch, Asia/Shanghai, no extension, dispatch within 10 minutes, due soon on the last working day.</returns>
    public static HandlingPolicyBuilder CreateBuilder(string name, WorkingDayCalendar calendar) =>
        new(Guard.Against.NullOrWhiteSpace(name), Guard.Against.Null(calendar));

    /// <summary>The limit in working days for a category and complexity.</summary>
    /// <param name="category">The category.</param>
    /// <param name="complexity">The complexity.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="HandlingPolicyException">The policy has no limit for the category.</exception>
    public int LimitFor(TicketCategory category, Complexity complexity)
    {
        Guard.Against.Null(category);
        Guard.Against.Null(complexity);
        var days = LimitOrZero(category, complexity);
        if (days == 0)
        {
            ThrowNotAccepted(category);
        }

        return days;
    }

    /// <summary>
    /// The handling deadline of an order whose clock started at <paramref name="clockStart"/>: the start day is not
    /// counted, and the order is due at 24:00 at the end of the limit's last working day in <see cref="Zone"/>.
    /// </summary>
    /// <param name="category">The order's category.</param>
    /// <param name="complexity">The order's complexity.</param>
    /// <param name="clockStart">The instant of the event in <see cref="ClockStart"/> (dispatch by default).</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> or <paramref name="complexity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clockStart"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="HandlingPolicyException">The policy has no limit for the category.</exception>
    /// <exception cref="CalendarCoverageException">The deadline falls outside the calendar's coverage and the policy does not allow provisional answers.</exception>
    public HandlingDeadline DeadlineFor(TicketCategory category, Complexity complexity, Instant clockStart)
    {
        var days = LimitFor(category, complexity);
        var startDate = LocalDateOf(clockStart);
        var due = Due(startDate, days);
        return new HandlingDeadline(this, category, complexity, clockStart, days, due.Value, due.Value, EndOfDay(due.Value), due.IsProvisional, 0, 0);
    }

    /// <summary>The instant by which a work order must be dispatched after the call was received.</summary>
    /// <param name="callReceived">When the call was received.</param>
    /// <returns><paramref name="callReceived"/> plus <see cref="DispatchWithin"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callReceived"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    public Instant DispatchDueAt(Instant callReceived)
    {
        Preconditions.InRange(callReceived, nameof(callReceived));
        return callReceived + DispatchWithin;
    }

    /// <summary>Whether a dispatch met the dispatch service level (at or before <see cref="DispatchDueAt"/>).</summary>
    /// <param name="callReceived">When the call was received.</param>
    /// <param name="dispatched">When the work order was dispatched.</param>
    /// <returns><see langword="true"/> when on time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callReceived"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    public bool IsDispatchOnTime(Instant callReceived, Instant dispatched) => dispatched <= DispatchDueAt(callReceived);

    /// <summary>Whether the policy has hour limits for <paramref name="urgency"/>.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns><see langword="true"/> when <see cref="UrgentDeadlineFor"/> answers for it.</returns>
    public bool HasUrgentLimit(Urgency urgency) => _urgentLimits.ContainsKey(Guard.Against.Null(urgency));

    /// <summary>The hour limits (calendar time) of an urgent order whose clock started at <paramref name="start"/>.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <param name="start">When the clock started.</param>
    /// <returns>The respond-by and result-by instants.</returns>
    /// <exception cref="HandlingPolicyException">The policy has no hour limit for <paramref name="urgency"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="urgency"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    public UrgentDeadline UrgentDeadlineFor(Urgency urgency, Instant start)
    {
        Guard.Against.Null(urgency);
        Preconditions.InRange(start, nameof(start));
        if (!_urgentLimits.TryGetValue(urgency, out var limit))
        {
            throw new HandlingPolicyException(
                $"Policy '{Name}' has no hour limit for {urgency.ChineseName} ({urgency.Name}) orders. " +
                $"Urgencies with hour limits: {Describe(_urgentLimits.Keys.OrderBy(u => u.Value).Select(u => u.ChineseName))}.");
        }

        return new UrgentDeadline(urgency, start, start + limit.Respond, start + limit.Result);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Calendar.Name}, {Zone.Id}, clock starts at {ClockStart.ChineseName})";

    /// <summary>
    /// Starts a builder holding everything this policy holds (name, calendar, zone, clock start, limits, extension rule,
    /// service levels, provisional answers): adapt a preset without retyping it, for example on a calendar extended with
    /// next year's notice, or allowing provisional deadlines. This policy is unchanged.
    /// </summary>
    /// <returns>A new builder.</returns>
    public HandlingPolicyBuilder ToBuilder() => new(this, _limits, _urgentLimits, _steps);

    internal CalendarAnswer<LocalDate> Due(LocalDate from, int workingDays)
    {
        // Reject: the exception-free path; beyond the coverage, DueOutside builds the error with the policy's advice.
        if (BeyondCoverage == BeyondCoverage.Reject)
        {
            return Calendar.TryAddWorkingDays(from, workingDays, out var due)
                ? new CalendarAnswer<LocalDate>(due, false)
                : throw DueOutside(from, workingDays);
        }

        return Calendar.AddWorkingDays(from, workingDays, BeyondCoverage);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private CalendarCoverageException DueOutside(LocalDate from, int workingDays)
    {
        try
        {
            Calendar.AddWorkingDays(from, workingDays);
            // Stryker disable once String : unreachable, the calendar refused the same count a moment ago.
            throw new InvalidOperationException("Unreachable: the calendar refused the count a moment ago.");
        }
        catch (CalendarCoverageException e)
        {
            // The calendar's own advice names its BeyondCoverage overloads, which a policy's caller cannot pass.
            return new CalendarCoverageException(
                e.Date, e.Coverage, $"Policy '{Name}': {workingDays} working days after {from:uuuu-MM-dd}",
                "Build the policy with AllowProvisionalDeadlines() for a provisional deadline (policy.ToBuilder().AllowProvisionalDeadlines().Build()), " +
                "or on a calendar extended with that year's notice (policy.ToBuilder().OnCalendar(calendar)).",
                e);
        }
    }

    /// <summary>24:00 at the end of <paramref name="date"/>, i.e. the start of the next day, in <see cref="Zone"/>.</summary>
    internal Instant EndOfDay(LocalDate date)
    {
        // Year first: a cheap test that keeps the comparison off the hot path.
        if (date.Year >= LastDueDate.Year && date >= LastDueDate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, $"The due date {date:uuuu-MM-dd} is too close to the last date NodaTime represents for its end (24:00) to be an instant.");
        }

        var nextDay = date.PlusDays(1);

        // Fast path, free of allocation: where no offset change lies within a day of it (always, in China since
        // 1991), local midnight is midnight UTC minus the offset. NodaTime's AtStartOfDayInZone allocates a
        // mapping object per call, which a million deadlines feel.
        var candidate = nextDay.AtMidnight().InUtc().ToInstant() - _steadyOffset;
        if (_steadyInterval.Contains(candidate - OneDay) && _steadyInterval.Contains(candidate + OneDay))
        {
            return candidate;
        }

        // Leniently, not AtStartOfDayInZone: where the zone skipped the whole next day (Pacific/Apia, 2011-12-30), the
        // day ends when the day after it begins, which the lenient resolver gives by shifting forward across the gap.
        return nextDay.AtMidnight().InZoneLeniently(Zone).ToInstant();
    }

    /// <summary>The local date of <paramref name="instant"/> in <see cref="Zone"/>.</summary>
    internal LocalDate LocalDateOf(Instant instant, [CallerArgumentExpression(nameof(instant))] string parameterName = "")
    {
        Preconditions.InRange(instant, parameterName);
        return _steadyInterval.Contains(instant) ? (instant + _steadyOffset).InUtc().Date : instant.InZone(Zone).Date;
    }

    internal static int Index(TicketCategory category, Complexity complexity) => (category.Value * Stride) + complexity.Value;

    internal static int LimitTableSize => (TicketCategory.List.Max(c => c.Value) + 1) * Stride;

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private int LimitOrZero(TicketCategory category, Complexity complexity) => _limits[Index(category, complexity)];

    private void ThrowNotAccepted(TicketCategory category) =>
        throw new HandlingPolicyException(
            $"Policy '{Name}' has no handling limit for {category.ChineseName} ({category.Name}). " +
            $"Categories it handles: {Describe(AcceptedCategories.Select(c => c.ChineseName))}.");
}
