using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>A built-in rule's fast path: it reads the review's digest in place, without a <see cref="ReviewedTicket"/>, and adds to the review's own list.</summary>
internal interface IDigestRule
{
    void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into);

    void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, List<Finding> into);
}

/// <summary>The library's rules: the public <see cref="IAccountabilityRule"/> members call the fast path.</summary>
internal abstract class BuiltInRule : IAccountabilityRule, IDigestRule
{
    public abstract AccountabilityRule Rule { get; }

    public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings) => EvaluatePublic(this, ticket, ladder, findings);

    public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings) => EvaluatePublic(this, unit, asOf, ladder, findings);

    public virtual void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
    }

    public virtual void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
    }

    public override string ToString() => $"{Rule.ChineseName} ({Rule.Name})";

    /// <summary>The public ticket evaluation of a built-in rule: as the review does it (a ticket not dispatched, merged or withdrawn has no finding).</summary>
    internal static void EvaluatePublic(IDigestRule rule, ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings)
    {
        Guard.Against.Null(ticket);
        Guard.Against.Null(ladder);
        Guard.Against.Null(findings);
        ref readonly var d = ref ticket.Digest;
        if (!d.IsDispatched || d.CountsNowhere)
        {
            return;
        }

        var into = new List<Finding>(1);
        rule.Evaluate(in d, ticket.AsOf, ladder, into);
        foreach (var finding in into)
        {
            findings.Add(finding);
        }
    }

    /// <summary>The public unit evaluation of a built-in rule.</summary>
    internal static void EvaluatePublic(IDigestRule rule, ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(ladder);
        Guard.Against.Null(findings);
        Lateness.Check(asOf, nameof(asOf));
        var into = new List<Finding>(1);
        rule.Evaluate(unit, asOf, ladder, into);
        foreach (var finding in into)
        {
            findings.Add(finding);
        }
    }
}
