using Hotline.Domain.Deadlines;
namespace Hotline.Domain.Tickets;

/// <summary>The one place that changes a ticket: copies an accepted event's facts into the state and appends it. It cannot refuse.</summary>
public sealed partial class Ticket
{
    private void Apply(TicketEvent e)
    {
        switch (e)
        {
            case TicketRegistered r:
                Id = TicketId.Trusted(r.TicketId);
                Category = VocabularyCodes<TicketCategory>.Find(r.Category)!;
                Summary = r.Summary;
                ReceivedAt = r.At;
                Status = TicketStatus.Registered;
                break;
            case TicketAnsweredDirectly:
                Status = TicketStatus.Closed;
                break;
            case TicketDispatched d:
                // Stryker disable once Conditional : equivalent when false, a new UnitId of the same value is equal to the one kept.
                ResponsibleUnit = ResponsibleUnit is not null && string.Equals(ResponsibleUnit.Value, d.Unit, System.StringComparison.Ordinal)
                    ? ResponsibleUnit
                    : UnitId.Trusted(d.Unit);
                Complexity = VocabularyCodes<Complexity>.Find(d.Complexity)!;
                DispatchedAt = d.At;
                SignedInAt = null;
                Deadline = d.DueAt is { } dueAt
                    ? new HandlingDeadline(_policy, Category, Complexity, d.ClockStartedAt!.Value, d.WorkingDays!.Value, d.DueDate!.Value, d.DueDate.Value, dueAt, d.IsProvisional, 0, 0)
                    : null;
                Status = TicketStatus.Dispatched;
                break;
            case TicketSignedIn s:
                SignedInAt = s.At;
                if (s.DueAt is { } signedDueAt)
                {
                    Deadline = new HandlingDeadline(_policy, Category, Complexity!, s.ClockStartedAt!.Value, s.WorkingDays!.Value, s.DueDate!.Value, s.DueDate.Value, signedDueAt, s.IsProvisional, 0, 0);
                }

                Status = TicketStatus.InProgress;
                break;
            case TicketReturned:
                Status = TicketStatus.Returned;
                break;
            case TicketReturnRejected:
                Status = TicketStatus.Dispatched;
                break;
            case TicketExtensionRequested x:
                ExtensionRequested = true;
                PendingExtensionWorkingDays = x.WorkingDays;
                break;
            case TicketExtensionApproved a:
                var current = Deadline!.Value;
                Deadline = new HandlingDeadline(
                    _policy, current.Category, current.Complexity, current.ClockStart, current.WorkingDays, current.OriginalDueDate,
                    a.DueDate, a.DueAt, a.IsProvisional, current.ExtensionsUsed + 1, current.ExtendedByWorkingDays + a.WorkingDays);
                PendingExtensionWorkingDays = null;
                break;
            case TicketExtensionDenied:
                PendingExtensionWorkingDays = null;
                break;
            case TicketReplied r:
                RepliedAt = r.At;
                RepliedOnTime = r.OnTime;
                ReplyResolved = r.Resolved;
                PendingExtensionWorkingDays = null; // a pending request lapses at the reply
                Status = TicketStatus.Replied;
                break;
            case TicketCallbackRecorded c:
                CallbackResolved = c.Resolved;
                Satisfaction = VocabularyCodes<Satisfaction>.Find(c.Satisfaction)!;
                Status = TicketStatus.CalledBack;
                break;
            case TicketReopened o:
                ReopenCount++;
                Deadline = new HandlingDeadline(_policy, Category, Complexity!, o.At, o.WorkingDays, o.DueDate, o.DueDate, o.DueAt, o.IsProvisional, 0, 0);
                ExtensionRequested = false;
                PendingExtensionWorkingDays = null;
                RepliedAt = null;
                RepliedOnTime = null;
                ReplyResolved = null;
                CallbackResolved = null;
                Satisfaction = null;
                Status = TicketStatus.InProgress;
                break;
            case TicketClosed:
                Status = TicketStatus.Closed;
                break;
            case TicketMerged m:
                MergedInto = TicketId.Trusted(m.MasterTicketId);
                PendingExtensionWorkingDays = null;
                Status = TicketStatus.Closed;
                break;
        }

        _history.Add(e);
    }
}
