using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The one fold of ticket events into <see cref="TicketState"/>: the only switch over event kinds. It copies an accepted
/// event's facts (the deadline recorded wins) and cannot refuse; the checks run before it, in the aggregate.
/// </summary>
internal static class TicketFold
{
    /// <summary>Folds <paramref name="e"/> into <paramref name="s"/>; deadlines are rebuilt with <paramref name="policy"/>.</summary>
    /// <param name="s">The state so far.</param>
    /// <param name="e">An event the checks accepted (or a stored one, already checked when it was recorded).</param>
    /// <param name="policy">The policy deadlines refer to.</param>
    public static void Apply(ref TicketState s, TicketEvent e, HandlingPolicy policy)
    {
        switch (e)
        {
            case TicketRegistered r:
                s.IdValue = r.TicketId;
                s.Category = VocabularyCodes<TicketCategory>.Find(r.Category)!;
                s.Summary = r.Summary;
                s.ReceivedAt = r.At;
                s.Urgency = r.Urgency is null ? Urgency.Normal : VocabularyCodes<Urgency>.Find(r.Urgency)!;
                s.Status = TicketStatus.Registered;
                break;
            case TicketAnsweredDirectly:
                s.Disposition = Disposition.AnsweredDirectly;
                s.Status = TicketStatus.Closed;
                break;
            case TicketTransferredToEmergencyLine t:
                s.TransferredTo = VocabularyCodes<EmergencyLine>.Find(t.Line)!;
                s.Disposition = Disposition.TransferredToEmergencyLine;
                s.Status = TicketStatus.Closed;
                break;
            case TicketReferredToLegalRoute:
                s.Disposition = Disposition.ReferredToLegalRoute;
                s.Status = TicketStatus.Closed;
                break;
            case TicketDeclined:
                s.Disposition = Disposition.DeclinedOutOfScope;
                s.Status = TicketStatus.Closed;
                break;
            case TicketMarkedInvalid:
                s.Disposition = Disposition.Invalid;
                s.Status = TicketStatus.Closed;
                break;
            case TicketWithdrawn:
                // No read model counts a withdrawn order, so its assisting assignments are left as they stood.
                s.Disposition = Disposition.Withdrawn;
                EndSupervision(s.Supervisions, e.At);
                LapseRequests(ref s);
                s.Status = TicketStatus.Closed;
                break;
            case TicketTerminationRequested:
                s.TerminationPending = true;
                break;
            case TicketTerminationApproved:
                // Handling ends before any reply: the round's assisting units can no longer report, the supervision ends.
                s.Disposition = Disposition.Terminated;
                s.TerminatedAt = e.At;
                EndAssisting(s.Assisting, e.At);
                EndSupervision(s.Supervisions, e.At);
                LapseRequests(ref s);
                s.Status = TicketStatus.Closed;
                break;
            case TicketTerminationDenied:
                s.TerminationPending = false;
                break;
            case TicketStatutoryPeriodRequested q:
                s.PendingStatutoryDueDate = q.DueDate;
                s.PendingStatutoryBasis = q.LegalBasis;
                break;
            case TicketStatutoryPeriodApproved p:
                var inForce = s.Deadline!.Value;
                s.Deadline = new HandlingDeadline(
                    policy, inForce.Category, inForce.Complexity, inForce.ClockStart, inForce.WorkingDays, inForce.OriginalDueDate,
                    p.DueDate, p.DueAt, false, inForce.ExtensionsUsed, inForce.ExtendedByWorkingDays, isStatutory: true);
                s.StatutoryBasis = s.PendingStatutoryBasis;
                s.PendingStatutoryDueDate = null;
                s.PendingStatutoryBasis = null;
                break;
            case TicketStatutoryPeriodDenied:
                s.PendingStatutoryDueDate = null;
                s.PendingStatutoryBasis = null;
                break;
            case TicketDispatched d:
                s.Disposition = Disposition.Dispatched;
                s.Unit = d.Unit;
                s.Complexity = VocabularyCodes<Complexity>.Find(d.Complexity)!;
                s.FirstDispatchedAt ??= d.At;
                s.FirstDispatchUnit ??= d.Unit;
                s.DispatchedAt = d.At;
                s.LeadAssignedAt = d.At;
                s.SignedInAt = null;
                s.Dispatches++;
                s.SignInDueAt = d.SignInDueAt;
                s.ContactDueAt = d.ContactDueAt;
                s.ReturnWindowEndsAt = d.ReturnWindowEndsAt;
                s.IsDesignated = d.IsDesignated;
                s.SignedInOnTime = null;
                s.ContactedAt = null;
                s.ContactedOnTime = null;
                EndRound(ref s, d.At); // a dispatch (a re-dispatch after a return) ends the assisting assignments of the one before
                s.LeadReminders = 0;
                s.Deadline = d.DueAt is { } dueAt
                    ? new HandlingDeadline(policy, s.Category, s.Complexity!, d.ClockStartedAt!.Value, d.WorkingDays!.Value, d.DueDate!.Value, d.DueDate.Value, dueAt, d.IsProvisional, 0, 0)
                    : null;
                s.Status = TicketStatus.Dispatched;
                break;
            case TicketSignedIn i:
                s.SignedInAt = i.At;
                s.SignedInOnTime = i.OnTime;
                if (i.DueAt is { } signedDueAt)
                {
                    s.Deadline = new HandlingDeadline(policy, s.Category, s.Complexity!, i.ClockStartedAt!.Value, i.WorkingDays!.Value, i.DueDate!.Value, i.DueDate.Value, signedDueAt, i.IsProvisional, 0, 0);
                }

                s.Status = TicketStatus.InProgress;
                break;
            case TicketReturned:
                s.ReturnedAt = e.At;
                s.Status = TicketStatus.Returned;
                break;
            case TicketReturnRejected:
                (s.RejectedReturns ??= new List<RejectedReturnFact>(1)).Add(new RejectedReturnFact(s.Unit!, s.ReturnedAt, e.At));
                s.Status = TicketStatus.Dispatched;
                break;
            case TicketExtensionRequested x:
                s.ExtensionRequests++;
                s.PendingExtensionWorkingDays = x.WorkingDays;
                break;
            case TicketExtensionApproved a:
                var current = s.Deadline!.Value;
                s.Deadline = new HandlingDeadline(
                    policy, current.Category, current.Complexity, current.ClockStart, current.WorkingDays, current.OriginalDueDate,
                    a.DueDate, a.DueAt, a.IsProvisional, current.ExtensionsUsed + 1, current.ExtendedByWorkingDays + a.WorkingDays);
                s.PendingExtensionWorkingDays = null;
                break;
            case TicketExtensionDenied:
                s.PendingExtensionWorkingDays = null;
                break;
            case TicketReplied r:
                s.RepliedAt = r.At;
                s.RepliedOnTime = r.OnTime;
                s.ReplyResolved = r.Resolved;
                s.RepliedBy = r.ByUnit;
                LapseRequests(ref s); // a pending request lapses at the reply
                s.ReplyAccepted = false; // a new reply is reviewed anew, and called back anew
                s.CallbackAttempts = 0;
                s.CallbackUnreachable = false;
                EndAssisting(s.Assisting, r.At); // the lead's reply ends the round's assisting assignments (reports come before it)
                s.Status = TicketStatus.Replied;
                break;
            case TicketCallbackRecorded c:
                s.CallbackAt = c.At;
                s.CallbackResolved = c.Resolved;
                s.Satisfaction = VocabularyCodes<Satisfaction>.Find(c.Satisfaction)!;
                s.CallbackResolution = c.Resolution is null ? null : VocabularyCodes<Resolution>.Find(c.Resolution);
                s.CallbackUnreachable = false; // the requester was reached after all
                if (s.ReplyResolved == true && !c.Resolved)
                {
                    s.FalseCompletions++;
                    s.FalseCompletionUnit = s.RepliedBy;
                    s.FalseCompletionRepliedAt = s.RepliedAt!.Value;
                    s.FalseCompletionCalledBackAt = c.At;
                }

                s.Status = TicketStatus.CalledBack;
                break;
            case TicketReopened o:
                s.ReopenCount++;
                (s.Reopenings ??= new List<Instant>(2)).Add(o.At);
                s.Deadline = new HandlingDeadline(policy, s.Category, s.Complexity!, o.At, o.WorkingDays, o.DueDate, o.DueDate, o.DueAt, o.IsProvisional, 0, 0);
                s.ExtensionRequests = 0;
                s.StatutoryBasis = null; // the new round runs on the hotline's limit; a statutory period is asked for again
                s.RepliedAt = null;
                s.RepliedOnTime = null;
                s.ReplyResolved = null;
                s.RepliedBy = null;
                s.CallbackAt = null;
                s.CallbackResolved = null;
                s.CallbackResolution = null;
                s.Satisfaction = null;
                s.CallbackAttempts = 0;
                s.CallbackUnreachable = false;
                s.ReplyAccepted = false;
                EndRound(ref s, o.At); // a new round starts with the lead alone
                s.ReminderCount = 0;
                s.LastRemindedAt = null;
                s.Status = TicketStatus.InProgress;
                break;
            case TicketClosed:
                EndAssisting(s.Assisting, e.At);
                EndSupervision(s.Supervisions, e.At);
                s.Status = TicketStatus.Closed;
                break;
            case TicketCallbackAttempted a:
                s.CallbackAttempts++;
                s.CallbackUnreachable = a.Unreachable;
                break;
            case TicketReplyReviewed v when v.Accepted:
                s.ReplyAccepted = true;
                break;
            case TicketReplyReviewed:
                // Sent back: the same unit replies again under the same deadline; the reply sent back no longer counts.
                s.RepliedAt = null;
                s.RepliedOnTime = null;
                s.ReplyResolved = null;
                s.RepliedBy = null;
                s.Status = TicketStatus.InProgress;
                break;
            case TicketRequesterContacted c:
                // The first contact of a dispatch decides its timeliness; later ones change nothing here.
                if (s.ContactedAt is null)
                {
                    s.ContactedAt = c.At;
                    s.ContactedOnTime = c.OnTime;
                }

                break;
            case TicketAssistingUnitAdded a:
                (s.Assisting ??= new List<AssistingFact>(2)).Add(new AssistingFact(a.Unit, a.At, a.DueAt, null, null, null));
                break;
            case TicketAssistanceReported r:
                var assisting = s.Assisting!;
                var index = IndexOf(assisting, r.ByUnit!);
                assisting[index] = assisting[index].Reported(r.At, r.OnTime);
                break;
            case TicketReminded:
                s.ReminderCount++;
                s.LeadReminders++;
                s.LastRemindedAt = e.At;
                break;
            case TicketSupervised v:
                (s.Supervisions ??= new List<SupervisionFact>(1)).Add(new SupervisionFact(VocabularyCodes<SupervisionLevel>.Find(v.Level)!, v.At, v.RespondBy, null, null, null, null));
                break;
            case TicketSupervisionAnswered w:
                var supervisions = s.Supervisions!;
                supervisions[supervisions.Count - 1] = supervisions[supervisions.Count - 1].Answered(w.At, w.OnTime, w.ByUnit!);
                break;
            case TicketEscalated x:
                // The higher-level unit leads from here and signs for the order; the deadline and the assisting units
                // stay, the previous lead's step limits end, and the new lead may not return the order.
                s.Unit = x.Unit;
                s.LeadAssignedAt = x.At;
                s.LeadReminders = 0;
                s.SignedInAt = null;
                s.SignedInOnTime = null;
                s.SignInDueAt = null;
                s.ContactDueAt = null;
                s.ReturnWindowEndsAt = null;
                s.ContactedAt = null;
                s.ContactedOnTime = null;
                s.IsDesignated = true;
                s.Status = TicketStatus.Dispatched;
                break;
            case TicketMerged m:
                s.MergedInto = TicketId.Trusted(m.MasterTicketId);
                EndAssisting(s.Assisting, e.At);
                EndSupervision(s.Supervisions, e.At);
                LapseRequests(ref s);
                s.Status = TicketStatus.Closed;
                break;
        }
    }

