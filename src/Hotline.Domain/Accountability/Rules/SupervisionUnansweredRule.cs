using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 督办未反馈: a supervision's answer came at or after its due instant, or has not come once the due instant passed while
/// the supervision was open. One finding per supervision: against the unit that answered late, or, unanswered, the
/// lead unit at the as-of instant (an escalation hands the open supervision to the new lead, which answers it).
/// </summary>
internal sealed class SupervisionUnansweredRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.SupervisionUnanswered;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.Supervisions is not { } supervisions)
        {
            return;
        }

        foreach (var v in supervisions)
        {
            if (TicketDigest.SupervisionAnsweredOnTimeAt(in v, asOf) != false)
            {
                continue;
            }

            var last = v.AnsweredAt is { } answered ? new FindingFact(FactKind.SupervisionAnswered, answered)
                : v.EndedAt is { } endedAt ? new FindingFact(FactKind.Ended, endedAt)
                : new FindingFact(FactKind.AsOf, asOf);
            into.Add(Finding.Explained(
                AccountabilityRule.SupervisionUnanswered,
                Lateness.UnitOf(d.Ticket, v.AnsweredBy ?? d.Unit!),
                d.Ticket.Id,
                [new FindingFact(FactKind.Supervised, v.At), new FindingFact(FactKind.SupervisionDue, v.RespondBy), last],
                null,
                ladder.MeasureFor(AccountabilityRule.SupervisionUnanswered),
                new Explanation(d.Ticket.Policy, v.Level)));
        }
    }

    private sealed class Explanation(HandlingPolicy policy, SupervisionLevel level) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var last = f.Facts[2];
            var measure = f.RecommendedMeasure;
            var what = ReferenceEquals(last.Kind, FactKind.SupervisionAnswered) ? $"answered {Lateness.Local(policy, last.At)}"
                : ReferenceEquals(last.Kind, FactKind.Ended) ? $"unanswered when the order was closed {Lateness.Local(policy, last.At)}"
                : $"unanswered by {Lateness.Local(policy, last.At)}";
            return
            [
                $"督办未反馈: {level.ChineseName} ({level.Name}) opened {Lateness.Local(policy, f.Facts[0].At)}, {what}; the answer was due before {Lateness.Local(policy, f.Facts[1].At)}.",
                $"The ladder's measure for 督办未反馈: {measure.ChineseName} ({measure.Name}).",
            ];
        }
    }
}
