using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 多次重办: the ticket was reopened (重办) at least <see cref="ReopeningsFrom"/> times (two by default). The threshold
/// is the rule's: the <see cref="EscalationLadder"/> only says which measure the finding gets (通报批评 by default).
/// </summary>
/// <remarks>Immutable. Use <see cref="Default"/> (also <see cref="BuiltInRules.RepeatedReopening"/>), or
/// <see cref="Create"/> a stricter or milder one and put it in a set with <see cref="AccountabilityRuleSet.Replace"/>.</remarks>
public sealed class RepeatedReopeningRule : IAccountabilityRule, IDigestRule
{
    private RepeatedReopeningRule(int reopeningsFrom)
    {
        ReopeningsFrom = reopeningsFrom;
    }

    /// <summary>The rule with the default threshold: two reopenings.</summary>
    public static RepeatedReopeningRule Default { get; } = new(2);

    /// <summary>Reopenings from which the rule finds 多次重办 (default 2).</summary>
    public int ReopeningsFrom { get; }

    /// <summary><see cref="AccountabilityRule.RepeatedReopening"/>.</summary>
    public AccountabilityRule Rule => AccountabilityRule.RepeatedReopening;

    /// <summary>The rule with a threshold of its own.</summary>
    /// <param name="reopeningsFrom">Reopenings from which the rule finds 多次重办: 1 or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reopeningsFrom"/> is below 1.</exception>
    public static RepeatedReopeningRule Create(int reopeningsFrom) =>
        reopeningsFrom >= 1
            ? new RepeatedReopeningRule(reopeningsFrom)
            : throw new ArgumentOutOfRangeException(nameof(reopeningsFrom), reopeningsFrom, $"The repeated-reopening threshold is {reopeningsFrom}; it must be 1 or more (default 2).");

    /// <inheritdoc />
    public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings) => BuiltInRule.EvaluatePublic(this, ticket, ladder, findings);

    /// <inheritdoc />
    public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings) => BuiltInRule.EvaluatePublic(this, unit, asOf, ladder, findings);

    /// <inheritdoc />
    public override string ToString() => $"多次重办 (RepeatedReopening) from {ReopeningsFrom} reopenings";

    void IDigestRule.Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.ReopenCount < ReopeningsFrom)
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var measure = ladder.MeasureFor(AccountabilityRule.RepeatedReopening);
        into.Add(new Finding(
            AccountabilityRule.RepeatedReopening,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            d.Reopenings!.Select(at => new FindingFact(FactKind.Reopened, at)),
            null,
            measure,
            new[]
            {
                $"多次重办: reopened {d.ReopenCount} times ({string.Join(", ", d.Reopenings!.Select(at => Lateness.Local(policy, at)))}); the threshold is {ReopeningsFrom}.",
                $"{measure.ChineseName} ({measure.Name}).",
            }));
    }

    void IDigestRule.Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
    }
}
