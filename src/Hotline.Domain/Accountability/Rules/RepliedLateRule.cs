using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>逾期办结: the latest handling round's reply was recorded as late (at or after the deadline in force).</summary>
internal sealed class RepliedLateRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.RepliedLate;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.RepliedAt is not { } repliedAt || d.RepliedOnTime || d.DueAt is not { } dueAt)
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var days = Lateness.WorkingDaysPast(policy, d.DueDate, repliedAt);
        into.Add(Finding.Explained(
            AccountabilityRule.RepliedLate,
            // Stryker disable once NullCoalescing : equivalent, the replying unit is the unit of the latest dispatch (rule DispatchedUnitOnly).
            Lateness.UnitOf(d.Ticket, d.RepliedBy ?? d.Unit!),
            d.Ticket.Id,
            [new FindingFact(FactKind.Due, dueAt), new FindingFact(FactKind.Replied, repliedAt)],
            days,
            ladder.StepForLateReply(days),
            new Explanation(policy, d.DueDate, d.Extended)));
    }

    private sealed class Explanation(HandlingPolicy policy, LocalDate dueDate, bool extended) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var days = f.WorkingDaysPastDeadline!.Value;
            var measure = f.RecommendedMeasure;
            return
            [
                $"逾期办结: replied {Lateness.Local(policy, f.Facts[1].At)}, after the deadline{(extended ? " (extended)" : string.Empty)} {Lateness.Local(dueDate)} (due at {Lateness.Local(policy, f.Facts[0].At)}): {days} working day(s) late.",
                $"Escalation ladder at {days} working day(s): {measure.ChineseName} ({measure.Name}).",
            ];
        }
    }
}
