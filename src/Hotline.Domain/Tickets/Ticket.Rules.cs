using System.Linq;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The checks, shared by the live actions and <see cref="Rehydrate"/>: they read the state and the action's own data,
/// assign nothing, and allocate only to throw.
/// </summary>
public sealed partial class Ticket
{
    private static readonly TicketStatus[] FromRegistered = [TicketStatus.Registered];
    private static readonly TicketStatus[] FromRegisteredOrReturned = [TicketStatus.Registered, TicketStatus.Returned];
    private static readonly TicketStatus[] FromDispatched = [TicketStatus.Dispatched];
    private static readonly TicketStatus[] FromReturned = [TicketStatus.Returned];
    private static readonly TicketStatus[] FromInProgress = [TicketStatus.InProgress];
    private static readonly TicketStatus[] FromReplied = [TicketStatus.Replied];
    private static readonly TicketStatus[] FromCalledBack = [TicketStatus.CalledBack];
    private static readonly TicketStatus[] FromRepliedOrCalledBack = [TicketStatus.Replied, TicketStatus.CalledBack];
    private static readonly TicketStatus[] BeforeReply = [TicketStatus.Registered, TicketStatus.Dispatched, TicketStatus.Returned, TicketStatus.InProgress];

    private void CheckAnswerDirectly(string? byUnit, string byStaff, Instant at) =>
        CheckPlatformAction("answer directly", byUnit, byStaff, at, FromRegistered);

    private void CheckDispatch(string? byUnit, string byStaff, Instant at, string unit)
    {
        CheckPlatformAction("dispatch", byUnit, byStaff, at, FromRegisteredOrReturned);
        if (Status == TicketStatus.Returned && string.Equals(ResponsibleUnit!.Value, unit, System.StringComparison.Ordinal))
        {
            throw new TicketStateException(
                TicketRule.RedispatchToAnotherUnit,
                $"Ticket {Id} was returned by unit {unit}; a re-dispatch (改派) goes to another unit. To send it back to {unit}, reject the return (its clock keeps running).");
        }
    }

    private void CheckSignIn(string? byUnit, string byStaff, Instant at) =>
        CheckUnitAction("sign for", byUnit, byStaff, at, FromDispatched);

    private void CheckReturn(string? byUnit, string byStaff, Instant at) =>
        CheckUnitAction("return", byUnit, byStaff, at, FromDispatched);

    private void CheckRejectReturn(string? byUnit, string byStaff, Instant at) =>
        CheckPlatformAction("reject the return of", byUnit, byStaff, at, FromReturned);

    private void CheckExtensionRequest(string? byUnit, string byStaff, Instant at, int workingDays)
    {
        CheckUnitAction("request an extension of", byUnit, byStaff, at, FromInProgress);
        var rule = _policy.Extension;
        if (ExtensionRequested)
        {
            throw new TicketExtensionException(
                TicketRule.OneExtensionRequestPerRound,
                $"Ticket {Id} already had its extension request in this handling round (round {ReopenCount + 1}); one request per round, and a denied request uses it up.");
        }

        if (!rule.Allows(Complexity!))
        {
            throw new TicketExtensionException(
                TicketRule.ExtensionComplexity,
                $"Ticket {Id} is {Complexity!.ChineseName} ({Complexity.Name}); policy '{_policy.Name}' extends only: {rule}.");
        }

        if (workingDays > rule.MaxWorkingDays)
        {
            throw new TicketExtensionException(
                TicketRule.ExtensionMaximum,
                $"An extension of {workingDays} working days was requested for ticket {Id}; policy '{_policy.Name}' allows 1 to {rule.MaxWorkingDays}.");
        }

        if (Deadline is not { } deadline || deadline.IsOverdueAt(at))
        {
            throw new TicketExtensionException(
                TicketRule.ExtensionBeforeDeadline,
                Deadline is { } due
                    ? $"The extension of ticket {Id} was requested at {Local(at)}, at or after its deadline {Local(due.DueAt)}; an extension must be requested before the deadline."
                    : $"Ticket {Id} has no deadline running, so there is nothing to extend.");
        }
    }

    private void CheckExtensionDecision(string? byUnit, string byStaff, Instant at, string action)
    {
        CheckOpen(action);
        CheckPlatform(byUnit, byStaff, action);
        CheckChronology(at, action);
        if (PendingExtensionWorkingDays is null)
        {
            throw new TicketExtensionException(
                TicketRule.PendingExtensionOnly,
                ExtensionRequested && Status != TicketStatus.InProgress
                    ? $"Ticket {Id}'s extension request lapsed when the unit replied; it can no longer be decided."
                    : $"Ticket {Id} has no pending extension request to {action.Split(' ')[0]} (status {Status.Name}).");
        }
    }

