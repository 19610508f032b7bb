using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// One ticket as the accountability review sees it: its events at or before the as-of instant folded, once, into what
/// a rule reads. Read-only: every list is a read-only view, and nothing here changes the ticket.
/// </summary>
/// <remarks>
/// For a reopened ticket the deadline, reply and callback are those of the latest handling round (a reopen starts a new
/// round); the first and latest dispatch, the reopenings and the rejected returns cover every round. The review hands
/// one instance to every <see cref="IAccountabilityRule"/>; <see cref="Of"/> folds one for a rule's own tests.
/// </remarks>
public sealed class ReviewedTicket
{
    private readonly TicketDigest _digest;
    private readonly ReadOnlyCollection<Instant>? _reopenings;
    private readonly ReadOnlyCollection<RejectedReturn>? _rejectedReturns;

    internal ReviewedTicket(in TicketDigest digest, Instant asOf)
    {
        // The digest reads the ticket's own state (an as-of instant past its last event) or a buffer the pass reuses, and
        // shares their lists, all of which change with the ticket's next events: the view copies them now, so it stays
        // the ticket as of AsOf.
        _digest = digest.Detached();
        AsOf = asOf;
        if (digest.Reopenings is not null)
        {
            _reopenings = new ReadOnlyCollection<Instant>(digest.Reopenings.ToArray());
        }

        if (digest.RejectedReturns is not null)
        {
            _rejectedReturns = RejectedReturnsOf(in digest);
        }
    }

    /// <summary>The ticket itself (its policy, category, current state and whole history).</summary>
    public Ticket Ticket => _digest.Ticket;

    /// <summary>The as-of instant: events after it are not folded.</summary>
    public Instant AsOf { get; }

    /// <summary>When the request was received (registered).</summary>
    public Instant ReceivedAt => _digest.ReceivedAt;

    /// <summary>Whether the ticket had been dispatched to a unit by <see cref="AsOf"/>.</summary>
    public bool IsDispatched => _digest.IsDispatched;

    /// <summary>When the ticket was first dispatched, or <see langword="null"/> before any dispatch.</summary>
    public Instant? FirstDispatchedAt => _digest.FirstDispatchAt;

    /// <summary>The unit of the first dispatch, or <see langword="null"/> before any dispatch.</summary>
    public UnitId? FirstDispatchUnit => _digest.FirstDispatchUnit is { } unit ? Lateness.UnitOf(_digest.Ticket, unit) : null;

    /// <summary>When the ticket was last dispatched, or <see langword="null"/> before any dispatch.</summary>
    public Instant? LatestDispatchedAt => _digest.IsDispatched ? _digest.LatestDispatchAt : null;

    /// <summary>The unit of the latest dispatch (the unit responsible at <see cref="AsOf"/>), or <see langword="null"/> before any dispatch.</summary>
    public UnitId? LatestDispatchUnit => _digest.Unit is { } unit ? Lateness.UnitOf(_digest.Ticket, unit) : null;

    /// <summary>Whether the unit of the latest dispatch signed in (签收) for it.</summary>
    public bool IsSignedIn => _digest.Signed;

    /// <summary>When the unit had to sign for the latest dispatch (as the dispatch recorded it), or <see langword="null"/> without a limit.</summary>
    public Instant? SignInDueAt => _digest.SignInDueAt;

    /// <summary>When the unit signed for the latest dispatch, by <see cref="AsOf"/>, or <see langword="null"/>.</summary>
    public Instant? SignedInAt => _digest.SignedInAt;

    /// <summary>When the unit had to contact the requester after the latest dispatch, or <see langword="null"/> without a limit.</summary>
    public Instant? ContactDueAt => _digest.ContactDueAt;

    /// <summary>The unit's first contact with the requester after the latest dispatch, by <see cref="AsOf"/>, or <see langword="null"/>.</summary>
    public Instant? RequesterContactedAt => _digest.ContactedAt;

    /// <summary>The current round's deadline date (extension included), or <see langword="null"/> before the clock starts.</summary>
    public LocalDate? DueDate => _digest.DueAt.HasValue ? _digest.DueDate : null;

    /// <summary>The current round's deadline instant (24:00 at the end of <see cref="DueDate"/>), or <see langword="null"/> before the clock starts.</summary>
    public Instant? DueAt => _digest.DueAt;

