using System.Collections.Generic;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>联系超时: the first contact with the requester after the latest dispatch came at or after its due instant, or none by the as-of instant once it passed.</summary>
internal sealed class ContactLateRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.ContactLate;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.ContactOnTimeAt(asOf) != false)
        {
            return;
        }

        into.Add(Finding.Explained(
            AccountabilityRule.ContactLate,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            [
                new FindingFact(FactKind.Dispatched, d.LatestDispatchAt),
                new FindingFact(FactKind.ContactDue, d.ContactDueAt!.Value),
                d.ContactedAt is { } contactedAt ? new FindingFact(FactKind.Contacted, contactedAt) : new FindingFact(FactKind.AsOf, asOf),
            ],
            null,
            ladder.MeasureFor(AccountabilityRule.ContactLate),
            new StepExplanation(d.Ticket.Policy, "联系超时", "first contacted the requester", "the requester not contacted")));
    }
}
