using System;
using Ardalis.GuardClauses;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// One decision on a unit's request to leave an order out of its assessment (考核甄别, 申诉): approved, or rejected (查否).
/// Decisions are made after the fact, often after the order is closed, so they are a ledger beside the tickets
/// (<see cref="AssessmentOptions.WithExemptions"/>), not ticket events. Immutable, with value equality.
/// </summary>
public sealed record ExemptionDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="ticket">The order.</param>
    /// <param name="reason">The ground asked for.</param>
    /// <param name="scope">What it takes out: the whole order or only its callback's judgement.</param>
    /// <param name="approved">Whether it was approved (<see langword="false"/>: 查否).</param>
    /// <param name="grounds">The decision's grounds, as written (not blank).</param>
    /// <param name="decidedBy">The staff id (or body) that decided (an id: not blank, no surrounding white space).</param>
    /// <param name="decidedAt">When it was decided: it counts in assessments whose as-of instant is at or after it.</param>
    /// <exception cref="ArgumentException">An argument is null or blank, or <paramref name="decidedAt"/> is outside 0001–9899.</exception>
    public ExemptionDecision(TicketId ticket, ExemptionReason reason, ExemptionScope scope, bool approved, string grounds, string decidedBy, Instant decidedAt)
    {
        Ticket = Guard.Against.Null(ticket);
        Reason = Guard.Against.Null(reason);
        Scope = Guard.Against.Null(scope);
        Approved = approved;
        Grounds = Preconditions.Text(grounds, nameof(grounds), "grounds of an exemption decision");
        DecidedBy = Preconditions.Id(decidedBy, nameof(decidedBy), "deciding staff id");
        DecidedAt = Preconditions.InRange(decidedAt, nameof(decidedAt));
    }

    /// <summary>The order.</summary>
    public TicketId Ticket { get; }

    /// <summary>The ground asked for.</summary>
    public ExemptionReason Reason { get; }

    /// <summary>What it takes out when approved.</summary>
    public ExemptionScope Scope { get; }

    /// <summary>Whether it was approved; <see langword="false"/> is 查否.</summary>
    public bool Approved { get; }

    /// <summary>The decision's grounds, as written.</summary>
    public string Grounds { get; }

    /// <summary>Who decided.</summary>
    public string DecidedBy { get; }

    /// <summary>When it was decided.</summary>
    public Instant DecidedAt { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Ticket} {Scope.ChineseName} ({Reason.ChineseName}): {(Approved ? "同意" : "查否")} by {DecidedBy} at {DecidedAt}: {Grounds}";
}
