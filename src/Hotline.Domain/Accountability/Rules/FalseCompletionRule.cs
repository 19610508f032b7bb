using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 虚假办结: a reply said the matter was resolved and its callback found it unresolved. Judged in every round, so a false
/// completion stays on the record after the reopen it caused; the finding cites the latest one.
/// </summary>
internal sealed class FalseCompletionRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.FalseCompletion;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.FalseCompletions == 0)
        {
            return;
        }

        into.Add(Finding.Explained(
            AccountabilityRule.FalseCompletion,
            Lateness.UnitOf(d.Ticket, d.FalseCompletionUnit!),
            d.Ticket.Id,
            [new FindingFact(FactKind.Replied, d.FalseCompletionRepliedAt), new FindingFact(FactKind.CalledBack, d.FalseCompletionCalledBackAt)],
            null,
            ladder.MeasureFor(AccountabilityRule.FalseCompletion),
            new Explanation(d.Ticket.Policy, d.FalseCompletions)));
    }

    private sealed class Explanation(HandlingPolicy policy, int times) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var measure = f.RecommendedMeasure;
            return
            [
                $"虚假办结: the reply of {Lateness.Local(policy, f.Facts[0].At)} said the matter was resolved; the callback of {Lateness.Local(policy, f.Facts[1].At)} found it unresolved" +
                (times > 1 ? $" ({times} times on this ticket)." : "."),
                $"A false completion is dereliction (失职): {measure.ChineseName} ({measure.Name}). Referral for discipline is for a person to decide.",
            ];
        }
    }
}
