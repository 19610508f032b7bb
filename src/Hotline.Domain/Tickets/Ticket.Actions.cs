using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>The live actions: guard the arguments, check the rules, decide the facts, apply one event.</summary>
public sealed partial class Ticket
{
    /// <summary>
    /// 受理: the platform registers a request. The ticket starts <see cref="TicketStatus.Registered"/>, with no unit and
    /// no deadline; any category may be registered (表扬 and 其他 have no limit, so they can be answered directly but not
    /// dispatched under a policy without a limit for them).
    /// </summary>
    /// <param name="id">The ticket's id.</param>
    /// <param name="category">The request's category.</param>
    /// <param name="summary">What the requester asked for (not blank).</param>
    /// <param name="policy">The city's handling policy; keep the same instance for <see cref="Rehydrate"/>.</param>
    /// <param name="by">Platform staff (an operator).</param>
    /// <param name="receivedAt">When the request was received.</param>
    /// <returns>The new ticket, whose one uncommitted event is a <see cref="TicketRegistered"/>; its <see cref="Urgency"/> is <see cref="Urgency.Normal"/>.</returns>
    /// <exception cref="System.ArgumentException">An argument is null, or <paramref name="summary"/> is blank.</exception>
    /// <exception cref="TicketAuthorityException"><paramref name="by"/> is a unit (<see cref="TicketRule.PlatformOnly"/>).</exception>
    public static Ticket Register(TicketId id, TicketCategory category, string summary, HandlingPolicy policy, Actor by, Instant receivedAt) =>
        Register(id, category, summary, policy, by, receivedAt, Urgency.Normal);

    /// <summary>
    /// 受理 of an order of a given urgency (一般 / 紧急 / 特急): as <see cref="Register(TicketId, TicketCategory, string, HandlingPolicy, Actor, Instant)"/>,
    /// and the urgency picks the policy's sign-in and contact limits at each dispatch. The handling deadline stays the
    /// category's working-day limit whatever the urgency; urgent hour limits are the policy's
    /// (<see cref="HandlingPolicy.UrgentDeadlineFor"/>).
    /// </summary>
    /// <param name="id">The ticket's id.</param>
    /// <param name="category">The request's category.</param>
    /// <param name="summary">What the requester asked for (not blank).</param>
    /// <param name="policy">The city's handling policy; keep the same instance for <see cref="Rehydrate"/>.</param>
    /// <param name="by">Platform staff (an operator).</param>
    /// <param name="receivedAt">When the request was received.</param>
    /// <param name="urgency">How urgent the order is.</param>
    /// <returns>The new ticket, whose one uncommitted event is a <see cref="TicketRegistered"/>.</returns>
    /// <exception cref="System.ArgumentException">An argument is null, or <paramref name="summary"/> is blank.</exception>
    /// <exception cref="TicketAuthorityException"><paramref name="by"/> is a unit (<see cref="TicketRule.PlatformOnly"/>).</exception>
    public static Ticket Register(TicketId id, TicketCategory category, string summary, HandlingPolicy policy, Actor by, Instant receivedAt, Urgency urgency)
    {
        Guard.Against.Null(urgency);
        Guard.Against.Null(id);
        Guard.Against.Null(category);
        Preconditions.Text(summary, nameof(summary), "summary");
        Guard.Against.Null(policy);
        Guard.Against.Null(by);
        InRange(receivedAt, nameof(receivedAt));
        if (!by.IsPlatform)
        {
            throw new TicketAuthorityException(
                TicketRule.PlatformOnly, $"Only platform staff may register ticket {id}; {by} may not.");
        }

        var ticket = new Ticket(policy, 8) { _id = id };
        // A normal order records no code, as histories stored before urgency was on the work order do.
        ticket.Apply(new TicketRegistered(1, receivedAt, null, by.StaffId, id.Value, category.Code, summary, ReferenceEquals(urgency, Urgency.Normal) ? null : urgency.Code));
        return ticket;
    }

