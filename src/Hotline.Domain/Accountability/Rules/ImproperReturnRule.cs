using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>不当退单: a return the platform rejected; one finding per unit and ticket, listing every rejected return.</summary>
internal sealed class ImproperReturnRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.ImproperReturn;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.RejectedReturns is not { } returns)
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var measure = ladder.MeasureFor(AccountabilityRule.ImproperReturn);
        foreach (var byUnit in returns.GroupBy(r => r.Unit, System.StringComparer.Ordinal))
        {
            var facts = new List<FindingFact>();
            var reasons = new List<string>();
            foreach (var r in byUnit)
            {
                facts.Add(new FindingFact(FactKind.Returned, r.ReturnedAt));
                facts.Add(new FindingFact(FactKind.ReturnRejected, r.RejectedAt));
                reasons.Add($"不当退单: returned {Lateness.Local(policy, r.ReturnedAt)}; the platform rejected the return {Lateness.Local(policy, r.RejectedAt)}.");
            }

            reasons.Add($"{measure.ChineseName} ({measure.Name}) for buck-passing (推诿扯皮).");
            into.Add(new Finding(AccountabilityRule.ImproperReturn, Lateness.UnitOf(d.Ticket, byUnit.Key), d.Ticket.Id, facts, null, measure, reasons));
        }
    }
}
