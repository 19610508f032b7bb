using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>Replay: each stored event runs the live action's checks, then the same <c>Apply</c>.</summary>
public sealed partial class Ticket
{
    /// <summary>
    /// Rebuilds a ticket from its history: each event runs through the same rules as the live action and the same
    /// apply, so the result equals the ticket that recorded it (status, unit, deadline with its extension, counts,
    /// reply timing, history element by element) and has no <see cref="UncommittedEvents"/>.
    /// </summary>
    /// <remarks>
    /// Recorded deadlines win: they are rebuilt from the recorded facts with <paramref name="policy"/>. The policy
    /// recomputes each of them; a difference (an amended calendar, a provisional deadline now covered, a limit the
    /// policy no longer has) is reported in <see cref="DeadlineDrifts"/>, never thrown and never written back. Pass the
    /// policy the events were recorded under (its extension rule and authority rules judge the history); the same
    /// instance gives deadlines equal to the live ones, since <see cref="HandlingDeadline"/> compares policies by reference.
    /// </remarks>
    /// <param name="policy">The handling policy.</param>
    /// <param name="history">The events, in order, starting with a <see cref="TicketRegistered"/>.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="ArgumentException"><paramref name="policy"/> or <paramref name="history"/> is null, or an event in it is null.</exception>
    /// <exception cref="TicketHistoryException">The history breaks a rule; the message gives the event's 1-based position and the rule.</exception>
    public static Ticket Rehydrate(HandlingPolicy policy, IEnumerable<TicketEvent> history)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(history);
        Ticket? ticket = null;
        var position = 0;
        foreach (var e in history)
        {
            position++;
            if (e is null)
            {
                throw new ArgumentException($"Event {position} of the history is null.", nameof(history));
            }

            try
            {
                if (ticket is null)
                {
                    ticket = new Ticket(policy, HistoryCapacity(history));
                    ticket.ReplayRegistration(e);
                }
                else
                {
                    ticket.Replay(e);
                }
            }
            catch (TicketHistoryException)
            {
                throw;
            }
            catch (TicketRuleException refusal)
            {
                throw new TicketHistoryException(position, refusal.Rule, $"{TicketEventKind.Of(e).Code}: {refusal.Message}", refusal);
            }
            catch (ExtensionRefusedException refusal)
            {
                throw new TicketHistoryException(position, TicketRule.ExtensionAllowed, $"{TicketEventKind.Of(e).Code}: {refusal.Message}", refusal);
            }
        }

        if (ticket is null)
        {
            throw new TicketHistoryException(0, TicketRule.WellFormedHistory, "the history is empty; it must start with a registration (TicketRegistered).");
        }

