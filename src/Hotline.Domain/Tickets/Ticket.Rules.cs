using Hotline.Domain.Deadlines;
using System.Linq;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The checks, shared by the live actions and <see cref="Rehydrate"/>: they take the acting <see cref="Actor"/> and the
/// action, read the state and the action's own data, assign nothing, and allocate only to throw.
/// </summary>
public sealed partial class Ticket
{
    private void CheckDispatch(Actor by, Instant at, string unit)
    {
        Check(TicketAction.Dispatch, by, at);
        if (Status == TicketStatus.Returned && string.Equals(ResponsibleUnit!.Value, unit, System.StringComparison.Ordinal))
        {
            throw new TicketStateException(
                TicketRule.RedispatchToAnotherUnit,
                $"Ticket {Id} was returned by unit {unit}; a re-dispatch (改派) goes to another unit. To send it back to {unit}, reject the return (its clock keeps running).");
        }
    }

    private void CheckReturn(Actor by, Instant at)
    {
        Check(TicketAction.Return, by, at);
        if (IsDesignated)
        {
            throw new TicketStateException(
                TicketRule.DesignatedUnitCannotReturn,
                $"Ticket {Id}'s dispatch {_state.Dispatches} designated unit {ResponsibleUnit} (指定承办); a designated unit handles the order and may not return it.");
        }

        if (ReturnWindowEndsAt is { } ends && at >= ends)
        {
            throw new TicketStateException(
                TicketRule.ReturnWindowClosed,
                $"Ticket {Id}'s return window, from its dispatch at {Local(DispatchedAt!.Value)}, closed at {Local(ends)}; this return is dated {Local(at)}. After the window the unit handles the order.");
        }
    }

    private void CheckExtensionRequest(Actor by, Instant at, int workingDays)
    {
        Check(TicketAction.RequestExtension, by, at);
        if (PendingExtensionWorkingDays is { } pending)
        {
            throw new TicketStateException(
                TicketRule.ExtensionPendingDecision,
                $"Ticket {Id}'s extension request of {pending} working days awaits the platform's decision; the next request follows that decision.");
        }

        if (_state.PendingStatutoryDueDate is { } statutory)
        {
            throw new TicketStateException(
                TicketRule.StatutoryPeriodPending,
                $"Ticket {Id}'s statutory period request (to {statutory:uuuu-MM-dd}) awaits the platform's decision; an extension is asked for after that decision.");
        }

        if (Deadline is { IsStatutory: true } statutoryDeadline)
        {
            throw new ExtensionRefusedException(
                ExtensionRefusal.StatutoryPeriodInForce,
                $"Ticket {Id} is due {statutoryDeadline.DueDate:uuuu-MM-dd} under a statutory period ({StatutoryBasis}); the law's period replaced the hotline's limit, which is no longer extended.");
        }

        // One model: the policy's extension rule says how many extensions a round allows (once, nationally), and the
        // ticket allows as many requests; a denied request uses one up. The rule decides, as for the deadline itself.
        var rule = _policy.Extension;
        var requests = _state.ExtensionRequests;
        var refusal = rule.RefusalOf(Complexity!, requests, workingDays);
        if (refusal is not null)
        {
            throw new ExtensionRefusedException(refusal, ExtensionRefusalMessage(refusal, rule, requests, workingDays));
        }

        if (Deadline is not { } deadline || deadline.IsOverdueAt(at))
        {
            throw new ExtensionRefusedException(
                ExtensionRefusal.RequestedTooLate,
                Deadline is { } due
                    ? $"The extension of ticket {Id} was requested at {Local(at)}, at or after its deadline {Local(due.DueAt)}; an extension must be requested before the deadline."
                    :
                    // Stryker disable once String : unreachable, an order in progress always has a deadline (its sign-in or reopen fixed it; replay refuses a history without one).
                    $"Ticket {Id} has no deadline running, so there is nothing to extend.");
        }
    }

    private string ExtensionRefusalMessage(ExtensionRefusal refusal, ExtensionRule rule, int requests, int workingDays)
    {
        if (refusal == ExtensionRefusal.ComplexityNotExtended)
        {
            return $"Ticket {Id} is {Complexity!.ChineseName} ({Complexity.Name}); policy '{_policy.Name}' extends only: {rule}.";
        }

        if (refusal == ExtensionRefusal.WorkingDaysOutOfRange)
        {
            return $"An extension of {workingDays} working days was requested for ticket {Id}; policy '{_policy.Name}' allows 1 to {rule.MaxWorkingDays}.";
        }

        return rule.MaxExtensions == 1
            ? $"Ticket {Id} already had its extension request in this handling round (round {ReopenCount + 1}); one request per round, and a denied request uses it up."
            : $"Ticket {Id} already had {requests} extension requests in this handling round (round {ReopenCount + 1}); policy '{_policy.Name}' allows {rule.MaxExtensions} per round, and a denied request uses one up.";
    }

