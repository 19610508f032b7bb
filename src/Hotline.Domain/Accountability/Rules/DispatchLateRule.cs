using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>派单超时: the platform's first dispatch came after the policy's dispatch service level; the platform is at fault, the finding names the unit that received it.</summary>
internal sealed class DispatchLateRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.DispatchLate;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        var policy = d.Ticket.Policy;
        if (d.FirstDispatchAt is not { } dispatchedAt || policy.IsDispatchOnTime(d.ReceivedAt, dispatchedAt))
        {
            return;
        }

        into.Add(Finding.Explained(
            AccountabilityRule.DispatchLate,
            Lateness.UnitOf(d.Ticket, d.FirstDispatchUnit!),
            d.Ticket.Id,
            [new FindingFact(FactKind.Received, d.ReceivedAt), new FindingFact(FactKind.DispatchDue, policy.DispatchDueAt(d.ReceivedAt)), new FindingFact(FactKind.Dispatched, dispatchedAt)],
            null,
            ladder.MeasureFor(AccountabilityRule.DispatchLate),
            new Explanation(policy)));
    }

    private sealed class Explanation(HandlingPolicy policy) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var received = f.Facts[0].At;
            var dispatched = f.Facts[2].At;
            var measure = f.RecommendedMeasure;
            return
            [
                $"派单超时: received {Lateness.Local(policy, received)}, dispatched {Lateness.Local(policy, dispatched)}, {(dispatched - received).TotalMinutes:0.#} minutes later; the service level is {policy.DispatchWithin.TotalMinutes:0.#} minutes.",
                $"The platform (热线平台) is at fault, not the unit that received the dispatch: {measure.ChineseName} ({measure.Name}).",
            ];
        }
    }
}
