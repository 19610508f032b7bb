using System.Collections.Generic;
using System.Collections.ObjectModel;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// A work order (工单) through the hotline's closed loop (国办发〔2020〕53号: 受理、派单、办理、答复、督办、办结、回访、评价): 受理 intake, 直接答复 or 派单 dispatch, 签收 sign-in
/// or 退单 return, handling with at most one 延期 extension per round, 办结答复 reply, 回访 callback, 重办 reopen or
/// 归档 close, and 并单 merge of a duplicate. A mutable aggregate: it changes only through the methods named after those
/// actions; each checks its rules and, on success, changes the ticket in place and appends exactly one immutable
/// <see cref="TicketEvent"/> to <see cref="History"/>.
/// </summary>
/// <remarks>
/// <para>Every action runs three steps: guard the arguments (<see cref="System.ArgumentException"/>); check the rules
/// against the current state (authority, status, chronology, the one extension), throwing a
/// <see cref="TicketRuleException"/> subclass that names the <see cref="TicketRule"/>; then decide the facts (a deadline
/// from the policy, a reply's timeliness), build the event and apply it. A refusal happens before any field is assigned,
/// so a rejected action leaves the ticket — state, deadline and history — exactly as it was.</para>
/// <para><see cref="Rehydrate"/> replays a history through the same checks and the same apply, so replay cannot
/// disagree with the live path. Recorded deadlines win over what the policy computes today; differences are reported in
/// <see cref="DeadlineDrifts"/>.</para>
/// <para>Time comes from the caller as <see cref="Instant"/>s and never goes backwards: an action dated before the last
/// event is refused (<see cref="TicketRule.Chronology"/>); equal instants are allowed, <see cref="TicketEvent.Sequence"/>
/// orders them. Not thread-safe: one ticket, one writer.</para>
/// </remarks>
public sealed partial class Ticket
{
    private readonly HandlingPolicy _policy;
    private readonly List<TicketEvent> _history;
    private readonly ReadOnlyCollection<TicketEvent> _historyView;
    private readonly UncommittedView _uncommitted;
    private List<DeadlineDrift>? _drifts;
    private TicketState _state;
    private TicketId? _id;
    private Instant _lastAt = Instant.MinValue;
    private Actor? _replayedPlatform;
    private Actor? _replayedUnit;

    private Ticket(HandlingPolicy policy, int capacity)
    {
        _policy = policy;
        _history = new List<TicketEvent>(capacity);
        _historyView = _history.AsReadOnly();
        _uncommitted = new UncommittedView(this);
    }

    // The state the one fold made of the whole history: a read model whose as-of instant is past the last event reads
    // it instead of folding the events again.
    internal ref readonly TicketState FoldedState => ref _state;

    /// <summary>The ticket's id.</summary>
    public TicketId Id => _id ??= TicketId.Trusted(_state.IdValue);

    /// <summary>The request's category (诉求类型).</summary>
    public TicketCategory Category => _state.Category;

    /// <summary>What the requester asked for, as registered.</summary>
    public string Summary => _state.Summary;

    /// <summary>When the platform received the request (the registration's instant).</summary>
    public Instant ReceivedAt => _state.ReceivedAt;

    /// <summary>The policy whose limits and calendar this ticket's deadlines follow.</summary>
    public HandlingPolicy Policy => _policy;

    /// <summary>Where the ticket stands in the closed loop.</summary>
    public TicketStatus Status => _state.Status;

    /// <summary>
    /// The unit the ticket is dispatched to (主办单位), kept while it is returned and after the reply, reopen or close;
    /// <see langword="null"/> before the first dispatch and for a direct answer.
    /// </summary>
    public UnitId? ResponsibleUnit { get; private set; }

    /// <summary>The complexity the platform set at the latest dispatch, or <see langword="null"/> before it.</summary>
    public Complexity? Complexity => _state.Complexity;

    /// <summary>When the ticket was last dispatched, or <see langword="null"/>.</summary>
    public Instant? DispatchedAt => _state.DispatchedAt;

    /// <summary>When the responsible unit signed for the current dispatch, or <see langword="null"/>.</summary>
    public Instant? SignedInAt => _state.SignedInAt;

