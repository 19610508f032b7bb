using System.Collections.Generic;

namespace Hotline.Domain.Accountability;

/// <summary>派单超时: the platform's first dispatch came after the policy's dispatch service level; the platform is at fault, the finding names the unit that received it.</summary>
internal static class DispatchLateRule
{
    public static void Evaluate(in TicketDigest d, EscalationLadder ladder, List<Finding> into)
    {
        if (d.FirstDispatchAt is not { } dispatchedAt || d.Ticket.Policy.IsDispatchOnTime(d.ReceivedAt, dispatchedAt))
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var dueAt = policy.DispatchDueAt(d.ReceivedAt);
        var measure = ladder.MeasureFor(AccountabilityRule.DispatchLate);
        into.Add(Finding.Trusted(
            AccountabilityRule.DispatchLate,
            Lateness.UnitOf(d.Ticket, d.FirstDispatchUnit!),
            d.Ticket.Id,
            new[] { new FindingFact(FactKind.Received, d.ReceivedAt), new FindingFact(FactKind.DispatchDue, dueAt), new FindingFact(FactKind.Dispatched, dispatchedAt) },
            null,
            measure,
            new[]
            {
                $"派单超时: received {Lateness.Local(policy, d.ReceivedAt)}, dispatched {Lateness.Local(policy, dispatchedAt)}, {(dispatchedAt - d.ReceivedAt).TotalMinutes:0.#} minutes later; the service level is {policy.DispatchWithin.TotalMinutes:0.#} minutes.",
                $"The platform (热线平台) is at fault, not the unit that received the dispatch: {measure.ChineseName} ({measure.Name}).",
            }));
    }
}
