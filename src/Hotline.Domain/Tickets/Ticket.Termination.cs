using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// Termination (终止办理) and statutory periods (法定办理期限): the lead unit asks in writing, the hotline reviews and
/// decides (潍坊市12345政务服务便民热线管理办法 第二十、二十一条; 济南市12345市民服务热线管理办法 第二十四条; 北京市接诉即办工作条例
/// 第十五条). One pending request of each kind at a time, only while the unit handles the order (signed for, not
/// replied); a request still pending at the reply, a withdrawal or a merge lapses.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>Whether a termination request awaits the platform's decision.</summary>
    public bool TerminationPending => _state.TerminationPending;

    /// <summary>The last day of the statutory period the lead unit asked for, while the request awaits the platform's decision; else <see langword="null"/>.</summary>
    public LocalDate? PendingStatutoryDueDate => _state.PendingStatutoryDueDate;

    /// <summary>
    /// The legal basis of the statutory period in force in the current round (<see cref="HandlingDeadline.IsStatutory"/>),
    /// or <see langword="null"/> when the deadline is the hotline's. A reopened round starts on the hotline's limit again.
    /// </summary>
    public string? StatutoryBasis => _state.StatutoryBasis;

    /// <summary>
    /// 申请终止办理: the lead unit asks in writing to end handling (the requester's demand has no legal basis, the facts
    /// cannot be established, the requester refuses every contact…). Only from <see cref="TicketStatus.InProgress"/>,
    /// one pending request at a time; the platform approves (<see cref="ApproveTermination"/>) or denies it.
    /// </summary>
    /// <param name="reason">Why handling should end (not blank).</param>
    /// <param name="by">Staff of the lead unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.TerminationPending"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void RequestTermination(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckTerminationRequest(by, at);
        Apply(new TicketTerminationRequested(Version + 1, at, by.Unit!.Value, by.StaffId, reason));
    }

    /// <summary>
    /// 终止办理: the platform approves the pending termination request. The ticket is <see cref="TicketStatus.Closed"/> with
    /// <see cref="Disposition"/> <see cref="Tickets.Disposition.Terminated"/>; the unit and the deadline stay on the record,
    /// no deadline runs after it, the round's assisting units and the open supervision end, a pending extension lapses.
    /// </summary>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException"><paramref name="by"/> is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.PendingTerminationOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ApproveTermination(Actor by, Instant at)
    {
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckTerminationDecision(TicketAction.ApproveTermination, by, at);
        Apply(new TicketTerminationApproved(Version + 1, at, null, by.StaffId));
    }

    /// <summary>驳回终止申请: the platform denies the pending termination request; the unit handles on under the deadline in force.</summary>
    /// <param name="reason">Why (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.PendingTerminationOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void DenyTermination(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckTerminationDecision(TicketAction.DenyTermination, by, at);
        Apply(new TicketTerminationDenied(Version + 1, at, null, by.StaffId, reason));
    }

    /// <summary>
    /// 申请适用法定期限: the lead unit asks that a statutory handling period, longer than the hotline's limit, replace the
    /// deadline (a 举报 whose handling period the law sets at 60 days, for example). Only from
    /// <see cref="TicketStatus.InProgress"/>, before the deadline in force (<paramref name="at"/> before its
    /// <see cref="HandlingDeadline.DueAt"/>), <paramref name="dueDate"/> after its <see cref="HandlingDeadline.DueDate"/>;
    /// one pending request at a time, and not while an extension request is pending (nor the reverse).
    /// </summary>
    /// <param name="dueDate">The last day of the statutory period (an ISO date up to 9899-12-30).</param>
    /// <param name="legalBasis">The law and article that give the period (not blank).</param>
    /// <param name="by">Staff of the lead unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank, or <paramref name="dueDate"/> is not an ISO date in range.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.StatutoryPeriodPending"/>, <see cref="TicketRule.ExtensionPendingDecision"/>, <see cref="TicketRule.StatutoryPeriodRule"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void RequestStatutoryPeriod(LocalDate dueDate, string legalBasis, Actor by, Instant at)
    {
        Preconditions.Argument(
            !Preconditions.IsGivenDueDate(dueDate), dueDate, nameof(dueDate),
            $"A statutory due date is an ISO date from 0001-01-02 to {Preconditions.LastGivenDueDate:uuuu-MM-dd}; {dueDate:uuuu-MM-dd} ({dueDate.Calendar.Id}) is not.");
        Preconditions.Text(legalBasis, nameof(legalBasis), "legal basis");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckStatutoryPeriodRequest(by, at, dueDate);
        Apply(new TicketStatutoryPeriodRequested(Version + 1, at, by.Unit!.Value, by.StaffId, dueDate, legalBasis));
    }

    /// <summary>
    /// 批准适用法定期限: the platform approves the pending statutory period, whenever it decides (the request was judged
    /// against the deadline when it was made). The order is then due at 24:00 at the end of the requested date in the
    /// policy's zone (<see cref="HandlingDeadline.DueDate"/> is that date, <see cref="HandlingDeadline.IsStatutory"/> is
    /// true) and <see cref="StatutoryBasis"/> records the basis. It is not the round's extension: an extension approved
    /// before stays counted, and no extension is asked for after it.
    /// </summary>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException"><paramref name="by"/> is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.PendingStatutoryPeriodOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ApproveStatutoryPeriod(Actor by, Instant at)
    {
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckStatutoryPeriodDecision(TicketAction.ApproveStatutoryPeriod, by, at);
        var deadline = DecideStatutoryApproval();
        Apply(new TicketStatutoryPeriodApproved(Version + 1, at, null, by.StaffId, deadline.DueDate, deadline.DueAt));
    }

    /// <summary>驳回法定期限申请: the platform denies the pending statutory period; the deadline in force stays.</summary>
    /// <param name="reason">Why (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.PendingStatutoryPeriodOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void DenyStatutoryPeriod(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckStatutoryPeriodDecision(TicketAction.DenyStatutoryPeriod, by, at);
        Apply(new TicketStatutoryPeriodDenied(Version + 1, at, null, by.StaffId, reason));
    }

    private HandlingDeadline DecideStatutoryApproval() => Deadline!.Value.WithStatutoryDueDate(_state.PendingStatutoryDueDate!.Value);

    private void CheckTerminationRequest(Actor by, Instant at)
    {
        Check(TicketAction.RequestTermination, by, at);
        if (_state.TerminationPending)
        {
            throw new TicketStateException(
                TicketRule.TerminationPending, $"Ticket {Id}'s termination request awaits the platform's decision; the next request follows that decision.");
        }
    }

    private void CheckTerminationDecision(TicketAction action, Actor by, Instant at)
    {
        Check(action, by, at);
        if (!_state.TerminationPending)
        {
            throw new TicketStateException(
                TicketRule.PendingTerminationOnly, $"Ticket {Id} has no pending termination request to {action.Verb} (status {Status.Name}).");
        }
    }

    private void CheckStatutoryPeriodRequest(Actor by, Instant at, LocalDate dueDate)
    {
        Check(TicketAction.RequestStatutoryPeriod, by, at);
        if (_state.PendingStatutoryDueDate is { } pending)
        {
            throw new TicketStateException(
                TicketRule.StatutoryPeriodPending,
                $"Ticket {Id}'s statutory period request (to {pending:uuuu-MM-dd}) awaits the platform's decision; the next request follows that decision.");
        }

        if (PendingExtensionWorkingDays is { } days)
        {
            throw new TicketStateException(
                TicketRule.ExtensionPendingDecision,
                $"Ticket {Id}'s extension request of {days} working days awaits the platform's decision; a statutory period is asked for after that decision.");
        }

        var deadline = Deadline!.Value;
        if (deadline.IsOverdueAt(at) || dueDate <= deadline.DueDate)
        {
            throw new TicketStateException(
                TicketRule.StatutoryPeriodRule,
                $"Ticket {Id}'s deadline in force is {deadline.DueDate:uuuu-MM-dd} (24:00, {Local(deadline.DueAt)}); a statutory period is asked for before it and ends after it, " +
                $"and this request, dated {Local(at)}, asks for {dueDate:uuuu-MM-dd}.");
        }
    }

    private void CheckStatutoryPeriodDecision(TicketAction action, Actor by, Instant at)
    {
        Check(action, by, at);
        if (_state.PendingStatutoryDueDate is null)
        {
            throw new TicketStateException(
                TicketRule.PendingStatutoryPeriodOnly, $"Ticket {Id} has no pending statutory period request to {action.Verb} (status {Status.Name}).");
        }
    }
}
