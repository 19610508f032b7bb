using System.Collections.Generic;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// One ticket folded, in one pass over its events at or before an as-of instant, into what every accountability rule
/// and every assessment count reads: so the review and the assessment agree by construction. The fold is the ticket's
/// own (<see cref="TicketFold"/>, the seam between the two rooms), so a read model cannot disagree with the aggregate.
/// Internal: the digest is how the library reads a history, not a promise to integrators.
/// </summary>
internal readonly struct TicketDigest
{
    private readonly TicketState _s;

    private TicketDigest(Ticket ticket, in TicketState state)
    {
        Ticket = ticket;
        _s = state;
    }

    public Ticket Ticket { get; }

    public Instant ReceivedAt => _s.ReceivedAt;

    // Out of every count and every built-in rule: a duplicate merged into its master, or an order the requester
    // withdrew (撤单). The other exits close at intake, before a dispatch, so no unit is there to count.
    public bool CountsNowhere => _s.MergedInto is not null || ReferenceEquals(_s.Disposition, Disposition.Withdrawn);

    public bool Merged => _s.MergedInto is not null;

    // 终止办理 approved: closed without a reply; the options say whether it counts (AssessmentOptions.CountTerminated).
    public bool Terminated => ReferenceEquals(_s.Disposition, Disposition.Terminated);

    public Instant? TerminatedAt => _s.TerminatedAt;

    // The first dispatch (for the dispatch service level) and the latest one (for the unit and the period).
    public Instant? FirstDispatchAt => _s.FirstDispatchedAt;

    public string? FirstDispatchUnit => _s.FirstDispatchUnit;

    public Instant LatestDispatchAt => _s.DispatchedAt.GetValueOrDefault();

    public string? Unit => _s.Unit;

    public bool Signed => _s.SignedInAt.HasValue;

    // The current handling round's deadline, extension included; null before the clock starts.
    public LocalDate DueDate => _s.Deadline is { } d ? d.DueDate : default;

    public Instant? DueAt => _s.Deadline?.DueAt;

    public bool Extended => _s.Deadline is { } d && d.ExtensionsUsed > 0;

    // The current round's reply and callback (a reopen starts a new round and clears them).
    public Instant? RepliedAt => _s.RepliedAt;

    public bool RepliedOnTime => _s.RepliedOnTime == true;

    public bool ReplyResolved => _s.ReplyResolved == true;

    public string? RepliedBy => _s.RepliedBy;

    public Instant? CallbackAt => _s.CallbackAt;

    public bool CallbackResolved => _s.CallbackResolved == true;

    public string? Satisfaction => _s.Satisfaction?.Code;

    // The callback's grade, when one was recorded (a yes-or-no callback records none).
    public bool CallbackBasicallyResolved => ReferenceEquals(_s.CallbackResolution, Resolution.BasicallyResolved);

    // 无法回访: the round's failed attempts reached the policy's count and no callback reached the requester since.
    public bool CallbackUnreachable => _s.CallbackUnreachable;

    public int ReopenCount => _s.ReopenCount;

    public List<Instant>? Reopenings => _s.Reopenings;

    // Returns the platform rejected, in order.
    public List<RejectedReturnFact>? RejectedReturns => _s.RejectedReturns;

    // The latest reply that said "resolved" and whose callback found the matter unresolved, in any round.
    public int FalseCompletions => _s.FalseCompletions;

    public string? FalseCompletionUnit => _s.FalseCompletionUnit;

    public Instant FalseCompletionRepliedAt => _s.FalseCompletionRepliedAt;

    public Instant FalseCompletionCalledBackAt => _s.FalseCompletionCalledBackAt;

    // The current dispatch's step limits, as recorded, and the steps done by the as-of instant.
    public Instant? SignInDueAt => _s.SignInDueAt;

    public Instant? SignedInAt => _s.SignedInAt;

    public Instant? ContactDueAt => _s.ContactDueAt;

    public Instant? ContactedAt => _s.ContactedAt;

    // 签收 judged at the as-of instant: null while not judged (no limit; not signed and not yet due; or returned, since
    // a return answers the dispatch and 不当退单 judges it); otherwise whether the sign-in came before its due instant.
    public bool? SignInOnTimeAt(Instant asOf) =>
        _s.SignInDueAt is not { } due ? null
        : _s.SignedInAt.HasValue ? _s.SignedInOnTime == true
        : _s.Status == Tickets.TicketStatus.Dispatched && asOf >= due ? false
        : null;

    // 联系 judged at the as-of instant, the same way: the first contact after the dispatch, or none by a passed due
    // instant while the order is still the unit's (not returned).
    public bool? ContactOnTimeAt(Instant asOf) =>
        _s.ContactDueAt is not { } due ? null
        : _s.ContactedAt.HasValue ? _s.ContactedOnTime == true
        : _s.Status != Tickets.TicketStatus.Returned && asOf >= due ? false
        : null;

    // Joint handling: the assisting assignments of the rounds and dispatches before the current one, then the current's.
    public List<AssistingFact>? EndedAssisting => _s.EndedAssisting;

    public List<AssistingFact>? Assisting => _s.Assisting;

    // Supervision: the reminders since the current lead was assigned, the current round's last one, every supervision.
    public int LeadReminders => _s.LeadReminders;

    public Instant? LastRemindedAt => _s.LastRemindedAt;

    public int ReminderCountInRound => _s.ReminderCount;

    public List<SupervisionFact>? Supervisions => _s.Supervisions;

    // 协办反馈 judged at the as-of instant: its recorded judgement once reported; late once its due instant passed
    // while the assignment ran (by the as-of instant, or by the reply, re-dispatch, close or merge that ended it);
    // otherwise not judged (not yet due, or ended before it was due: the unit could no longer report).
    public static bool? AssistanceOnTimeAt(in AssistingFact a, Instant asOf) =>
        a.ReportedAt.HasValue ? a.ReportedOnTime == true
        : a.DueAt <= (a.EndedAt ?? asOf) ? false
        : null;

    // 督办反馈 judged the same way: its recorded judgement once answered; late once its due instant passed while it was
    // open (a close or a merge ends it); otherwise not judged.
    public static bool? SupervisionAnsweredOnTimeAt(in SupervisionFact v, Instant asOf) =>
        v.AnsweredAt.HasValue ? v.AnsweredOnTime == true
        : v.RespondBy <= (v.EndedAt ?? asOf) ? false
        : null;

    public bool IsDispatched => _s.Unit is not null;

    public bool IsReplied => _s.RepliedAt.HasValue;

    /// <summary>Due by <paramref name="asOf"/>: the deadline in force has passed, or the round was replied.</summary>
    public bool IsDueAt(Instant asOf) => _s.RepliedAt.HasValue || (DueAt is { } due && asOf >= due);

    /// <summary>
    /// Overdue and unreplied at <paramref name="asOf"/> (never a merged duplicate nor a withdrawn order); a terminated
    /// order only when its deadline passed before the termination ended its handling.
    /// </summary>
    public bool IsOverdueUnrepliedAt(Instant asOf) => !CountsNowhere && !_s.RepliedAt.HasValue && DueAt is { } due && (_s.TerminatedAt ?? asOf) >= due;

    public static TicketDigest Of(Ticket ticket, Instant asOf)
    {
        var history = ticket.History;
        // Stryker disable once Equality,Block : equivalent, a shortcut only: the aggregate's state is the same fold of
        // the same events, so taking it or folding again (at the boundary, or always) gives the same digest.
        if (history[history.Count - 1].At <= asOf)
        {
            // Every event is folded by the as-of instant: the aggregate's own state is that fold, already done (the
            // common case of a review after the period, and a pass over memory rather than over every event).
            return new TicketDigest(ticket, in ticket.FoldedState);
        }

        var state = default(TicketState);
        // Stryker disable once Equality : equivalent, here the last event is after the as-of instant, so the loop always
        // breaks before the end.
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            if (e.At > asOf)
            {
                break; // instants never decrease along a history
            }

            TicketFold.Apply(ref state, e, ticket.Policy);
        }

        return new TicketDigest(ticket, in state);
    }
}