    private void CheckExtensionDecision(TicketAction action, Actor by, Instant at)
    {
        Check(action, by, at);
        if (PendingExtensionWorkingDays is null)
        {
            throw new TicketStateException(
                TicketRule.PendingExtensionOnly,
                ExtensionRequested && Status != TicketStatus.InProgress
                    ? $"Ticket {Id}'s extension request lapsed when the unit replied; it can no longer be decided."
                    : $"Ticket {Id} has no pending extension request to {action.Verb} (status {Status.Name}).");
        }
    }

    private void CheckReopen(Actor by, Instant at)
    {
        Check(TicketAction.Reopen, by, at);
        if (CallbackResolved == true && Satisfaction!.IsSatisfied)
        {
            throw new TicketStateException(
                TicketRule.ReopenNeedsDissatisfaction,
                $"Ticket {Id}'s callback found the matter resolved and the requester {Satisfaction.ChineseName} ({Satisfaction.Name}); a reopen needs an unresolved matter or 不满意/非常不满意. Close it instead.");
        }
    }

    private void CheckMerge(Actor by, Instant at, string master)
    {
        Check(TicketAction.Merge, by, at);
        if (string.Equals(master, Id.Value, System.StringComparison.Ordinal))
        {
            throw new TicketStateException(TicketRule.MergeIntoAnother, $"Ticket {Id} cannot be merged into itself; name the master ticket.");
        }
    }

    // The rules every action shares, in the order a refusal names them: closed, authority, status, chronology.
    private void Check(TicketAction action, Actor by, Instant at)
    {
        if (Status == TicketStatus.Closed)
        {
            throw new TicketStateException(
                TicketRule.NothingAfterClose,
                $"Ticket {Id} was closed at {Local(LastAt)}; nothing can happen after a close (a new request is a new ticket), so it cannot {action.Phrase} it.");
        }

        CheckAuthority(action, by);
        if (!action.AllowedFrom(Status))
        {
            throw new TicketStateException(
                TicketRule.AllowedStatus,
                $"Ticket {Id} is {Status.ChineseName} ({Status.Name}); to {action.Phrase} it, it must be {string.Join(" or ", action.From.Select(s => $"{s.ChineseName} ({s.Name})"))}.");
        }

        if (at < LastAt)
        {
            throw new TicketChronologyException(
                TicketRule.Chronology,
                $"The attempt to {action.Phrase} ticket {Id} is dated {Local(at)}, before its event {Version} at {Local(LastAt)}; instants never go backwards (record a correction instead).");
        }
    }

    // Who may act: platform staff, the lead (the unit the order is dispatched to), an assisting unit of the round, or either unit.
    private void CheckAuthority(TicketAction action, Actor by)
    {
        var unit = by.UnitValue;
        var isLead = ResponsibleUnit is not null && string.Equals(ResponsibleUnit.Value, unit, System.StringComparison.Ordinal);
        var isAssisting = unit is not null && TicketFold.IndexOf(_state.Assisting, unit) >= 0;
        switch (action.By)
        {
            case ActionBy.Platform when !by.IsPlatform:
                throw new TicketAuthorityException(
                    TicketRule.PlatformOnly, $"Only platform staff may {action.Phrase} ticket {Id}; {Describe(by)} may not.");
            case ActionBy.Lead when !isLead:
                throw new TicketAuthorityException(
                    TicketRule.DispatchedUnitOnly,
                    $"Only the unit ticket {Id} is dispatched to ({ResponsibleUnit?.Value ?? "none yet"}) may {action.Phrase} it; {Describe(by)} may not.");
            case ActionBy.Assisting when !isAssisting:
                throw new TicketAuthorityException(
                    TicketRule.AssistingUnitOnly,
                    $"Only an assisting unit of ticket {Id}'s current round ({AssistingUnitsText()}) may {action.Phrase} it; {Describe(by)} may not.");
            case ActionBy.LeadOrAssisting when !isLead && !isAssisting:
                throw new TicketAuthorityException(
                    TicketRule.HandlingUnitOnly,
                    $"Only the lead unit of ticket {Id} ({ResponsibleUnit?.Value ?? "none yet"}) or an assisting unit of its current round ({AssistingUnitsText()}) may {action.Phrase} it; {Describe(by)} may not.");
        }
    }

