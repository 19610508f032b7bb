using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// Joint handling (主办/协办, 国办函〔2025〕66号; 北京市接诉即办工作条例 art. 14): the platform adds assisting units to the
/// lead's round, each reports its part to the lead within its own limit, and either reports progress meanwhile.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>
    /// The current round's assignments: the lead first (from its dispatch; its due instant is the handling deadline's, its
    /// report the reply; after an escalation, the new lead from the escalation), then the assisting units in the order the platform added them. Empty before the first
    /// dispatch. A re-dispatch after a return ends the assisting assignments; a reopen starts a round with the lead alone.
    /// A new list on each call.
    /// </summary>
    public IReadOnlyList<TicketAssignment> Assignments
    {
        get
        {
            if (ResponsibleUnit is not { } lead)
            {
                return System.Array.Empty<TicketAssignment>();
            }

            var assisting = _state.Assisting;
            var all = new TicketAssignment[1 + (assisting?.Count ?? 0)];
            all[0] = new TicketAssignment(lead, AssignmentRole.Lead, _state.LeadAssignedAt, Deadline?.DueAt, RepliedAt, RepliedOnTime);
            for (var i = 1; i < all.Length; i++)
            {
                var a = assisting![i - 1];
                all[i] = new TicketAssignment(UnitId.Trusted(a.Unit), AssignmentRole.Assisting, a.AssignedAt, a.DueAt, a.ReportedAt, a.ReportedOnTime);
            }

            return System.Array.AsReadOnly(all);
        }
    }

    /// <summary>
    /// 增加协办单位: the platform adds an assisting unit to the current round, while the order is dispatched or in
    /// progress (before the lead's reply). Not the lead unit, and not a unit already assisting in the round. Its report
    /// (<see cref="ReportAssistance"/>) is due at 24:00 at the end of the <paramref name="workingDays"/>-th working day
    /// after <paramref name="at"/> on the policy's calendar (<see cref="HandlingPolicy.DueAfterWorkingDays"/>). The handling
    /// deadline does not change.
    /// </summary>
    /// <param name="unit">The assisting unit.</param>
    /// <param name="workingDays">Its limit: 1 to the policy's <see cref="HandlingPolicy.LongestLimitInWorkingDays"/>.</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1 to the policy's longest limit, or <paramref name="at"/> is outside the supported instants.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.AssistingUnitDistinct"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">The limit runs beyond the calendar's coverage.</exception>
    public void AddAssistingUnit(UnitId unit, int workingDays, Actor by, Instant at)
    {
        Guard.Against.Null(unit);
        LimitInWorkingDays(workingDays, nameof(workingDays));
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckAddAssistingUnit(by, at, unit.Value);
        Apply(new TicketAssistingUnitAdded(Version + 1, at, null, by.StaffId, unit.Value, workingDays, DecideDueAfterWorkingDays(at, workingDays)));
    }

    /// <summary>
    /// 协办反馈: an assisting unit of the current round reports its part to the lead, once per round, while the order is
    /// dispatched or in progress. A report at or after the unit's due instant is accepted and recorded as late.
    /// </summary>
    /// <param name="result">What the unit did or found (not blank).</param>
    /// <param name="by">Staff of the assisting unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.AssistingUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.AssistanceReportedOnce"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ReportAssistance(string result, Actor by, Instant at)
    {
        Preconditions.Text(result, nameof(result), "result");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckAssistanceReport(by, at);
        Apply(new TicketAssistanceReported(Version + 1, at, by.Unit!.Value, by.StaffId, result, DecideAssistanceOnTime(by.Unit.Value, at)));
    }

    /// <summary>
    /// 阶段性报告: the lead or an assisting unit of the current round reports interim progress, any number of times,
    /// while the order is dispatched or in progress (before the lead's reply). It changes no deadline and no status.
    /// </summary>
    /// <param name="progress">What has been done so far (not blank).</param>
    /// <param name="by">Staff of the lead or of an assisting unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.HandlingUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ReportProgress(string progress, Actor by, Instant at)
    {
        Preconditions.Text(progress, nameof(progress), "progress");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.ReportProgress, by, at);
        Apply(new TicketProgressReported(Version + 1, at, by.Unit!.Value, by.StaffId, progress));
    }

    // An assisting unit's or a supervision's limit: 1 to the policy's longest limit, guarded before any rule.
    private void LimitInWorkingDays(int workingDays, string parameterName)
    {
        var longest = _policy.LongestLimitInWorkingDays;
        Preconditions.OutOfRange(
            workingDays < 1 || workingDays > longest, workingDays, parameterName,
            $"Policy '{_policy.Name}' gives 1 to {longest} working days (its longest limit); got {workingDays}.");
    }
}
