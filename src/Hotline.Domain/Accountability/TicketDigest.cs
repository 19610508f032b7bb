using System.Collections.Generic;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// One ticket folded, in one pass over its events at or before an as-of instant, into what every accountability rule
/// and every assessment count reads: so the review and the assessment agree by construction. Internal: the digest is
/// how the library reads a history, not a promise to integrators.
/// </summary>
internal struct TicketDigest
{
    public Ticket Ticket;
    public Instant ReceivedAt;
    public bool Merged;

    // The first dispatch (for the dispatch service level) and the latest one (for the unit and the period).
    public Instant? FirstDispatchAt;
    public string? FirstDispatchUnit;
    public Instant LatestDispatchAt;
    public string? Unit;

    public bool Signed;

    // The current handling round's deadline, extension included; null before the clock starts.
    public LocalDate DueDate;
    public Instant? DueAt;
    public bool Extended;

    // The current round's reply and callback (a reopen starts a new round and clears them).
    public Instant? RepliedAt;
    public bool RepliedOnTime;
    public bool ReplyResolved;
    public string? RepliedBy;
    public Instant? CallbackAt;
    public bool CallbackResolved;
    public string? Satisfaction;

    public int ReopenCount;
    public List<Instant>? Reopenings;

    // Returns the platform rejected: (unit, returned at, rejected at), in order.
    public List<(string Unit, Instant ReturnedAt, Instant RejectedAt)>? RejectedReturns;
    private Instant _pendingReturnAt;

    // The latest reply that said "resolved" and whose callback found the matter unresolved, in any round.
    public int FalseCompletions;
    public string? FalseCompletionUnit;
    public Instant FalseCompletionRepliedAt;
    public Instant FalseCompletionCalledBackAt;

    public bool IsDispatched => Unit is not null;

    public bool IsReplied => RepliedAt.HasValue;

    /// <summary>Due by <paramref name="asOf"/>: the deadline in force has passed, or the round was replied.</summary>
    public bool IsDueAt(Instant asOf) => RepliedAt.HasValue || (DueAt is { } due && asOf >= due);

    /// <summary>Overdue and unreplied at <paramref name="asOf"/> (never a merged duplicate).</summary>
    public bool IsOverdueUnrepliedAt(Instant asOf) => !Merged && !RepliedAt.HasValue && DueAt is { } due && asOf >= due;

    public static TicketDigest Of(Ticket ticket, Instant asOf)
    {
        var d = new TicketDigest { Ticket = ticket };
        var history = ticket.History;
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            if (e.At > asOf)
            {
                break; // instants never decrease along a history
            }

            d.Fold(e);
        }

        return d;
    }

    private void Fold(TicketEvent e)
    {
        switch (e)
        {
            case TicketRegistered:
                ReceivedAt = e.At;
                break;
            case TicketDispatched x:
                FirstDispatchAt ??= x.At;
                FirstDispatchUnit ??= x.Unit;
                LatestDispatchAt = x.At;
                Unit = x.Unit;
                Signed = false;
                SetDeadline(x.DueDate, x.DueAt);
                Extended = false;
                break;
            case TicketSignedIn s:
                Signed = true;
                if (s.DueAt.HasValue)
                {
                    SetDeadline(s.DueDate, s.DueAt);
                }

                break;
            case TicketReturned:
                _pendingReturnAt = e.At;
                break;
            case TicketReturnRejected:
                (RejectedReturns ??= new List<(string, Instant, Instant)>(1)).Add((Unit!, _pendingReturnAt, e.At));
                break;
            case TicketExtensionApproved a:
                SetDeadline(a.DueDate, a.DueAt);
                Extended = true;
                break;
            case TicketReplied r:
                RepliedAt = r.At;
                RepliedOnTime = r.OnTime;
                ReplyResolved = r.Resolved;
                // Stryker disable once NullCoalescing : equivalent, a reply always names its unit, the unit of the latest dispatch (rule DispatchedUnitOnly).
                RepliedBy = r.ByUnit ?? Unit;
                break;
            case TicketCallbackRecorded c:
                CallbackAt = c.At;
                CallbackResolved = c.Resolved;
                Satisfaction = c.Satisfaction;
                if (ReplyResolved && !c.Resolved)
                {
                    FalseCompletions++;
                    FalseCompletionUnit = RepliedBy;
                    FalseCompletionRepliedAt = RepliedAt!.Value;
                    FalseCompletionCalledBackAt = c.At;
                }

                break;
            case TicketReopened o:
                ReopenCount++;
                (Reopenings ??= new List<Instant>(2)).Add(o.At);
                SetDeadline(o.DueDate, o.DueAt);
                Extended = false;
                RepliedAt = null;
                // Stryker disable Boolean : equivalent, the round's reply and callback overwrite these before anything reads them
                // (they are read only once RepliedAt or CallbackAt is set again, and a callback needs a reply first).
                RepliedOnTime = false;
                ReplyResolved = false;
                RepliedBy = null;
                CallbackAt = null;
                CallbackResolved = false;
                // Stryker restore Boolean
                Satisfaction = null;
                break;
            case TicketMerged:
                Merged = true;
                break;
        }
    }

    private void SetDeadline(LocalDate? dueDate, Instant? dueAt)
    {
        DueDate = dueDate ?? default;
        DueAt = dueAt;
    }
}
