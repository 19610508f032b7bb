using System.Collections.Generic;
using System.Linq;

namespace Hotline.Domain.Accountability;

/// <summary>多次重办: reopened at least the ladder's threshold of times (two by default).</summary>
internal static class RepeatedReopeningRule
{
    public static void Evaluate(in TicketDigest d, EscalationLadder ladder, List<Finding> into)
    {
        if (d.ReopenCount < ladder.RepeatedReopeningFrom)
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
                $"多次重办: reopened {d.ReopenCount} times ({string.Join(", ", d.Reopenings!.Select(at => Lateness.Local(policy, at)))}); the threshold is {ladder.RepeatedReopeningFrom}.",
                $"{measure.ChineseName} ({measure.Name}).",
            }));
    }
}
