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
    // Where the folded state lies: the ticket's own (an as-of instant past its last event) or a buffer folded to the
    // as-of instant. Read in place, never copied: the state is some 550 bytes with references in it, and copying it per
    // ticket (a bulk move with write barriers) was most of the assessment's time.
    private readonly FoldBuffer? _buffer;

    private TicketDigest(Ticket ticket, FoldBuffer? buffer)
    {
        Ticket = ticket;
        _buffer = buffer;
    }

    public Ticket Ticket { get; }

    private ref readonly TicketState S => ref _buffer is null ? ref Ticket.FoldedState : ref _buffer.State;

    public Instant ReceivedAt => S.ReceivedAt;

    // Out of every count and every built-in rule: a duplicate merged into its master, or an order the requester
    // withdrew (撤单). The other exits close at intake, before a dispatch, so no unit is there to count.
    public bool CountsNowhere => S.MergedInto is not null || ReferenceEquals(S.Disposition, Disposition.Withdrawn);

    public bool Merged => S.MergedInto is not null;

    // 终止办理 approved: closed without a reply; the options say whether it counts (AssessmentOptions.CountTerminated).
    public bool Terminated => ReferenceEquals(S.Disposition, Disposition.Terminated);

    public Instant? TerminatedAt => S.TerminatedAt;

    // The first dispatch (for the dispatch service level) and the latest one (for the unit and the period).
    public Instant? FirstDispatchAt => S.FirstDispatchedAt;

    public string? FirstDispatchUnit => S.FirstDispatchUnit;

    public Instant LatestDispatchAt => S.DispatchedAt.GetValueOrDefault();

    public string? Unit => S.Unit;

    public bool Signed => S.SignedInAt.HasValue;

    // The current handling round's deadline, extension included; null before the clock starts.
    public LocalDate DueDate => S.Deadline is { } d ? d.DueDate : default;

    public Instant? DueAt => S.Deadline?.DueAt;

    public bool Extended => S.Deadline is { } d && d.ExtensionsUsed > 0;

    // The current round's reply and callback (a reopen starts a new round and clears them).
    public Instant? RepliedAt => S.RepliedAt;

    public bool RepliedOnTime => S.RepliedOnTime == true;

    public bool ReplyResolved => S.ReplyResolved == true;

    public string? RepliedBy => S.RepliedBy;

    public Instant? CallbackAt => S.CallbackAt;

    public bool CallbackResolved => S.CallbackResolved == true;

    public string? Satisfaction => S.Satisfaction?.Code;

    // The callback's grade, when one was recorded (a yes-or-no callback records none).
    public bool CallbackBasicallyResolved => ReferenceEquals(S.CallbackResolution, Resolution.BasicallyResolved);

    // 无法回访: the round's failed attempts reached the policy's count and no callback reached the requester since.
    public bool CallbackUnreachable => S.CallbackUnreachable;

    public int ReopenCount => S.ReopenCount;

    public List<Instant>? Reopenings => S.Reopenings;

    // Returns the platform rejected, in order.
    public List<RejectedReturnFact>? RejectedReturns => S.RejectedReturns;

    // The latest reply that said "resolved" and whose callback found the matter unresolved, in any round.
    public int FalseCompletions => S.FalseCompletions;

    public string? FalseCompletionUnit => S.FalseCompletionUnit;

    public Instant FalseCompletionRepliedAt => S.FalseCompletionRepliedAt;

    public Instant FalseCompletionCalledBackAt => S.FalseCompletionCalledBackAt;

    // The current dispatch's step limits, as recorded, and the steps done by the as-of instant.
    public Instant? SignInDueAt => S.SignInDueAt;

    public Instant? SignedInAt => S.SignedInAt;

    public Instant? ContactDueAt => S.ContactDueAt;

    public Instant? ContactedAt => S.ContactedAt;

    // 签收 judged at the as-of instant: null while not judged (no limit; not signed and not yet due; or returned, since
    // a return answers the dispatch and 不当退单 judges it); otherwise whether the sign-in came before its due instant.
    public bool? SignInOnTimeAt(Instant asOf) =>
        S.SignInDueAt is not { } due ? null
        : S.SignedInAt.HasValue ? S.SignedInOnTime == true
        : S.Status == Tickets.TicketStatus.Dispatched && asOf >= due ? false
        : null;

    // 联系 judged at the as-of instant, the same way: the first contact after the dispatch, or none by a passed due
    // instant while the order is still the unit's (not returned).
    public bool? ContactOnTimeAt(Instant asOf) =>
        S.ContactDueAt is not { } due ? null
        : S.ContactedAt.HasValue ? S.ContactedOnTime == true
        : S.Status != Tickets.TicketStatus.Returned && asOf >= due ? false
        : null;

    // Joint handling: the assisting assignments of the rounds and dispatches before the current one, then the current's.
    public List<AssistingFact>? EndedAssisting => S.EndedAssisting;

    public List<AssistingFact>? Assisting => S.Assisting;

    // Supervision: the reminders since the current lead was assigned, the current round's last one, every supervision.
    public int LeadReminders => S.LeadReminders;

    public Instant? LastRemindedAt => S.LastRemindedAt;

    public int ReminderCountInRound => S.ReminderCount;

    public List<SupervisionFact>? Supervisions => S.Supervisions;

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

    public bool IsDispatched => S.Unit is not null;

    public bool IsReplied => S.RepliedAt.HasValue;

    /// <summary>Due by <paramref name="asOf"/>: the deadline in force has passed, or the round was replied.</summary>
    public bool IsDueAt(Instant asOf) => S.RepliedAt.HasValue || (DueAt is { } due && asOf >= due);

    /// <summary>
    /// Overdue and unreplied at <paramref name="asOf"/> (never a merged duplicate nor a withdrawn order); a terminated
    /// order only when its deadline passed before the termination ended its handling.
    /// </summary>
    public bool IsOverdueUnrepliedAt(Instant asOf) => !CountsNowhere && !S.RepliedAt.HasValue && DueAt is { } due && (S.TerminatedAt ?? asOf) >= due;

    /// <summary>
    /// The digest of <paramref name="ticket"/> at <paramref name="asOf"/>. When events lie after the as-of instant they are
    /// folded into <paramref name="buffer"/>, which the digest then reads: it is valid until the buffer is used again.
    /// </summary>
    public static TicketDigest Of(Ticket ticket, Instant asOf, FoldBuffer buffer)
    {
        // Stryker disable once Equality,Block : equivalent, a shortcut only: the aggregate's state is the same fold of
        // the same events, so taking it or folding again (at the boundary, or always) gives the same digest.
        if (ticket.LastAt <= asOf)
        {
            // Every event is folded by the as-of instant: the aggregate's own state is that fold, already done (the
            // common case of a review after the period, and a pass over memory rather than over every event).
            return new TicketDigest(ticket, null);
        }

        var history = ticket.History;
        ref var state = ref buffer.State;
        state = default;
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

        return new TicketDigest(ticket, buffer);
    }

    /// <summary>
    /// This digest with a state of its own, copied now: for a view that outlives the pass (the ticket's own state changes
    /// with its next action, and a buffer with the next ticket).
    /// </summary>
    public TicketDigest Detached()
    {
        var own = new FoldBuffer();
        own.State = S;
        return new TicketDigest(Ticket, own);
    }

    /// <summary>A ticket state folded to an as-of instant, reused from one ticket to the next by a pass over many.</summary>
    internal sealed class FoldBuffer
    {
        // A field, not a property: folded and read in place.
        public TicketState State;
    }
}
