using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// Builds a <see cref="HandlingPolicy"/>, validating it in <see cref="Build"/>. Get one from <see cref="HandlingPolicy.CreateBuilder"/>,
/// or from <see cref="HandlingPolicy.ToBuilder"/> to adapt an existing policy (a preset) without retyping it.
/// </summary>
public sealed partial class HandlingPolicyBuilder
{
    private readonly int[] _limits = new int[HandlingPolicy.LimitTableSize];
    private string _name;
    private WorkingDayCalendar _calendar;
    private readonly Dictionary<Urgency, (Duration Respond, Duration Result)> _urgent = new();
    private DateTimeZone _zone = HandlingPolicy.ChinaStandardTime;
    private ClockStart _clockStart = ClockStart.Dispatch;
    private ExtensionRule _extension = ExtensionRule.None;
    private Duration _dispatchWithin = Duration.FromMinutes(10);
    private int _dueSoon;
    private BeyondCoverage _beyond = BeyondCoverage.Reject;

    internal HandlingPolicyBuilder(string name, WorkingDayCalendar calendar)
    {
        _name = name;
        _calendar = calendar;
        _steps = new StepSettings();
    }

    internal HandlingPolicyBuilder(HandlingPolicy policy, int[] limits, Dictionary<Urgency, (Duration Respond, Duration Result)> urgent, StepSettings steps)
        : this(policy.Name, policy.Calendar)
    {
        _steps = steps.Copy();
        Array.Copy(limits, _limits, _limits.Length);
        foreach (var pair in urgent)
        {
            _urgent[pair.Key] = pair.Value;
        }

        _zone = policy.Zone;
        _clockStart = policy.ClockStart;
        _extension = policy.Extension;
        _dispatchWithin = policy.DispatchWithin;
        _dueSoon = policy.DueSoonWithinWorkingDays;
        _beyond = policy.BeyondCoverage;
    }

    /// <summary>
    /// Renames the policy. Keep the name when only the calendar changes (a new year's notice): stored deadlines are
    /// restored against a policy of the same name (<see cref="HandlingPolicy.Restore"/>).
    /// </summary>
    /// <param name="name">The name; not blank.</param>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder Named(string name)
    {
        _name = Guard.Against.NullOrWhiteSpace(name).Trim();
        return this;
    }

    /// <summary>Counts on another calendar, for example one extended with next year's notice.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder OnCalendar(WorkingDayCalendar calendar)
    {
        _calendar = Guard.Against.Null(calendar);
        return this;
    }

    /// <summary>Sets the zone (default <see cref="HandlingPolicy.ChinaStandardTime"/>).</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder InZone(DateTimeZone zone)
    {
        _zone = Guard.Against.Null(zone);
        return this;
    }

    /// <summary>Sets the event that starts the clock (default <see cref="ClockStart.Dispatch"/>).</summary>
    /// <param name="clockStart">The event.</param>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder ClockStartsAt(ClockStart clockStart)
    {
        _clockStart = Guard.Against.Null(clockStart);
        return this;
    }

    /// <summary>Sets the limit of <paramref name="category"/> for every complexity.</summary>
    /// <param name="category">The category.</param>
    /// <param name="workingDays">The limit, 1 to <see cref="HandlingPolicy.MaxLimitInWorkingDays"/> working days.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is above <see cref="HandlingPolicy.MaxLimitInWorkingDays"/>.</exception>
    /// <exception cref="HandlingPolicyException"><paramref name="workingDays"/> is 0 or negative.</exception>
    public HandlingPolicyBuilder Limit(TicketCategory category, int workingDays)
    {
        foreach (var complexity in Complexity.List)
        {
            Limit(category, complexity, workingDays);
        }

        return this;
    }

    /// <summary>Sets the limit of one category and complexity.</summary>
    /// <param name="category">The category.</param>
    /// <param name="complexity">The complexity.</param>
    /// <param name="workingDays">The limit, 1 to <see cref="HandlingPolicy.MaxLimitInWorkingDays"/> working days.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is above <see cref="HandlingPolicy.MaxLimitInWorkingDays"/>.</exception>
    /// <exception cref="HandlingPolicyException"><paramref name="workingDays"/> is 0 or negative.</exception>
    public HandlingPolicyBuilder Limit(TicketCategory category, Complexity complexity, int workingDays)
    {
        Guard.Against.Null(category);
        Guard.Against.Null(complexity);
        Preconditions.OutOfRange(
            workingDays > HandlingPolicy.MaxLimitInWorkingDays, workingDays, nameof(workingDays),
            $"Policy '{_name}': a limit of {workingDays} working days for {category.ChineseName} is more than the {HandlingPolicy.MaxLimitInWorkingDays} a policy accepts.");

        if (workingDays <= 0)
        {
            throw new HandlingPolicyException(
                $"Policy '{_name}': the limit for {category.ChineseName} ({category.Name}), {complexity.ChineseName}, is {workingDays} working days; a limit must be 1 or more.");
        }

        _limits[HandlingPolicy.Index(category, complexity)] = workingDays;
        return this;
    }