    // The requests awaiting the platform's decision lapse: at the reply, and when the order leaves handling.
    private static void LapseRequests(ref TicketState s)
    {
        s.PendingExtensionWorkingDays = null;
        s.TerminationPending = false;
        s.PendingStatutoryDueDate = null;
        s.PendingStatutoryBasis = null;
    }

    // The round's assisting assignments end (those without a report at this instant) and move to the ended ones.
    private static void EndRound(ref TicketState s, Instant at)
    {
        if (s.Assisting is not { } assisting)
        {
            return;
        }

        EndAssisting(assisting, at);
        (s.EndedAssisting ??= new List<AssistingFact>(assisting.Count)).AddRange(assisting);
        s.Assisting = null;
    }

    private static void EndAssisting(List<AssistingFact>? assisting, Instant at)
    {
        if (assisting is null)
        {
            return;
        }

        for (var i = 0; i < assisting.Count; i++)
        {
            assisting[i] = assisting[i].EndedUnreported(at);
        }
    }

    // A close, a merge or a withdrawal ends the open supervision: no answer can come after it.
    private static void EndSupervision(List<SupervisionFact>? supervisions, Instant at)
    {
        if (supervisions is { Count: > 0 })
        {
            supervisions[supervisions.Count - 1] = supervisions[supervisions.Count - 1].EndedUnanswered(at);
        }
    }

    /// <summary>The position of <paramref name="unit"/> among the round's assisting units, or -1.</summary>
    /// <param name="assisting">The round's assisting units.</param>
    /// <param name="unit">A unit id.</param>
    /// <returns>Its index, or -1.</returns>
    public static int IndexOf(List<AssistingFact>? assisting, string unit)
    {
        if (assisting is not null)
        {
            for (var i = 0; i < assisting.Count; i++)
            {
                if (string.Equals(assisting[i].Unit, unit, System.StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