    /// <summary>
    /// 直接答复: the platform answers from the knowledge base at intake. Only from <see cref="TicketStatus.Registered"/>;
    /// the ticket is <see cref="TicketStatus.Closed"/> with no deadline and no unit.
    /// </summary>
    /// <param name="answer">The answer given (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void AnswerDirectly(string answer, Actor by, Instant at)
    {
        Preconditions.Text(answer, nameof(answer), "answer");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.AnswerDirectly, by, at);
        Apply(new TicketAnsweredDirectly(Version + 1, at, null, by.StaffId, answer));
    }

    /// <summary>
    /// 派单: the platform dispatches the ticket to <paramref name="unit"/>, setting its complexity; from
    /// <see cref="TicketStatus.Registered"/>, or from <see cref="TicketStatus.Returned"/> to another unit (改派, accepting
    /// the return). Never once signed for or closed. The clock (rule 1): when the policy starts it at dispatch, the
    /// deadline runs from this instant, so a re-dispatch restarts it for the new unit; at receipt, from the receipt
    /// instant; at sign-in, the deadline waits for <see cref="SignIn"/>. The dispatch also fixes its step limits from
    /// this instant (<see cref="SignInDueAt"/>, <see cref="ContactDueAt"/>, <see cref="ReturnWindowEndsAt"/>, by the
    /// policy and the order's <see cref="Urgency"/>) and whether it designates the unit (<see cref="IsDesignated"/>:
    /// the policy's <see cref="HandlingPolicy.DesignateAfterDispatches"/>-th dispatch).
    /// </summary>
    /// <param name="unit">The responsible unit.</param>
    /// <param name="complexity">The complexity the platform sets.</param>
    /// <param name="by">Platform staff (a dispatcher).</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.RedispatchToAnotherUnit"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="HandlingPolicyException">The policy has no limit for the category.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">The deadline or a step limit falls outside the calendar's coverage.</exception>
    public void Dispatch(UnitId unit, Complexity complexity, Actor by, Instant at)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(complexity);
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckDispatch(by, at, unit.Value);
        var deadline = DecideDispatchDeadline(complexity, at);
        var steps = DecideDispatchSteps(at);
        Apply(new TicketDispatched(
            Version + 1, at, null, by.StaffId, unit.Value, complexity.Code,
            deadline?.ClockStart, deadline?.WorkingDays, deadline?.DueDate, deadline?.DueAt, deadline?.IsProvisional ?? false,
            steps.SignInDueAt, steps.ContactDueAt, steps.ReturnWindowEndsAt, steps.IsDesignated));
    }

    /// <summary>
    /// 签收: the unit the ticket is dispatched to signs for it; only from <see cref="TicketStatus.Dispatched"/> (no second
    /// sign-in). The ticket is <see cref="TicketStatus.InProgress"/>. When the policy starts the clock at sign-in, the
    /// deadline runs from this instant. A sign-in at or after <see cref="SignInDueAt"/> is accepted and recorded as late
    /// (<see cref="SignedInOnTime"/>).
    /// </summary>
    /// <param name="by">Staff of the dispatched unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException"><paramref name="by"/> is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">The deadline falls outside the calendar's coverage.</exception>
    public void SignIn(Actor by, Instant at)
    {
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.SignIn, by, at);
        var deadline = DecideSignInDeadline(at);
        Apply(new TicketSignedIn(
            Version + 1, at, by.Unit!.Value, by.StaffId,
            deadline?.ClockStart, deadline?.WorkingDays, deadline?.DueDate, deadline?.DueAt, deadline?.IsProvisional ?? false,
            DecideSignInOnTime(at)));
    }

    /// <summary>
    /// 退单: the dispatched unit returns the ticket with a reason, before signing for it (only from
    /// <see cref="TicketStatus.Dispatched"/>). The ticket is <see cref="TicketStatus.Returned"/> until the platform
    /// re-dispatches it (<see cref="Dispatch"/>) or rejects the return (<see cref="RejectReturn"/>). Only before
    /// <see cref="ReturnWindowEndsAt"/> when the policy times returns, and never by a designated unit
    /// (<see cref="IsDesignated"/>); a rejected return keeps the dispatch's window.
    /// </summary>
    /// <param name="reason">Why the order is not the unit's (not blank).</param>
    /// <param name="by">Staff of the dispatched unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.DesignatedUnitCannotReturn"/>, <see cref="TicketRule.ReturnWindowClosed"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Return(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckReturn(by, at);
        Apply(new TicketReturned(Version + 1, at, by.Unit!.Value, by.StaffId, reason));
    }

    /// <summary>
    /// 驳回退单: the platform rejects a return; the ticket goes back to <see cref="TicketStatus.Dispatched"/> for the same
    /// unit to sign for, and its clock keeps running (the deadline is unchanged).
    /// </summary>
    /// <param name="reason">Why (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void RejectReturn(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.RejectReturn, by, at);
        Apply(new TicketReturnRejected(Version + 1, at, null, by.StaffId, reason));
    }

    /// <summary>
    /// 联系诉求人: the unit the ticket is dispatched to records a contact with the requester, from the dispatch (signed
    /// for or not) until its reply: from <see cref="TicketStatus.Dispatched"/> or <see cref="TicketStatus.InProgress"/>
    /// (a reopened round included). One event each time; the first contact after a dispatch decides
    /// <see cref="ContactedOnTime"/> against <see cref="ContactDueAt"/> (at or after it is late, and recorded so).
    /// </summary>
    /// <param name="note">What was said or agreed (not blank).</param>
    /// <param name="by">Staff of the dispatched unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ContactRequester(string note, Actor by, Instant at)
    {
        Preconditions.Text(note, nameof(note), "note");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.ContactRequester, by, at);
        Apply(new TicketRequesterContacted(Version + 1, at, by.Unit!.Value, by.StaffId, note, DecideContactOnTime(at)));
    }

    /// <summary>
    /// 申请延期: the responsible unit asks for the round's one extension (rule 2), after signing and before replying.
    /// At most one request per handling round (a denied request uses it up; a request refused here does not), only for
    /// the complexities the policy allows, at most the policy's maximum of working days, and before the deadline in
    /// force (<paramref name="at"/> before its <see cref="HandlingDeadline.DueAt"/>).
    /// </summary>
    /// <param name="workingDays">The working days asked for (1 or more; more than the policy's maximum is refused).</param>
    /// <param name="reason">Why (not blank).</param>
    /// <param name="by">Staff of the responsible unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank, or <paramref name="workingDays"/> is zero or less.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ExtensionPendingDecision"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="ExtensionRefusedException">The policy's extension rule refuses it (<see cref="ExtensionRefusedException.Reason"/>: a complexity it does not extend, the round's requests used up, too many working days, or asked at or after the deadline).</exception>
    public void RequestExtension(int workingDays, string reason, Actor by, Instant at)
    {
        Guard.Against.NegativeOrZero(workingDays);
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckExtensionRequest(by, at, workingDays);
        Apply(new TicketExtensionRequested(Version + 1, at, by.Unit!.Value, by.StaffId, workingDays, reason));
    }

    /// <summary>
    /// 批准延期: the platform approves the pending extension request, whenever it decides (the request was judged against
    /// the deadline when it was made). The deadline is extended from the original due date
    /// (<see cref="HandlingDeadline.Extend(int)"/>). A request still pending at the reply has lapsed and cannot be approved.
    /// </summary>
    /// <param name="by">Platform staff (never the unit that asked).</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException"><paramref name="by"/> is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.PendingExtensionOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">The extended deadline falls outside the calendar's coverage.</exception>
    public void ApproveExtension(Actor by, Instant at)
    {
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckExtensionDecision(TicketAction.ApproveExtension, by, at);
        var days = PendingExtensionWorkingDays!.Value;
        var extended = DecideApproval(days);
        Apply(new TicketExtensionApproved(Version + 1, at, null, by.StaffId, days, extended.DueDate, extended.DueAt, extended.IsProvisional));
    }

    /// <summary>驳回延期: the platform denies the pending extension request; the round's one request is used up.</summary>
    /// <param name="reason">Why (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.PendingExtensionOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void DenyExtension(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckExtensionDecision(TicketAction.DenyExtension, by, at);
        Apply(new TicketExtensionDenied(Version + 1, at, null, by.StaffId, reason));
    }

    /// <summary>
    /// 办结答复: the responsible unit replies with its result, after signing (only from <see cref="TicketStatus.InProgress"/>:
    /// no reply before sign-in, no second reply in a round). A late reply (at or after the deadline's
    /// <see cref="HandlingDeadline.DueAt"/>) is accepted and recorded as late. A pending extension request lapses. Only
    /// once every assisting unit of the round has reported (<see cref="ReportAssistance"/>), unless the policy allows
    /// otherwise (<see cref="HandlingPolicy.AllowsReplyBeforeAssistingReports"/>): then the reply records which had not
    /// (<see cref="TicketReplied.NotReportedBy"/>).
    /// </summary>
    /// <param name="result">What the unit did and answered (not blank).</param>
    /// <param name="resolved">Whether the unit says the matter is resolved.</param>
    /// <param name="by">Staff of the responsible unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.AssistingUnitsFirst"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Reply(string result, bool resolved, Actor by, Instant at)
    {
        Preconditions.Text(result, nameof(result), "result");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckReply(by, at);
        Apply(new TicketReplied(Version + 1, at, by.Unit!.Value, by.StaffId, result, resolved, DecideOnTime(at), DecideNotReportedBy()));
    }

    /// <summary>
    /// 回访: the platform calls the requester back after the reply (only from <see cref="TicketStatus.Replied"/>: one
    /// callback per reply, after the review where the policy reviews replies). A yes or no means 解决 or 未解决; the event
    /// records no grade (<see cref="TicketCallbackRecorded.Resolution"/> is null), as histories stored before grades.
    /// </summary>
    /// <param name="resolved">Whether the requester says the matter is resolved.</param>
    /// <param name="satisfaction">The requester's satisfaction.</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ReplyNotReviewed"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void RecordCallback(bool resolved, Satisfaction satisfaction, Actor by, Instant at)
    {
        Guard.Against.Null(satisfaction);
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckAfterReview(TicketAction.Callback, by, at);
        Apply(new TicketCallbackRecorded(Version + 1, at, null, by.StaffId, resolved, satisfaction.Code));
    }

    /// <summary>
    /// 重办: the platform reopens the ticket for the same unit after a callback that found the matter unresolved or the
    /// requester 不满意/非常不满意 (基本满意 counts as satisfied). A new handling round: <see cref="TicketStatus.InProgress"/>
    /// (the unit keeps it; no new sign-in), a new deadline counted from <paramref name="at"/> with the same category and
    /// complexity, a new extension request allowed. A second reopen needs a new reply and callback first.
    /// </summary>
    /// <param name="reason">Why (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When; the new round's clock starts here.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ReopenNeedsDissatisfaction"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">The new deadline falls outside the calendar's coverage.</exception>
    public void Reopen(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckReopen(by, at);
        var deadline = DecideReopenDeadline(at);
        Apply(new TicketReopened(Version + 1, at, null, by.StaffId, reason, deadline.WorkingDays, deadline.DueDate, deadline.DueAt, deadline.IsProvisional));
    }

    /// <summary>
    /// 归档: the platform closes the ticket after a reply, with or without a callback (a 无法回访 round,
    /// <see cref="CallbackUnreachable"/>, closes without one), after the review where the policy reviews replies.
    /// Nothing can happen after it.
    /// </summary>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException"><paramref name="by"/> is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ReplyNotReviewed"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Close(Actor by, Instant at)
    {
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckAfterReview(TicketAction.Close, by, at);
        Apply(new TicketClosed(Version + 1, at, null, by.StaffId));
    }

    /// <summary>
    /// 并单: the platform merges this duplicate into <paramref name="master"/>; the duplicate is
    /// <see cref="TicketStatus.Closed"/> with <see cref="MergedInto"/> set. Allowed before the reply (registered,
    /// dispatched, returned or in progress): once a unit has replied, the ticket finishes its own loop.
    /// </summary>
    /// <param name="master">The master ticket (not this one).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.MergeIntoAnother"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void MergeInto(TicketId master, Actor by, Instant at)
    {
        Guard.Against.Null(master);
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckMerge(by, at, master.Value);
        Apply(new TicketMerged(Version + 1, at, null, by.StaffId, master.Value));
    }
}
