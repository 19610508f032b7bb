using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>超期未办结: not replied in the current round, and the deadline in force (extension included) has passed at the as-of instant.</summary>
internal sealed class OverdueUnrepliedRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.OverdueUnreplied;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (!d.IsOverdueUnrepliedAt(asOf))
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var days = Lateness.WorkingDaysPast(policy, d.DueDate, asOf);
        into.Add(Finding.Explained(
            AccountabilityRule.OverdueUnreplied,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            [new FindingFact(FactKind.Dispatched, d.LatestDispatchAt), new FindingFact(FactKind.Due, d.DueAt!.Value), new FindingFact(FactKind.AsOf, asOf)],
            days,
            ladder.StepForUnreplied(days),
            new Explanation(policy, d.DueDate, d.Extended, ladder.DerelictionFrom)));
    }

    private sealed class Explanation(HandlingPolicy policy, LocalDate dueDate, bool extended, int derelictionFrom) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var days = f.WorkingDaysPastDeadline!.Value;
            var measure = f.RecommendedMeasure;
            return
            [
                $"超期未办结: not replied by {Lateness.Local(policy, f.Facts[2].At)}; the deadline{(extended ? " (extended)" : string.Empty)} was {Lateness.Local(dueDate)} (due at {Lateness.Local(policy, f.Facts[1].At)}), {days} working day(s) ago on {policy.Calendar.Name}.",
                days >= derelictionFrom
                    ? $"Still unreplied {days} working days past the deadline (from {derelictionFrom}: dereliction, 失职): written feedback to the department recommending accountability (书面反馈问责)."
                    : $"Escalation ladder at {days} working day(s): {measure.ChineseName} ({measure.Name}).",
            ];
        }
    }
}
