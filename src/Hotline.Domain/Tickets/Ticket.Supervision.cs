using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// Supervision on the order (督办, 国办发〔2020〕53号): reminders (催办), supervisions the lead must answer, and escalation
/// to a higher-level unit (提级办理). None of them changes the handling deadline.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>The reminders (催办) of the current handling round; a reopen starts the count again.</summary>
    public int ReminderCount => _state.ReminderCount;

    /// <summary>The last reminder of the current handling round, or <see langword="null"/>.</summary>
    public Instant? LastRemindedAt => _state.LastRemindedAt;

    /// <summary>The supervision (督办) the lead has not answered yet, or <see langword="null"/> (none, or the order was closed, merged or withdrawn before the answer).</summary>
    public TicketSupervision? OpenSupervision =>
        _state.Supervisions is { Count: > 0 } all && all[all.Count - 1] is { AnsweredAt: null, EndedAt: null } open
            ? new TicketSupervision(open.Level, open.At, open.RespondBy)
            : null;

    /// <summary>
    /// 催办: the platform reminds the unit of the running handling deadline, before or after it has passed, while the order
    /// is dispatched, returned or in progress (before the reply). It changes no deadline.
    /// </summary>
    /// <param name="note">What the reminder says (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.DeadlineRunning"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Remind(string note, Actor by, Instant at)
    {
        Preconditions.Text(note, nameof(note), "note");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckSupervisionAction(TicketAction.Remind, by, at);
        Apply(new TicketReminded(Version + 1, at, null, by.StaffId, note));
    }

    /// <summary>
    /// 督办: the platform opens a supervision of the order, in the same states as <see cref="Remind"/>, whose answer by
    /// the lead (<see cref="AnswerSupervision"/>) is due at 24:00 at the end of the
    /// <paramref name="respondWithinWorkingDays"/>-th working day after <paramref name="at"/>
    /// (<see cref="HandlingPolicy.DueAfterWorkingDays"/>). At most one is open at a time.
    /// </summary>
    /// <param name="level">日常督办, 挂牌督办 or 约谈督办.</param>
    /// <param name="note">What the supervision asks (not blank).</param>
    /// <param name="respondWithinWorkingDays">1 to the policy's <see cref="HandlingPolicy.LongestLimitInWorkingDays"/>.</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="respondWithinWorkingDays"/> is outside 1 to the policy's longest limit, or <paramref name="at"/> is outside the supported instants.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.DeadlineRunning"/>, <see cref="TicketRule.SupervisionAlreadyOpen"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">The limit runs beyond the calendar's coverage.</exception>
    public void Supervise(SupervisionLevel level, string note, int respondWithinWorkingDays, Actor by, Instant at)
    {
        Guard.Against.Null(level);
        Preconditions.Text(note, nameof(note), "note");
        LimitInWorkingDays(respondWithinWorkingDays, nameof(respondWithinWorkingDays));
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckSupervise(by, at);
        Apply(new TicketSupervised(Version + 1, at, null, by.StaffId, level.Code, note, respondWithinWorkingDays, DecideDueAfterWorkingDays(at, respondWithinWorkingDays)));
    }

    /// <summary>
    /// 督办反馈: the lead unit answers the open supervision, before or after its reply (while the order is dispatched, in
    /// progress, replied or called back). An answer at or after <see cref="TicketSupervision.RespondBy"/> is accepted
    /// and recorded as late. The supervision is then closed.
    /// </summary>
    /// <param name="answer">What the unit answers (not blank).</param>
    /// <param name="by">Staff of the lead unit.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.DispatchedUnitOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.OpenSupervisionOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void AnswerSupervision(string answer, Actor by, Instant at)
    {
        Preconditions.Text(answer, nameof(answer), "answer");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckSupervisionAnswer(by, at);
        Apply(new TicketSupervisionAnswered(Version + 1, at, by.Unit!.Value, by.StaffId, answer, DecideSupervisionAnswerOnTime(at)));
    }

    /// <summary>
    /// 提级办理: the platform sends the order, before the reply, to <paramref name="unit"/> (a higher level) as its new
    /// lead, which signs for it (<see cref="TicketStatus.Dispatched"/>). The handling deadline is kept — the requester's
    /// clock does not restart, and under a sign-in clock the new lead's sign-in starts none if one is running — and the
    /// assisting units stay. The previous lead's step limits end; the new lead may not return the order
    /// (<see cref="IsDesignated"/>).
    /// </summary>
    /// <param name="unit">The higher-level unit: neither the lead nor an assisting unit of the round.</param>
    /// <param name="reason">Why the order goes up (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.EscalateToAnotherUnit"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Escalate(UnitId unit, string reason, Actor by, Instant at)
    {
        Guard.Against.Null(unit);
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckEscalate(by, at, unit.Value);
        Apply(new TicketEscalated(Version + 1, at, null, by.StaffId, unit.Value, reason));
    }
}