        ticket.LoadedVersion = ticket.Version;
        return ticket;
    }

    // Only a capacity hint for the ticket's history list: a wrong figure costs a resize, never a different ticket. It is
    // a method of its own because Stryker.NET mutates ICollection.Count into LINQ's Sum, which does not compile, and
    // then drops every mutant of the enclosing method; here that is this hint, not Rehydrate's rules.
    private static int HistoryCapacity(IEnumerable<TicketEvent> history) =>
        history is ICollection<TicketEvent> events ? events.Count : 8;

    private static void Malformed(TicketEvent e, string message) =>
        throw new TicketHistoryException(e.Sequence, TicketRule.WellFormedHistory, message);

    private static bool IsValidId(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !char.IsWhiteSpace(value![0]) && !char.IsWhiteSpace(value[value.Length - 1]);

    private void ReplayRegistration(TicketEvent e)
    {
        if (e is not TicketRegistered r)
        {
            throw new TicketHistoryException(1, TicketRule.WellFormedHistory, $"a history starts with a registration (TicketRegistered), not {e.GetType().Name}.");
        }

        CheckEnvelope(e);
        if (!IsValidId(r.TicketId))
        {
            Malformed(e, $"the ticket id '{r.TicketId}' is blank or padded.");
        }

        if (VocabularyCodes<TicketCategory>.Find(r.Category) is null)
        {
            Malformed(e, $"'{r.Category}' is not a TicketCategory code.");
        }

        RequireText(e, r.Summary, "summary");
        if (r.Urgency is not null && VocabularyCodes<Urgency>.Find(r.Urgency) is null)
        {
            Malformed(e, $"'{r.Urgency}' is not an Urgency code.");
        }

        if (r.ByUnit is not null)
        {
            throw new TicketHistoryException(1, TicketRule.PlatformOnly, $"only platform staff register a ticket; staff {r.ByStaff} of unit {r.ByUnit} did.");
        }

        Apply(r);
    }

    private void Replay(TicketEvent e)
    {
        CheckEnvelope(e);
        var by = ActorOf(e);
        switch (e)
        {
            case TicketRegistered:
                Malformed(e, $"a second registration; ticket {Id} was registered by event 1.");
                break;
            case TicketAnsweredDirectly a:
                RequireText(e, a.Answer, "answer");
                Check(TicketAction.AnswerDirectly, by, e.At);
                break;
            case TicketDispatched d:
                ReplayDispatch(d, by);
                break;
            case TicketTransferredToEmergencyLine t:
                if (VocabularyCodes<EmergencyLine>.Find(t.Line) is null)
                {
                    Malformed(e, $"'{t.Line}' is not an EmergencyLine code.");
                }

                Check(TicketAction.TransferToEmergencyLine, by, e.At);
                break;
            case TicketReferredToLegalRoute l:
                RequireText(e, l.Route, "route");
                Check(TicketAction.ReferToLegalRoute, by, e.At);
                break;
            case TicketDeclined n:
                RequireText(e, n.Reason, "reason");
                Check(TicketAction.Decline, by, e.At);
                break;
            case TicketMarkedInvalid v:
                RequireText(e, v.Reason, "reason");
                Check(TicketAction.MarkInvalid, by, e.At);
                break;
            case TicketWithdrawn w:
                RequireText(e, w.Reason, "reason");
                Check(TicketAction.Withdraw, by, e.At);
                break;
            case TicketTerminationRequested q:
                RequireText(e, q.Reason, "reason");
                CheckTerminationRequest(by, e.At);
                break;
            case TicketTerminationApproved:
                CheckTerminationDecision(TicketAction.ApproveTermination, by, e.At);
                break;
            case TicketTerminationDenied n:
                RequireText(e, n.Reason, "reason");
                CheckTerminationDecision(TicketAction.DenyTermination, by, e.At);
                break;
            case TicketStatutoryPeriodRequested q:
                if (!Preconditions.IsGivenDueDate(q.DueDate))
                {
                    Malformed(e, $"the statutory due date {q.DueDate:uuuu-MM-dd} ({q.DueDate.Calendar.Id}) is not an ISO date from 0001-01-02 to {Preconditions.LastGivenDueDate:uuuu-MM-dd}.");
                }

                RequireText(e, q.LegalBasis, "legal basis");
                CheckStatutoryPeriodRequest(by, e.At, q.DueDate);
                break;
            case TicketStatutoryPeriodApproved a:
                ReplayStatutoryApproval(a, by);
                break;
            case TicketStatutoryPeriodDenied n:
                RequireText(e, n.Reason, "reason");
                CheckStatutoryPeriodDecision(TicketAction.DenyStatutoryPeriod, by, e.At);
                break;
            case TicketSignedIn s:
                Check(TicketAction.SignIn, by, e.At);
                ReplayDeadline(e, SignInClockStart(e.At), s.ClockStartedAt, s.WorkingDays, s.DueDate, s.DueAt, s.IsProvisional, static (t, ev) => t.DecideSignInDeadline(ev.At)!.Value);
                ReplayTimeliness(e, "sign-in", s.OnTime, DecideSignInOnTime(e.At), SignInDueAt);
                break;
            case TicketReturned t:
                RequireText(e, t.Reason, "reason");
                CheckReturn(by, e.At);
                break;
            case TicketRequesterContacted c:
                RequireText(e, c.Note, "note");
                Check(TicketAction.ContactRequester, by, e.At);
                ReplayTimeliness(e, "contact", c.OnTime, DecideContactOnTime(e.At), ContactDueAt);
                break;
            case TicketReturnRejected j:
                RequireText(e, j.Reason, "reason");
                Check(TicketAction.RejectReturn, by, e.At);
                break;
            case TicketExtensionRequested x:
                RequireText(e, x.Reason, "reason");
                if (x.WorkingDays <= 0)
                {
                    Malformed(e, $"an extension of {x.WorkingDays} working days; a request asks for 1 or more.");
                }

                CheckExtensionRequest(by, e.At, x.WorkingDays);
                break;
            case TicketExtensionApproved a:
                CheckExtensionDecision(TicketAction.ApproveExtension, by, e.At);
                if (a.WorkingDays != PendingExtensionWorkingDays)
                {
                    Malformed(e, $"the approval grants {a.WorkingDays} working days but the pending request asked for {PendingExtensionWorkingDays}.");
                }

                RequireIsoDate(e, a.DueDate);
                Recompute(e, a.WorkingDays, a.DueDate, a.DueAt, a.IsProvisional, static (t, ev) => t.DecideApproval(((TicketExtensionApproved)ev).WorkingDays), extension: true);
                break;
            case TicketExtensionDenied n:
                RequireText(e, n.Reason, "reason");
                CheckExtensionDecision(TicketAction.DenyExtension, by, e.At);
                break;
            case TicketReplied r:
                RequireText(e, r.Result, "result");
                CheckReply(by, e.At);
                if (r.OnTime != DecideOnTime(e.At))
                {
                    Malformed(e, $"the reply is recorded as {(r.OnTime ? "on time" : "late")} but it came at {Local(e.At)} against the recorded deadline {Local(Deadline!.Value.DueAt)}.");
                }

                ReplayNotReportedBy(r);
                break;
            case TicketAssistingUnitAdded a:
                ReplayAssistingUnitAdded(a, by);
                break;
            case TicketAssistanceReported p:
                RequireText(e, p.Result, "result");
                CheckAssistanceReport(by, e.At);
                if (p.OnTime != DecideAssistanceOnTime(p.ByUnit!, e.At))
                {
                    Malformed(e, $"the assistance report is recorded as {(p.OnTime ? "on time" : "late")} but it came at {Local(e.At)} against the unit's recorded due instant {Local(_state.Assisting![TicketFold.IndexOf(_state.Assisting, p.ByUnit!)].DueAt)}.");
                }

                break;
            case TicketProgressReported g:
                RequireText(e, g.Progress, "progress");
                Check(TicketAction.ReportProgress, by, e.At);
                break;
            case TicketReminded r:
                RequireText(e, r.Note, "note");
                CheckSupervisionAction(TicketAction.Remind, by, e.At);
                break;
            case TicketSupervised v:
                ReplaySupervised(v, by);
                break;
            case TicketSupervisionAnswered w:
                RequireText(e, w.Answer, "answer");
                CheckSupervisionAnswer(by, e.At);
                if (w.OnTime != DecideSupervisionAnswerOnTime(e.At))
                {
                    Malformed(e, $"the supervision's answer is recorded as {(w.OnTime ? "on time" : "late")} but it came at {Local(e.At)} against the recorded due instant {Local(OpenSupervision!.RespondBy)}.");
                }

                break;
            case TicketEscalated x:
                if (!IsValidId(x.Unit))
                {
                    Malformed(e, $"the unit id '{x.Unit}' is blank or padded.");
                }

                RequireText(e, x.Reason, "reason");
                CheckEscalate(by, e.At, x.Unit);
                break;
            case TicketCallbackRecorded c:
                if (VocabularyCodes<Satisfaction>.Find(c.Satisfaction) is null)
                {
                    Malformed(e, $"'{c.Satisfaction}' is not a Satisfaction code.");
                }

                ReplayResolution(c);
                CheckAfterReview(TicketAction.Callback, by, e.At);
                break;
            case TicketCallbackAttempted t:
                if (VocabularyCodes<CallbackOutcome>.Find(t.Outcome) is null)
                {
                    Malformed(e, $"'{t.Outcome}' is not a CallbackOutcome code.");
                }

                CheckAfterReview(TicketAction.RecordCallbackAttempt, by, e.At);
                if (t.Unreachable != DecideCallbackUnreachable())
                {
                    Malformed(e, $"the attempt is recorded as {(t.Unreachable ? "making the round unreachable" : "leaving the round reachable")}, but it is failed attempt {CallbackAttempts + 1} of the round and policy '{_policy.Name}' makes a round unreachable after {_policy.CallbackAttempts}.");
                }

                break;
            case TicketReplyReviewed v:
                RequireText(e, v.Note, "note");
                CheckReview(by, e.At);
                break;
            case TicketReopened o:
                RequireText(e, o.Reason, "reason");
                CheckReopen(by, e.At);
                if (o.WorkingDays <= 0 || o.DueAt <= o.At)
                {
                    Malformed(e, $"the reopened round's deadline ({o.WorkingDays} working days, due {Local(o.DueAt)}) does not follow the reopen at {Local(o.At)}.");
                }

                RequireIsoDate(e, o.DueDate);
                Recompute(e, o.WorkingDays, o.DueDate, o.DueAt, o.IsProvisional, static (t, ev) => t.DecideReopenDeadline(ev.At));
                break;
            case TicketClosed:
                CheckAfterReview(TicketAction.Close, by, e.At);
                break;
            case TicketMerged m:
                if (!IsValidId(m.MasterTicketId))
                {
                    Malformed(e, $"the master ticket id '{m.MasterTicketId}' is blank or padded.");
                }

                CheckMerge(by, e.At, m.MasterTicketId);
                break;
            default:
                Malformed(e, $"{e.GetType().FullName} is not a ticket event this library knows; known: {string.Join(", ", TicketEventKind.InValueOrder.Select(k => k.EventType.Name))}.");
                break;
        }

        Apply(e);
    }

    private void ReplayDispatch(TicketDispatched d, Actor by)
    {
        if (!IsValidId(d.Unit))
        {
            Malformed(d, $"the unit id '{d.Unit}' is blank or padded.");
        }

        var complexity = VocabularyCodes<Complexity>.Find(d.Complexity);
        if (complexity is null)
        {
            Malformed(d, $"'{d.Complexity}' is not a Complexity code.");
        }

        CheckDispatch(by, d.At, d.Unit);
        ReplayDeadline(d, DispatchClockStart(d.At), d.ClockStartedAt, d.WorkingDays, d.DueDate, d.DueAt, d.IsProvisional, static (t, ev) => t.DecideDispatchDeadline(VocabularyCodes<Complexity>.Find(((TicketDispatched)ev).Complexity)!, ev.At)!.Value);
        RequireAfterDispatch(d, d.SignInDueAt, "sign-in due instant");
        RequireAfterDispatch(d, d.ContactDueAt, "contact due instant");
        RequireAfterDispatch(d, d.ReturnWindowEndsAt, "return window's end");
    }

    // The approval grants the date requested; its recorded due instant wins, and must end after the deadline it replaces.
    private void ReplayStatutoryApproval(TicketStatutoryPeriodApproved a, Actor by)
    {
        CheckStatutoryPeriodDecision(TicketAction.ApproveStatutoryPeriod, by, a.At);
        if (a.DueDate != PendingStatutoryDueDate)
        {
            Malformed(a, $"the approval grants a statutory period to {a.DueDate:uuuu-MM-dd} but the pending request asked for {PendingStatutoryDueDate:uuuu-MM-dd}.");
        }

        var inForce = Deadline!.Value;
        if (a.DueAt <= inForce.DueAt || !IsSupported(a.DueAt))
        {
            Malformed(a, $"the recorded statutory due instant {a.DueAt} does not follow the deadline it replaces, due {inForce.DueAt}.");
        }

        Recompute(a, inForce.WorkingDays, a.DueDate, a.DueAt, false, static (t, _) => t.DecideStatutoryApproval(), extension: true);
    }

    // A recorded grade is a known one and agrees with the recorded yes or no (基本解决 counts as resolved).
    private static void ReplayResolution(TicketCallbackRecorded c)
    {
        if (c.Resolution is not { } code)
        {
            return;
        }

        var resolution = VocabularyCodes<Resolution>.Find(code);
        if (resolution is null || resolution.CountsAsResolved != c.Resolved)
        {
            Malformed(c, $"the callback records the grade '{code}' with Resolved = {c.Resolved}; a grade is a Resolution code, and Resolved is true exactly for 解决 and 基本解决.");
        }
    }

    // An assisting unit's recorded due instant wins, as a dispatch's step facts do (not recomputed); it must follow the
    // addition, and the working days lie in the range any policy accepts.
    private void ReplayAssistingUnitAdded(TicketAssistingUnitAdded a, Actor by)
    {
        if (!IsValidId(a.Unit))
        {
            Malformed(a, $"the assisting unit id '{a.Unit}' is blank or padded.");
        }

        if (a.WorkingDays < 1 || a.WorkingDays > HandlingPolicy.MaxLimitInWorkingDays)
        {
            Malformed(a, $"an assisting unit given {a.WorkingDays} working days; a policy gives 1 to {HandlingPolicy.MaxLimitInWorkingDays}.");
        }

        CheckAddAssistingUnit(by, a.At, a.Unit);
        if (a.DueAt <= a.At || !IsSupported(a.DueAt))
        {
            Malformed(a, $"the recorded due instant {a.DueAt} of assisting unit {a.Unit} does not follow its addition at {a.At}.");
        }
    }

    // A supervision's recorded due instant wins, as an assisting unit's does.
    private void ReplaySupervised(TicketSupervised v, Actor by)
    {
        if (VocabularyCodes<SupervisionLevel>.Find(v.Level) is null)
        {
            Malformed(v, $"'{v.Level}' is not a SupervisionLevel code.");
        }

        RequireText(v, v.Note, "note");
        if (v.WorkingDays < 1 || v.WorkingDays > HandlingPolicy.MaxLimitInWorkingDays)
        {
            Malformed(v, $"a supervision given {v.WorkingDays} working days to answer; a policy gives 1 to {HandlingPolicy.MaxLimitInWorkingDays}.");
        }

        CheckSupervise(by, v.At);
        if (v.RespondBy <= v.At || !IsSupported(v.RespondBy))
        {
            Malformed(v, $"the recorded answer due instant {v.RespondBy} does not follow the supervision at {v.At}.");
        }
    }

    // The units a reply records as not reported must be the round's assisting units without a report, in order.
    private void ReplayNotReportedBy(TicketReplied r)
    {
        var recorded = r.NotReportedBy;
        var decided = DecideNotReportedBy();
        if (recorded is null ? decided is not null : decided is null || !recorded.SequenceEqual(decided, StringComparer.Ordinal))
        {
            Malformed(r, $"the reply records [{string.Join(", ", recorded ?? [])}] as not reported, but the round's assisting units without a report were [{string.Join(", ", decided ?? [])}].");
        }
    }

    // The step facts a dispatch recorded win, as its deadline does (absent in histories stored before step limits: no
    // limit, not designated); each must lie after the dispatch, as any limit the policy decides does.
    private static void RequireAfterDispatch(TicketDispatched d, Instant? due, string what)
    {
        if (due is { } instant && (instant <= d.At || !IsSupported(instant)))
        {
            Malformed(d, $"the recorded {what} {instant} does not follow the dispatch at {d.At}.");
        }
    }

    // A step's recorded judgement must be the one its recorded due instant gives, as a reply's is.
    private void ReplayTimeliness(TicketEvent e, string step, bool? recorded, bool? decided, Instant? due)
    {
        if (recorded != decided)
        {
            Malformed(e, $"the {step} is recorded as {Judgement(recorded)} but it came at {Local(e.At)} against {(due is { } d ? "the recorded due instant " + Local(d) : "no recorded limit")}, which makes it {Judgement(decided)}.");
        }
    }

    private static string Judgement(bool? onTime) => onTime is { } value ? (value ? "on time" : "late") : "not judged";

    // The recorded ids as the checks see them.
    // The acting staff of a stored event. Histories alternate between a few platform and unit staff, so the last actor
    // of each kind is reused when the next event names the same one: replay allocates an actor per change of staff,
    // not per event.
    private Actor ActorOf(TicketEvent e)
    {
        // Stryker disable once Equality : equivalent, swapping the two slots changes only which cached actor is compared; the unit and staff checks below still decide reuse.
        ref var last = ref e.ByUnit is null ? ref _replayedPlatform : ref _replayedUnit;
        if (last is null || !string.Equals(last.UnitValue, e.ByUnit, StringComparison.Ordinal) || !string.Equals(last.StaffId, e.ByStaff, StringComparison.Ordinal))
        {
            last = Actor.Trusted(e.ByUnit, e.ByStaff);
        }

        return last;
    }

    // The clock rule decides which event records a deadline and from which instant: a recorded deadline where the rule
    // fixes none, a missing one where it fixes one, or a clock started elsewhere is a fact no live action could produce.
    // The values (due date and instant, limit, provisional) are re-decided and compared: a difference is drift.
    private void ReplayDeadline(TicketEvent e, Instant? decidedStart, Instant? clockStartedAt, int? workingDays, LocalDate? dueDate, Instant? dueAt, bool isProvisional, Func<Ticket, TicketEvent, HandlingDeadline> decide)
    {
        var recorded = RecordedFacts(e, clockStartedAt, workingDays, dueDate, dueAt);
        if (clockStartedAt != decidedStart)
        {
            var kind = TicketEventKind.Of(e).Code;
            var clock = $"policy '{_policy.Name}' starts the clock at {_policy.ClockStart.ChineseName} ({_policy.ClockStart.Name})";
            throw new TicketHistoryException(
                e.Sequence,
                TicketRule.ClockStartRule,
                !recorded ? $"{kind} records no deadline, but {clock}: this event fixes the deadline, from {Local(decidedStart!.Value)}."
                : decidedStart is null ? $"{kind} records a deadline (clock from {Local(clockStartedAt!.Value)}), but {clock}: this event fixes no deadline."
                : $"{kind} records a deadline with its clock from {Local(clockStartedAt!.Value)}, but {clock}: the clock runs from {Local(decidedStart.Value)}.");
        }

        if (recorded)
        {
            Recompute(e, workingDays!.Value, dueDate!.Value, dueAt!.Value, isProvisional, decide);
        }
    }

    private void CheckEnvelope(TicketEvent e)
    {
        if (e.Sequence != Version + 1)
        {
            throw new TicketHistoryException(
                Version + 1, TicketRule.WellFormedHistory, $"its sequence is {e.Sequence}; a history's sequence runs 1, 2, 3… so it should be {Version + 1}.");
        }

        if (!IsSupported(e.At))
        {
            Malformed(e, $"it is dated {e.At}, outside the instants every action accepts ({Preconditions.Earliest} to {Preconditions.Latest}).");
        }

        if (!IsValidId(e.ByStaff))
        {
            Malformed(e, $"the staff id '{e.ByStaff}' is blank or padded.");
        }

        if (e.ByUnit is not null && !IsValidId(e.ByUnit))
        {
            Malformed(e, $"the unit id '{e.ByUnit}' is blank or padded.");
        }
    }

    private static void RequireText(TicketEvent e, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Malformed(e, $"the {what} is blank.");
        }
    }

    // Deadline facts are recorded all together or not at all, and the clock cannot start after the event that records it.
    private static bool RecordedFacts(TicketEvent e, Instant? clockStartedAt, int? workingDays, LocalDate? dueDate, Instant? dueAt)
    {
        var count = (clockStartedAt.HasValue ? 1 : 0) + (workingDays.HasValue ? 1 : 0) + (dueDate.HasValue ? 1 : 0) + (dueAt.HasValue ? 1 : 0);
        if (count == 0)
        {
            return false;
        }

        if (count != 4)
        {
            Malformed(e, "a deadline is recorded with ClockStartedAt, WorkingDays, DueDate and DueAt together, or none of them.");
        }

        RequireIsoDate(e, dueDate!.Value);
        if (clockStartedAt!.Value > e.At || workingDays!.Value <= 0 || dueAt!.Value <= clockStartedAt.Value)
        {
            Malformed(e, $"the recorded deadline (clock from {clockStartedAt}, {workingDays} working days, due {dueAt}) does not fit the event at {e.At}.");
        }

        return true;
    }

    // Calendars count ISO dates; a date in another calendar system cannot be compared with them.
    private static void RequireIsoDate(TicketEvent e, LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            Malformed(e, $"the recorded due date {date} is in the {date.Calendar.Id} calendar; events record ISO dates.");
        }
    }

    // The recorded deadline wins; what the policy decides today is only compared, and a difference reported. For an
    // approval the working days are the extension's, which the pending request already fixed.
    private void Recompute(TicketEvent e, int workingDays, LocalDate dueDate, Instant dueAt, bool isProvisional, Func<Ticket, TicketEvent, HandlingDeadline> decide, bool extension = false)
    {
        HandlingDeadline today;
        try
        {
            today = decide(this, e);
        }
        catch (HotlineDomainException refusal)
        {
            AddDrift(new DeadlineDrift(e.Sequence, workingDays, dueDate, dueAt, isProvisional, null, null, null, null, refusal.Message));
            return;
        }

        var todayWorkingDays = extension ? workingDays : today.WorkingDays;
        if (todayWorkingDays != workingDays || today.DueDate != dueDate || today.DueAt != dueAt || today.IsProvisional != isProvisional)
        {
            AddDrift(new DeadlineDrift(e.Sequence, workingDays, dueDate, dueAt, isProvisional, todayWorkingDays, today.DueDate, today.DueAt, today.IsProvisional, null));
        }
    }

    private void AddDrift(DeadlineDrift drift) => (_drifts ??= []).Add(drift);
}
