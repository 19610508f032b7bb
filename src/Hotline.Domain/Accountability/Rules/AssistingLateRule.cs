using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 协办超时: an assisting unit's report came at or after its due instant, or has not come once the due instant passed
/// while the assignment ran. One finding per assignment, in every round, naming the assisting unit: the lead is not
/// blamed for its assisting units' lateness.
/// </summary>
internal sealed class AssistingLateRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.AssistingLate;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.EndedAssisting is { } ended)
        {
            Evaluate(d.Ticket, ended, asOf, ladder, into);
        }

        if (d.Assisting is { } current)
        {
            Evaluate(d.Ticket, current, asOf, ladder, into);
        }
    }

    private static void Evaluate(Ticket ticket, List<AssistingFact> assignments, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        foreach (var a in assignments)
        {
            if (TicketDigest.AssistanceOnTimeAt(in a, asOf) != false)
            {
                continue;
            }

            // The facts: the assignment, its due instant, and the report, or what ended the assignment, or the as-of instant.
            var last = a.ReportedAt is { } reported ? new FindingFact(FactKind.AssistanceReported, reported)
                : a.EndedAt is { } endedAt ? new FindingFact(FactKind.Ended, endedAt)
                : new FindingFact(FactKind.AsOf, asOf);
            into.Add(Finding.Explained(
                AccountabilityRule.AssistingLate,
                UnitId.Trusted(a.Unit),
                ticket.Id,
                [new FindingFact(FactKind.AssistingAssigned, a.AssignedAt), new FindingFact(FactKind.AssistanceDue, a.DueAt), last],
                null,
                ladder.MeasureFor(AccountabilityRule.AssistingLate),
                new Explanation(ticket.Policy)));
        }
    }

    private sealed class Explanation(HandlingPolicy policy) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var last = f.Facts[2];
            var measure = f.RecommendedMeasure;
            var what = ReferenceEquals(last.Kind, FactKind.AssistanceReported) ? $"reported {Lateness.Local(policy, last.At)}"
                : ReferenceEquals(last.Kind, FactKind.Ended) ? $"no report by {Lateness.Local(policy, last.At)}, when the assignment ended"
                : $"no report by {Lateness.Local(policy, last.At)}";
            return
            [
                $"协办超时: assisting unit {f.Unit} was added {Lateness.Local(policy, f.Facts[0].At)}, {what}; its report was due before {Lateness.Local(policy, f.Facts[1].At)}.",
                $"The ladder's measure for 协办超时: {measure.ChineseName} ({measure.Name}), to the assisting unit.",
            ];
        }
    }
}