    /// <summary>How urgent the order is (一般 / 紧急 / 特急), as registered; <see cref="Urgency.Normal"/> unless <see cref="Register(TicketId, TicketCategory, string, HandlingPolicy, Actor, Instant, Urgency)"/> said otherwise.</summary>
    public Urgency Urgency => _state.Urgency;

    /// <summary>
    /// When the unit must sign for the current dispatch (the policy's sign-in limit for <see cref="Urgency"/>, decided
    /// at the dispatch and recorded); a sign-in at or after it is late. <see langword="null"/> before a dispatch or
    /// without a limit.
    /// </summary>
    public Instant? SignInDueAt => _state.SignInDueAt;

    /// <summary>When the unit must first contact the requester after the current dispatch, or <see langword="null"/> (before a dispatch, or without a limit).</summary>
    public Instant? ContactDueAt => _state.ContactDueAt;

    /// <summary>The end of the current dispatch's return window (a return at or after it is refused), or <see langword="null"/> when returns are not timed.</summary>
    public Instant? ReturnWindowEndsAt => _state.ReturnWindowEndsAt;

    /// <summary>Whether the current dispatch designates its unit (指定承办: the policy's n-th dispatch), which may then not return the order.</summary>
    public bool IsDesignated => _state.IsDesignated;

    /// <summary>Whether the unit signed for the current dispatch before <see cref="SignInDueAt"/>; <see langword="null"/> before the sign-in or without a limit.</summary>
    public bool? SignedInOnTime => _state.SignedInOnTime;

    /// <summary>When the unit first contacted the requester after the current dispatch, or <see langword="null"/>.</summary>
    public Instant? RequesterContactedAt => _state.ContactedAt;

    /// <summary>Whether the first contact after the current dispatch came before <see cref="ContactDueAt"/>; <see langword="null"/> before it or without a limit.</summary>
    public bool? ContactedOnTime => _state.ContactedOnTime;

    /// <summary>
    /// The deadline of the current handling round, with its extension if approved; <see langword="null"/> before the
    /// clock starts (before dispatch, or before sign-in where the policy says so) and for a direct answer. Rebuilt from
    /// the recorded facts: the recorded deadline wins.
    /// </summary>
    public HandlingDeadline? Deadline => _state.Deadline;

    /// <summary>How many times the ticket was reopened (重办).</summary>
    public int ReopenCount => _state.ReopenCount;

    /// <summary>Whether the unit has asked for the current round's one extension (pending, approved or denied).</summary>
    public bool ExtensionRequested => _state.ExtensionRequests > 0;

    /// <summary>The working days of the extension request awaiting the platform's decision, or <see langword="null"/>.</summary>
    public int? PendingExtensionWorkingDays => _state.PendingExtensionWorkingDays;

    /// <summary>When the unit replied in the current round, or <see langword="null"/>.</summary>
    public Instant? RepliedAt => _state.RepliedAt;

    /// <summary>Whether the current round's reply came before the deadline in force, or <see langword="null"/> before a reply.</summary>
    public bool? RepliedOnTime => _state.RepliedOnTime;

    /// <summary>Whether the unit's reply says the matter is resolved, or <see langword="null"/> before a reply.</summary>
    public bool? ReplyResolved => _state.ReplyResolved;

    /// <summary>Whether the requester said at the current round's callback that the matter is resolved, or <see langword="null"/>.</summary>
    public bool? CallbackResolved => _state.CallbackResolved;

    /// <summary>The requester's satisfaction at the current round's callback, or <see langword="null"/>.</summary>
    public Satisfaction? Satisfaction => _state.Satisfaction;

    /// <summary>
    /// What became of the request: <see cref="Tickets.Disposition.AnsweredDirectly"/> or <see cref="Tickets.Disposition.Dispatched"/>
    /// from the intake's decision, or the exit that closed the ticket (转接应急热线, 告知法定途径, 不予受理, 无效诉求 at intake; 撤单 at any
    /// point before the close). <see langword="null"/> while registered and undecided, and for a duplicate merged before a dispatch.
    /// </summary>
    public Disposition? Disposition => _state.Disposition;

    /// <summary>The emergency line the call was transferred to (<see cref="TransferToEmergencyLine"/>), or <see langword="null"/>.</summary>
    public EmergencyLine? TransferredTo => _state.TransferredTo;

