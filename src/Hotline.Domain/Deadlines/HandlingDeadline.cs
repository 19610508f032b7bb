using System;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// When a work order falls due under a <see cref="HandlingPolicy"/>: the last working day (<see cref="DueDate"/>) and
/// the instant of 24:00 at its end (<see cref="DueAt"/>). An immutable value; <see cref="Extend(int)"/> returns a new one.
/// </summary>
/// <remarks>
/// <para>
/// Store it as a <see cref="HandlingDeadlineSnapshot"/> (<see cref="ToSnapshot"/>), plain data, and read it back with
/// <see cref="HandlingPolicy.Restore"/>: the deadline itself holds its policy, which is not data.
/// </para>
/// <para>
/// A <see langword="default"/> value is no deadline: every property and method throws the same
/// <see cref="InvalidOperationException"/>, except equality (a default equals only a default) and
/// <see cref="ToString"/> (<c>(no deadline)</c>).
/// </para>
/// </remarks>
public readonly struct HandlingDeadline : IEquatable<HandlingDeadline>
{
    private readonly HandlingPolicy _policy;
    private readonly TicketCategory _category;
    private readonly Complexity _complexity;
    private readonly Instant _clockStart;
    private readonly int _workingDays;
    private readonly LocalDate _originalDueDate;
    private readonly LocalDate _dueDate;
    private readonly Instant _dueAt;
    private readonly bool _isProvisional;
    private readonly int _extensionsUsed;
    private readonly int _extendedByWorkingDays;
    private readonly bool _isStatutory;

    internal HandlingDeadline(
        HandlingPolicy policy,
        TicketCategory category,
        Complexity complexity,
        Instant clockStart,
        int workingDays,
        LocalDate originalDueDate,
        LocalDate dueDate,
        Instant dueAt,
        bool isProvisional,
        int extensionsUsed,
        int extendedByWorkingDays,
        bool isStatutory = false)
    {
        _policy = policy;
        _category = category;
        _complexity = complexity;
        _clockStart = clockStart;
        _workingDays = workingDays;
        _originalDueDate = originalDueDate;
        _dueDate = dueDate;
        _dueAt = dueAt;
        _isProvisional = isProvisional;
        _extensionsUsed = extensionsUsed;
        _extendedByWorkingDays = extendedByWorkingDays;
        _isStatutory = isStatutory;
    }

    /// <summary>The policy that set this deadline.</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value (so is every member below).</exception>
    public HandlingPolicy Policy => _policy ?? throw NoDeadline();

    /// <summary>The order's category.</summary>
    public TicketCategory Category => _policy is null ? throw NoDeadline() : _category;

    /// <summary>The order's complexity.</summary>
    public Complexity Complexity => _policy is null ? throw NoDeadline() : _complexity;

    /// <summary>When the clock started.</summary>
    public Instant ClockStart => _policy is null ? throw NoDeadline() : _clockStart;

    /// <summary>The limit in working days, before any extension.</summary>
    public int WorkingDays => _policy is null ? throw NoDeadline() : _workingDays;

    /// <summary>The due date before any extension.</summary>
    public LocalDate OriginalDueDate => _policy is null ? throw NoDeadline() : _originalDueDate;

    /// <summary>The last working day to act on, extensions included.</summary>
    public LocalDate DueDate => _policy is null ? throw NoDeadline() : _dueDate;

    /// <summary>24:00 at the end of <see cref="DueDate"/> in the policy's zone: an action at or after this instant is late.</summary>
    public Instant DueAt => _policy is null ? throw NoDeadline() : _dueAt;

    /// <summary>
    /// <see langword="true"/> when the count crossed the calendar's coverage and the policy allowed the weekday rule:
    /// recompute once the year's notice is published (<see cref="HandlingPolicy.Restore"/> against a policy whose calendar has it).
    /// </summary>
    public bool IsProvisional => _policy is null ? throw NoDeadline() : _isProvisional;

    /// <summary>How many times the deadline has been extended.</summary>
    public int ExtensionsUsed => _policy is null ? throw NoDeadline() : _extensionsUsed;

    /// <summary>The working days added by extensions.</summary>
    public int ExtendedByWorkingDays => _policy is null ? throw NoDeadline() : _extendedByWorkingDays;

    /// <summary>
    /// <see langword="true"/> when a statutory handling period (法定办理期限) replaced the hotline's limit on the order:
    /// <see cref="DueDate"/> is the date the law gives, approved on the order, not a count of working days, and the
    /// deadline is no longer extended (<see cref="Extend(int)"/> refuses with <see cref="ExtensionRefusal.StatutoryPeriodInForce"/>).
    /// <see cref="WorkingDays"/>, <see cref="OriginalDueDate"/> and the extension counts stay the hotline's, for the record.
    /// </summary>
    public bool IsStatutory => _policy is null ? throw NoDeadline() : _isStatutory;

    /// <summary>Whether an action at <paramref name="instant"/> is late (at or after <see cref="DueAt"/>).</summary>
    /// <param name="instant">The moment of the action, or now.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public bool IsOverdueAt(Instant instant) => instant >= DueAt;

    /// <summary>
    /// The working days left after the local date of <paramref name="instant"/> up to <see cref="DueDate"/>: 0 on the
    /// last working day, negative once past it (−1 on the first working day after it). Beyond the calendar's coverage
    /// the count follows the policy's <see cref="HandlingPolicy.BeyondCoverage"/>: a policy built with
    /// <see cref="HandlingPolicyBuilder.AllowProvisionalDeadlines"/> counts by the weekday rule (a 2026 deadline seen on
    /// 2027-01-04 before the 2027 notice is known); use <see cref="WorkingDaysRemainingAt(Instant, BeyondCoverage)"/> to choose per call.
    /// </summary>
    /// <param name="instant">Now.</param>
    /// <returns>The signed count (see <see cref="WorkingDayCalendar.WorkingDaysBetween(LocalDate, LocalDate)"/>).</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">
    /// The local date of <paramref name="instant"/> is outside the calendar's coverage and the policy rejects provisional answers.
    /// </exception>
    public int WorkingDaysRemainingAt(Instant instant) => WorkingDaysRemainingAt(instant, Policy.BeyondCoverage).Value;

    /// <summary>
    /// <see cref="WorkingDaysRemainingAt(Instant)"/>, choosing what happens beyond the calendar's coverage for this call
    /// only: <see cref="BeyondCoverage.AssumeWeekdays"/> answers by the weekday rule and marks the count provisional.
    /// </summary>
    /// <param name="instant">Now.</param>
    /// <param name="beyond">What to do outside the calendar's coverage.</param>
    /// <returns>The signed count, and whether it is provisional.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentException"><paramref name="beyond"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">The local date of <paramref name="instant"/> is outside the coverage and <paramref name="beyond"/> is <see cref="BeyondCoverage.Reject"/>.</exception>
    public CalendarAnswer<int> WorkingDaysRemainingAt(Instant instant, BeyondCoverage beyond)
    {
        var policy = Policy;
        var today = policy.LocalDateOf(instant);
        try
        {
            return policy.Calendar.WorkingDaysBetween(today, _dueDate, beyond);
        }
        catch (CalendarCoverageException e)
        {
            throw new CalendarCoverageException(
                e.Date, e.Coverage, $"Working days remaining of a deadline due {_dueDate:uuuu-MM-dd}, seen on {today:uuuu-MM-dd}",
                $"Ask with WorkingDaysRemainingAt(instant, BeyondCoverage.AssumeWeekdays) for a provisional count, build the policy with " +
                $"AllowProvisionalDeadlines() (policy.ToBuilder().AllowProvisionalDeadlines().Build()), or give it a calendar extended with that year's notice.",
                e);
        }
    }

    /// <summary>
    /// The early-warning level at <paramref name="instant"/>: overdue at or after <see cref="DueAt"/>, due soon within the
    /// policy's threshold, else normal. Counted as <see cref="WorkingDaysRemainingAt(Instant)"/> counts.
    /// </summary>
    /// <param name="instant">Now.</param>
    /// <returns>The warning level.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported instants (years 0001 to 9899, UTC) (and before <see cref="DueAt"/>).</exception>
    /// <exception cref="CalendarCoverageException">Before <see cref="DueAt"/>, the local date of <paramref name="instant"/> is outside the coverage and the policy rejects provisional answers.</exception>
    public WarningLevel WarningAt(Instant instant)
    {
        if (IsOverdueAt(instant))
        {
            return WarningLevel.Overdue;
        }

        return WorkingDaysRemainingAt(instant) <= Policy.DueSoonWithinWorkingDays ? WarningLevel.DueSoon : WarningLevel.Normal;
    }

    /// <summary>
    /// The deadline extended by <paramref name="workingDays"/>, counted on from <see cref="OriginalDueDate"/> together
    /// with any earlier extension, as the policy's <see cref="HandlingPolicy.Extension"/> allows. This value is unchanged.
    /// </summary>
    /// <param name="workingDays">The working days to add, 1 to the rule's maximum.</param>
    /// <returns>The extended deadline.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    /// <exception cref="ExtensionRefusedException">The rule does not allow it.</exception>
    /// <exception cref="CalendarCoverageException">The extended due date is outside the calendar's coverage and the policy rejects provisional answers.</exception>
    public HandlingDeadline Extend(int workingDays)
    {
        var policy = Policy;
        if (_isStatutory)
        {
            throw new ExtensionRefusedException(
                ExtensionRefusal.StatutoryPeriodInForce,
                $"This deadline is a statutory handling period, due {_dueDate:uuuu-MM-dd}; the law's period replaced the hotline's limit, which is no longer extended.");
        }

        var rule = policy.Extension;
        var refusal = rule.RefusalOf(_complexity, _extensionsUsed, workingDays);
        if (refusal is not null)
        {
            throw new ExtensionRefusedException(refusal, RefusalMessage(refusal, policy, rule, workingDays));
        }

        var extendedBy = _extendedByWorkingDays + workingDays;
        var due = policy.Due(_originalDueDate, extendedBy);
        return new HandlingDeadline(policy, _category, _complexity, _clockStart, _workingDays, _originalDueDate, due.Value, policy.EndOfDay(due.Value),
            _isProvisional || due.IsProvisional, _extensionsUsed + 1, extendedBy);
    }

    /// <summary>
    /// <see cref="Extend(int)"/>, checking also that the request came before the current deadline
    /// (<paramref name="requestedAt"/> before <see cref="DueAt"/>).
    /// </summary>
    /// <param name="workingDays">The working days to add.</param>
    /// <param name="requestedAt">When the handling unit asked for the extension.</param>
    /// <returns>The extended deadline.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    /// <exception cref="ExtensionRefusedException">The request was late, or the rule does not allow it.</exception>
    /// <exception cref="CalendarCoverageException">The extended due date is outside the calendar's coverage and the policy rejects provisional answers.</exception>
    public HandlingDeadline Extend(int workingDays, Instant requestedAt)
    {
        if (IsOverdueAt(requestedAt))
        {
            throw new ExtensionRefusedException(
                ExtensionRefusal.RequestedTooLate,
                $"The extension was requested at {InstantText.Describe(requestedAt, _policy.Zone)}, at or after the deadline " +
                $"{InstantText.Describe(_dueAt, _policy.Zone)}; an extension must be requested before the deadline.");
        }

        return Extend(workingDays);
    }

    /// <summary>
    /// The deadline replaced by a statutory handling period ending on <paramref name="dueDate"/>: due at 24:00 at its end
    /// in the policy's zone, not provisional (the date is the law's, not a count), the hotline's limit kept for the record.
    /// </summary>
    internal HandlingDeadline WithStatutoryDueDate(LocalDate dueDate) =>
        new(_policy, _category, _complexity, _clockStart, _workingDays, _originalDueDate, dueDate, _policy.EndOfDay(dueDate), false, _extensionsUsed, _extendedByWorkingDays, true);

    private string RefusalMessage(ExtensionRefusal refusal, HandlingPolicy policy, ExtensionRule rule, int workingDays)
    {
        if (refusal == ExtensionRefusal.ComplexityNotExtended)
        {
            return $"Policy '{policy.Name}' does not extend {_complexity.ChineseName} ({_complexity.Name}) orders; extension rule: {rule}.";
        }

        return refusal == ExtensionRefusal.NoExtensionsLeft
            ? $"This deadline was already extended {_extensionsUsed} time(s); policy '{policy.Name}' allows {rule.MaxExtensions}."
            : $"An extension of {workingDays} working days is not allowed; policy '{policy.Name}' allows 1 to {rule.MaxWorkingDays}.";
    }

    /// <summary>
    /// Why the deadline falls where it does (工作日推算明细): every day from the day after the clock start's local date
    /// through the due date, each with its kind, holiday, notice and working-day number; its <c>ToString()</c> is a
    /// readable account in Chinese.
    /// </summary>
    /// <returns>The explanation.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public DeadlineExplanation Explain() => DeadlineExplanation.Of(this);

    /// <summary>
    /// The deadline as plain data to store (category and complexity by code, the clock start, the extension used, and
    /// the due date as a check): read it back with <see cref="HandlingPolicy.Restore"/>.
    /// </summary>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public HandlingDeadlineSnapshot ToSnapshot() =>
        new(Policy.Name, _category.Code, _complexity.Code, _clockStart, _workingDays, _dueDate, _isProvisional, _extensionsUsed, _extendedByWorkingDays) { IsStatutory = _isStatutory };

    /// <inheritdoc />
    public bool Equals(HandlingDeadline other) =>
        ReferenceEquals(_policy, other._policy) && Equals(_category, other._category) && Equals(_complexity, other._complexity)
        && _clockStart == other._clockStart && _workingDays == other._workingDays && _originalDueDate == other._originalDueDate
        && _dueDate == other._dueDate && _dueAt == other._dueAt && _isProvisional == other._isProvisional
        && _extensionsUsed == other._extensionsUsed && _extendedByWorkingDays == other._extendedByWorkingDays && _isStatutory == other._isStatutory;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HandlingDeadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_dueAt, _category?.Value, _complexity?.Value, _clockStart, _extensionsUsed).GetHashCode();

    /// <summary>Whether two deadlines are equal.</summary>
    /// <param name="left">One deadline.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(HandlingDeadline left, HandlingDeadline right) => left.Equals(right);

    /// <summary>Whether two deadlines differ.</summary>
    /// <param name="left">One deadline.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HandlingDeadline left, HandlingDeadline right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        _policy is null
            ? "(no deadline)"
            : $"{_category.ChineseName}/{_complexity.ChineseName}: {_workingDays} working days, due {_dueDate:uuuu-MM-dd} (at {InstantText.Describe(_dueAt, _policy.Zone, "uuuu-MM-dd'T'HH:mm")}){(_isProvisional ? " provisional" : string.Empty)}{(_isStatutory ? " statutory" : string.Empty)}";

    private static InvalidOperationException NoDeadline() =>
        new("This HandlingDeadline is a default value, not a deadline; get one from HandlingPolicy.DeadlineFor or HandlingPolicy.Restore.");

}