    private string AssistingUnitsText() =>
        _state.Assisting is { } assisting ? string.Join(", ", assisting.Select(a => a.Unit)) : "none";

    private void CheckAddAssistingUnit(Actor by, Instant at, string unit)
    {
        Check(TicketAction.AddAssistingUnit, by, at);
        if (string.Equals(ResponsibleUnit!.Value, unit, System.StringComparison.Ordinal))
        {
            throw new TicketStateException(
                TicketRule.AssistingUnitDistinct, $"Unit {unit} leads ticket {Id} (主办); it cannot also assist on it (协办).");
        }

        if (TicketFold.IndexOf(_state.Assisting, unit) >= 0)
        {
            throw new TicketStateException(
                TicketRule.AssistingUnitDistinct, $"Unit {unit} already assists on ticket {Id} in this round; a unit is added once per round.");
        }
    }

    private void CheckAssistanceReport(Actor by, Instant at)
    {
        Check(TicketAction.ReportAssistance, by, at);
        var fact = _state.Assisting![TicketFold.IndexOf(_state.Assisting, by.UnitValue!)];
        if (fact.ReportedAt is { } reported)
        {
            throw new TicketStateException(
                TicketRule.AssistanceReportedOnce,
                $"Assisting unit {fact.Unit} reported on ticket {Id} at {Local(reported)}; an assisting unit reports once per round (progress goes in a progress report).");
        }
    }

    private void CheckReply(Actor by, Instant at)
    {
        Check(TicketAction.Reply, by, at);
        if (!_policy.AllowsReplyBeforeAssistingReports && DecideNotReportedBy() is { } missing)
        {
            throw new TicketStateException(
                TicketRule.AssistingUnitsFirst,
                $"Ticket {Id}'s assisting units {string.Join(", ", missing)} have not reported (协办反馈); under policy '{_policy.Name}' the lead replies after every assisting unit of the round has reported.");
        }
    }

    private void CheckSupervisionAction(TicketAction action, Actor by, Instant at)
    {
        Check(action, by, at);
        if (Deadline is null)
        {
            throw new TicketStateException(
                TicketRule.DeadlineRunning,
                $"Ticket {Id} has no handling deadline running yet (policy '{_policy.Name}' starts the clock at {_policy.ClockStart.ChineseName}); there is nothing to {action.Verb} the unit about.");
        }
    }

    private void CheckSupervise(Actor by, Instant at)
    {
        CheckSupervisionAction(TicketAction.Supervise, by, at);
        if (OpenSupervision is { } open)
        {
            throw new TicketStateException(
                TicketRule.SupervisionAlreadyOpen,
                $"Ticket {Id}'s supervision ({open.Level.ChineseName}) of {Local(open.At)} awaits the lead's answer, due {Local(open.RespondBy)}; one supervision is open at a time.");
        }
    }

    private void CheckSupervisionAnswer(Actor by, Instant at)
    {
        Check(TicketAction.AnswerSupervision, by, at);
        if (OpenSupervision is null)
        {
            throw new TicketStateException(TicketRule.OpenSupervisionOnly, $"Ticket {Id} has no open supervision to answer.");
        }
    }

    private void CheckEscalate(Actor by, Instant at, string unit)
    {
        Check(TicketAction.Escalate, by, at);
        if (string.Equals(ResponsibleUnit!.Value, unit, System.StringComparison.Ordinal) || TicketFold.IndexOf(_state.Assisting, unit) >= 0)
        {
            throw new TicketStateException(
                TicketRule.EscalateToAnotherUnit,
                $"Ticket {Id} cannot be escalated to unit {unit}, which already handles it (lead {ResponsibleUnit.Value}; assisting {AssistingUnitsText()}); 提级办理 goes to a higher-level unit.");
        }
    }

    private static string Describe(Actor by) => by.IsPlatform ? $"platform staff {by.StaffId}" : $"staff {by.StaffId} of unit {by.UnitValue}";

    // In the policy's zone; an instant whose local time would overflow NodaTime (a hostile recorded deadline) in UTC.
    private string Local(Instant instant) =>
        IsSupported(instant)
            ? instant.InZone(_policy.Zone).ToString("uuuu-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " (" + _policy.Zone.Id + ")"
            : InstantText.Describe(instant, _policy.Zone);
}