    /// <summary>Sets the extension rule (default <see cref="ExtensionRule.None"/>).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder Extension(ExtensionRule rule)
    {
        _extension = Guard.Against.Null(rule);
        return this;
    }

    /// <summary>Sets the dispatch service level (default 10 minutes from the call).</summary>
    /// <param name="within">A positive duration, at most <see cref="HandlingPolicy.MaxCalendarTimeLimit"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="within"/> is not positive or is longer than <see cref="HandlingPolicy.MaxCalendarTimeLimit"/>.</exception>
    public HandlingPolicyBuilder DispatchWithin(Duration within)
    {
        Guard.Against.Expression(d => d <= Duration.Zero || d > HandlingPolicy.MaxCalendarTimeLimit, within,
            $"The dispatch service level must be a positive duration of at most {HandlingPolicy.MaxCalendarTimeLimit.TotalDays} days; got {within}.");
        _dispatchWithin = within;
        return this;
    }

    /// <summary>Warns (<see cref="WarningLevel.DueSoon"/>) when at most <paramref name="workingDays"/> working days remain after today (default 0: on the last working day).</summary>
    /// <param name="workingDays">0 or more.</param>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder DueSoonWithin(int workingDays)
    {
        _dueSoon = Guard.Against.Negative(workingDays);
        return this;
    }

    /// <summary>Sets hour limits on calendar time for orders of <paramref name="urgency"/>.</summary>
    /// <param name="urgency">The urgency (not <see cref="Urgency.Normal"/>).</param>
    /// <param name="respondWithin">Time to respond; positive.</param>
    /// <param name="resultWithin">Time to the result; at least <paramref name="respondWithin"/>, at most <see cref="HandlingPolicy.MaxCalendarTimeLimit"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="urgency"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resultWithin"/> is longer than <see cref="HandlingPolicy.MaxCalendarTimeLimit"/>.</exception>
    /// <exception cref="HandlingPolicyException">The urgency is <see cref="Urgency.Normal"/>, or the durations are not positive and ordered.</exception>
    public HandlingPolicyBuilder UrgentLimit(Urgency urgency, Duration respondWithin, Duration resultWithin)
    {
        Guard.Against.Null(urgency);
        Preconditions.OutOfRange(
            respondWithin > HandlingPolicy.MaxCalendarTimeLimit || resultWithin > HandlingPolicy.MaxCalendarTimeLimit, resultWithin, nameof(resultWithin),
            $"Policy '{_name}': hour limits are at most {HandlingPolicy.MaxCalendarTimeLimit.TotalDays} days; got {respondWithin} to respond and {resultWithin} to the result.");

        if (urgency == Urgency.Normal || respondWithin <= Duration.Zero || resultWithin < respondWithin)
        {
            throw new HandlingPolicyException(
                $"Policy '{_name}': hour limits for {urgency.ChineseName} must be for an urgent level, with a positive time to respond ({respondWithin}) " +
                $"and a time to result ({resultWithin}) no shorter than it.");
        }

        _urgent[urgency] = (respondWithin, resultWithin);
        return this;
    }

    /// <summary>
    /// Allows deadlines that cross the calendar's coverage, computed by the weekday rule and marked
    /// <see cref="HandlingDeadline.IsProvisional"/>; by default they throw <see cref="CalendarCoverageException"/>.
    /// </summary>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder AllowProvisionalDeadlines()
    {
        _beyond = BeyondCoverage.AssumeWeekdays;
        return this;
    }

    /// <summary>Rejects deadlines that cross the calendar's coverage (the default): they throw <see cref="CalendarCoverageException"/>.</summary>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder RejectProvisionalDeadlines()
    {
        _beyond = BeyondCoverage.Reject;
        return this;
    }

    /// <summary>Validates and builds the policy.</summary>
    /// <returns>The immutable policy.</returns>
    /// <exception cref="HandlingPolicyException">No category has a limit, or a category has limits for some complexities only; a step limit in working time without office hours, or office hours on another calendar than the policy's.</exception>
    public HandlingPolicy Build()
    {
        var complexities = Complexity.InValueOrder;
        var accepted = TicketCategory.InValueOrder.Where(c => complexities.Any(x => _limits[HandlingPolicy.Index(c, x)] > 0)).ToList();
        if (accepted.Count == 0)
        {
            throw new HandlingPolicyException($"Policy '{_name}' has no limits: give at least one category a limit in working days.");
        }

        foreach (var category in accepted)
        {
            var missing = complexities.Where(x => _limits[HandlingPolicy.Index(category, x)] == 0).ToList();
            if (missing.Count > 0)
            {
                throw new HandlingPolicyException(
                    $"Policy '{_name}' has limits for {category.ChineseName} ({category.Name}) but none for {string.Join(", ", missing.Select(m => m.ChineseName))}: " +
                    "every category the policy accepts needs a limit for every complexity.");
            }
        }

        return new HandlingPolicy(_name, _calendar, _zone, _clockStart, (int[])_limits.Clone(), _extension, _dispatchWithin, _dueSoon, _beyond,
            new Dictionary<Urgency, (Duration Respond, Duration Result)>(_urgent), CheckedSteps());
    }
}
