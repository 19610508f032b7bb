using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 超期未办结: not replied in the current round, and the deadline in force (extension included) has passed at the as-of
/// instant, or, for a terminated order, before the termination (the working days are then counted to it).
/// </summary>
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
        // A terminated order's handling ended at the termination: the lateness stops there.
        var until = d.TerminatedAt ?? asOf;
        var days = Lateness.WorkingDaysPast(policy, d.DueDate, until);
        var deadlineStep = ladder.StepForUnreplied(days);
        var measure = deadlineStep;
        FindingFact[] facts = [new FindingFact(FactKind.Dispatched, d.LatestDispatchAt), new FindingFact(FactKind.Due, d.DueAt!.Value), new FindingFact(d.TerminatedAt.HasValue ? FactKind.Terminated : FactKind.AsOf, until)];
        var sinceReminder = -1;
        Measure? reminderStep = null;

        // A step counted from the round's last reminder raises the measure to at least its own; the reminder is then a fact.
        if (d.LastRemindedAt is { } reminded
            && ladder.StepAfterReminder(sinceReminder = Lateness.WorkingDaysPast(policy, policy.LocalDateOf(reminded), until)) is { } afterReminder)
        {
            facts = [facts[0], facts[1], facts[2], new FindingFact(FactKind.Reminded, reminded)];
            reminderStep = afterReminder;
            if (afterReminder.Value > measure.Value)
            {
                measure = afterReminder;
            }
        }

        into.Add(Finding.Explained(
            AccountabilityRule.OverdueUnreplied,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            facts,
            days,
            measure,
            new Explanation(policy, d.DueDate, d.Extended, ladder.DerelictionFrom, deadlineStep, sinceReminder, reminderStep)));
    }

    private sealed class Explanation(HandlingPolicy policy, LocalDate dueDate, bool extended, int derelictionFrom, Measure deadlineStep, int sinceReminder, Measure? reminderStep) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var days = f.WorkingDaysPastDeadline!.Value;
            var measure = f.RecommendedMeasure;
            var reasons = new List<string>(3)
            {
                $"超期未办结: not replied by {Lateness.Local(policy, f.Facts[2].At)}{(ReferenceEquals(f.Facts[2].Kind, FactKind.Terminated) ? ", when the order was terminated (终止办理)" : string.Empty)}; the deadline{(extended ? " (extended)" : string.Empty)} was {Lateness.Local(dueDate)} (due at {Lateness.Local(policy, f.Facts[1].At)}), {days} working day(s) ago on {policy.Calendar.Name}.",
                days >= derelictionFrom
                    ? $"Still unreplied {days} working days past the deadline (from {derelictionFrom}: dereliction, 失职): written feedback to the department recommending accountability (书面反馈问责)."
                    : $"Escalation ladder at {days} working day(s): {deadlineStep.ChineseName} ({deadlineStep.Name}).",
            };
            if (reminderStep is not null)
            {
                reasons.Add($"Still unreplied {sinceReminder} working day(s) after the last reminder (催办) of {Lateness.Local(policy, f.Facts[3].At)}: the step after the reminder asks at least {reminderStep.ChineseName} ({reminderStep.Name}); recommended: {measure.ChineseName} ({measure.Name}).");
            }

            return reasons.ToArray();
        }
    }
}