    /// <summary>Whether an extension (延期) moved the current round's deadline.</summary>
    public bool IsExtended => _digest.Extended;

    /// <summary>When the current round was replied (办结答复), or <see langword="null"/> when it was not.</summary>
    public Instant? RepliedAt => _digest.RepliedAt;

    /// <summary>Whether the current round's reply came before its deadline; <see langword="false"/> when not replied.</summary>
    public bool RepliedOnTime => _digest.RepliedAt.HasValue && _digest.RepliedOnTime;

    /// <summary>Whether the current round's reply said the matter was resolved; <see langword="false"/> when not replied.</summary>
    public bool ReplyResolved => _digest.RepliedAt.HasValue && _digest.ReplyResolved;

    /// <summary>The unit that replied in the current round, or <see langword="null"/> when not replied.</summary>
    public UnitId? RepliedBy => _digest.RepliedAt.HasValue && _digest.RepliedBy is { } unit ? Lateness.UnitOf(_digest.Ticket, unit) : null;

    /// <summary>When the platform called the requester back (回访) in the current round, or <see langword="null"/>.</summary>
    public Instant? CallbackAt => _digest.CallbackAt;

    /// <summary>Whether the current round's callback found the matter resolved; <see langword="false"/> without a callback.</summary>
    public bool CallbackResolved => _digest.CallbackAt.HasValue && _digest.CallbackResolved;

    /// <summary>The requester's satisfaction at the current round's callback, or <see langword="null"/> without a callback.</summary>
    public Satisfaction? Satisfaction => _digest.CallbackAt.HasValue && _digest.Satisfaction is { } code ? VocabularyCodes<Satisfaction>.Find(code) : null;

    /// <summary>How many times the platform reopened (重办) the ticket.</summary>
    public int ReopenCount => _digest.ReopenCount;

    /// <summary>When the ticket was reopened, in order. A read-only view.</summary>
    public IReadOnlyList<Instant> Reopenings =>
        _reopenings ?? EmptyReopenings;

    /// <summary>The returns the platform rejected (不当退单), in order. A read-only view.</summary>
    public IReadOnlyList<RejectedReturn> RejectedReturns => _rejectedReturns ?? EmptyReturns;

    /// <summary>How many times the platform reminded (催办) the unit in the current round.</summary>
    public int ReminderCount => _digest.ReminderCountInRound;

    /// <summary>The current round's last reminder (催办), or <see langword="null"/>.</summary>
    public Instant? LastRemindedAt => _digest.LastRemindedAt;

    /// <summary>Whether the ticket was merged (并单) into another by <see cref="AsOf"/>; the review does not evaluate merged tickets.</summary>
    public bool IsMerged => _digest.Merged;

    internal ref readonly TicketDigest Digest => ref _digest;

    private static ReadOnlyCollection<Instant> EmptyReopenings { get; } = new(Array.Empty<Instant>());

    private static ReadOnlyCollection<RejectedReturn> EmptyReturns { get; } = new(Array.Empty<RejectedReturn>());

    /// <summary>Folds a ticket's events at or before <paramref name="asOf"/>, as the review does: for testing a rule of one's own.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="asOf">The instant: later events are ignored.</param>
    /// <returns>The reviewed ticket.</returns>
    /// <exception cref="ArgumentException"><paramref name="ticket"/> is null, or <paramref name="asOf"/> is outside 0001-01-02–9999-12-30.</exception>
    public static ReviewedTicket Of(Ticket ticket, Instant asOf)
    {
        Guard.Against.Null(ticket);
        Lateness.Check(asOf, nameof(asOf));
        return new ReviewedTicket(TicketDigest.Of(ticket, asOf, new TicketDigest.FoldBuffer()), asOf);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Ticket.Id} as of {AsOf}";

    private static ReadOnlyCollection<RejectedReturn> RejectedReturnsOf(in TicketDigest d)
    {
        var list = d.RejectedReturns!;
        var returns = new RejectedReturn[list.Count];
        for (var i = 0; i < returns.Length; i++)
        {
            returns[i] = new RejectedReturn(Lateness.UnitOf(d.Ticket, list[i].Unit), list[i].ReturnedAt, list[i].RejectedAt);
        }

        return new ReadOnlyCollection<RejectedReturn>(returns);
    }
}