    /// <summary>The master ticket this duplicate was merged into (并单), or <see langword="null"/>.</summary>
    public TicketId? MergedInto => _state.MergedInto;

    /// <summary>Every event, in order; <see cref="TicketEvent.Sequence"/> runs 1, 2, 3…. A read-only view.</summary>
    public IReadOnlyList<TicketEvent> History => _historyView;

    /// <summary>The number of events: the version an optimistic-concurrency store expects next to append after.</summary>
    public int Version => _history.Count;

    /// <summary>
    /// The version the ticket had when it was loaded (<see cref="Rehydrate"/>) or last saved (<see cref="MarkCommitted"/>);
    /// 0 after registration (<c>Register</c>). Use it as the expected version when appending <see cref="UncommittedEvents"/>.
    /// </summary>
    public int LoadedVersion { get; private set; }

    /// <summary>The events added since <see cref="LoadedVersion"/>, to save and publish: a live read-only view of <see cref="History"/>.</summary>
    public IReadOnlyList<TicketEvent> UncommittedEvents => _uncommitted;

    /// <summary>
    /// Deadlines recorded in the history that the policy given to <see cref="Rehydrate"/> computes differently today
    /// (empty for a ticket built by actions). The recorded deadline stays in force.
    /// </summary>
    public IReadOnlyList<DeadlineDrift> DeadlineDrifts => _drifts is null ? System.Array.Empty<DeadlineDrift>() : _drifts.AsReadOnly();

    // The last event's instant, kept beside the state: a read model asks it of every ticket it passes, and reaching it
    // through the history (the view, the list, its array, the event) costs four loads from memory that is rarely cached.
    internal Instant LastAt => _lastAt;

    /// <summary>
    /// Whether the ticket's current handling round is overdue at <paramref name="asOf"/>: a deadline is running (the
    /// ticket is dispatched, returned or in progress, not yet replied) and <paramref name="asOf"/> is at or after its
    /// <see cref="HandlingDeadline.DueAt"/>. A replied or closed ticket is never overdue; see <see cref="RepliedOnTime"/>.
    /// </summary>
    /// <param name="asOf">The instant asked about (now, usually).</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueAt(Instant asOf) =>
        Deadline is { } deadline
        && (Status == TicketStatus.Dispatched || Status == TicketStatus.Returned || Status == TicketStatus.InProgress)
        && deadline.IsOverdueAt(asOf);

    // The one place that changes a ticket: the shared fold, then the history. It cannot refuse.
    private void Apply(TicketEvent e)
    {
        TicketFold.Apply(ref _state, e, _policy);

        // One UnitId per responsible unit, kept while the unit stays the same: the state holds the id as text.
        if (_state.Unit is { } unit && !string.Equals(ResponsibleUnit?.Value, unit, System.StringComparison.Ordinal))
        {
            ResponsibleUnit = UnitId.Trusted(unit);
        }

        _history.Add(e);
        _lastAt = e.At;
    }

    /// <summary>Records that the events up to <see cref="Version"/> are saved: call it once the store confirms the append.</summary>
    public void MarkCommitted() => LoadedVersion = _history.Count;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id} {Category.ChineseName} {Status.ChineseName}{(ResponsibleUnit is null ? string.Empty : " → " + ResponsibleUnit)}{(Deadline is { } d ? ", due " + d.DueDate.ToString("uuuu-MM-dd", null) : string.Empty)} (v{Version})";

    private sealed class UncommittedView : IReadOnlyList<TicketEvent>
    {
        private readonly Ticket _ticket;

        public UncommittedView(Ticket ticket) => _ticket = ticket;

        public int Count => _ticket._history.Count - _ticket.LoadedVersion;

        // Stryker disable once Equality : equivalent, at index == Count the list's own indexer throws ArgumentOutOfRangeException too.
        public TicketEvent this[int index] =>
            (uint)index < (uint)Count ? _ticket._history[_ticket.LoadedVersion + index] : throw new System.ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<TicketEvent> GetEnumerator()
        {
            for (var i = _ticket.LoadedVersion; i < _ticket._history.Count; i++)
            {
                yield return _ticket._history[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