    private void CheckReply(string? byUnit, string byStaff, Instant at) =>
        CheckUnitAction("reply to", byUnit, byStaff, at, FromInProgress);

    private void CheckCallback(string? byUnit, string byStaff, Instant at) =>
        CheckPlatformAction("call back", byUnit, byStaff, at, FromReplied);

    private void CheckReopen(string? byUnit, string byStaff, Instant at)
    {
        CheckPlatformAction("reopen", byUnit, byStaff, at, FromCalledBack);
        if (CallbackResolved == true && Satisfaction!.IsSatisfied)
        {
            throw new TicketStateException(
                TicketRule.ReopenNeedsDissatisfaction,
                $"Ticket {Id}'s callback found the matter resolved and the requester {Satisfaction.ChineseName} ({Satisfaction.Name}); a reopen needs an unresolved matter or 不满意/非常不满意. Close it instead.");
        }
    }

    private void CheckClose(string? byUnit, string byStaff, Instant at) =>
        CheckPlatformAction("close", byUnit, byStaff, at, FromRepliedOrCalledBack);

    private void CheckMerge(string? byUnit, string byStaff, Instant at, string master)
    {
        CheckPlatformAction("merge", byUnit, byStaff, at, BeforeReply);
        if (string.Equals(master, Id.Value, System.StringComparison.Ordinal))
        {
            throw new TicketStateException(TicketRule.MergeIntoAnother, $"Ticket {Id} cannot be merged into itself; name the master ticket.");
        }
    }

    private void CheckPlatformAction(string action, string? byUnit, string byStaff, Instant at, TicketStatus[] allowed)
    {
        CheckOpen(action);
        CheckPlatform(byUnit, byStaff, action);
        CheckStatus(action, allowed);
        CheckChronology(at, action);
    }

    private void CheckUnitAction(string action, string? byUnit, string byStaff, Instant at, TicketStatus[] allowed)
    {
        CheckOpen(action);
        if (ResponsibleUnit is null || byUnit is null || !string.Equals(ResponsibleUnit.Value, byUnit, System.StringComparison.Ordinal))
        {
            throw new TicketAuthorityException(
                TicketRule.DispatchedUnitOnly,
                $"Only the unit ticket {Id} is dispatched to ({ResponsibleUnit?.Value ?? "none yet"}) may {action} it; {Describe(byUnit, byStaff)} may not.");
        }

        CheckStatus(action, allowed);
        CheckChronology(at, action);
    }

    private void CheckOpen(string action)
    {
        if (Status == TicketStatus.Closed)
        {
            throw new TicketStateException(
                TicketRule.NothingAfterClose,
                $"Ticket {Id} was closed at {Local(LastAt)}; nothing can happen after a close (a new request is a new ticket), so it cannot {action} it.");
        }
    }

    private void CheckPlatform(string? byUnit, string byStaff, string action)
    {
        if (byUnit is not null)
        {
            throw new TicketAuthorityException(
                TicketRule.PlatformOnly, $"Only platform staff may {action} ticket {Id}; {Describe(byUnit, byStaff)} may not.");
        }
    }

    private void CheckStatus(string action, TicketStatus[] allowed)
    {
        foreach (var status in allowed)
        {
            if (status == Status)
            {
                return;
            }
        }

        throw new TicketStateException(
            TicketRule.AllowedStatus,
            $"Ticket {Id} is {Status.ChineseName} ({Status.Name}); to {action} it, it must be {string.Join(" or ", allowed.Select(s => $"{s.ChineseName} ({s.Name})"))}.");
    }

    private void CheckChronology(Instant at, string action)
    {
        if (at < LastAt)
        {
            throw new TicketChronologyException(
                TicketRule.Chronology,
                $"The attempt to {action} ticket {Id} is dated {Local(at)}, before its event {Version} at {Local(LastAt)}; instants never go backwards (record a correction instead).");
        }
    }

    private static string Describe(string? byUnit, string byStaff) => byUnit is null ? $"platform staff {byStaff}" : $"staff {byStaff} of unit {byUnit}";

    private string Local(Instant instant) =>
        instant == Instant.MinValue || instant == Instant.MaxValue
            ? instant.ToString()
            : instant.InZone(_policy.Zone).ToString("uuuu-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " (" + _policy.Zone.Id + ")";
}
