using System.Collections.Generic;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>超期未办结: not replied in the current round, and the deadline in force (extension included) has passed at the as-of instant.</summary>
internal static class OverdueUnrepliedRule
{
    public static void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (!d.IsOverdueUnrepliedAt(asOf))
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var dueAt = d.DueAt!.Value;
        var days = Lateness.WorkingDaysPast(policy, d.DueDate, asOf);
        var measure = ladder.StepForUnreplied(days);
        var reasons = new string[]
        {
            $"超期未办结: not replied by {Lateness.Local(policy, asOf)}; the deadline{(d.Extended ? " (extended)" : string.Empty)} was {Lateness.Local(d.DueDate)} (due at {Lateness.Local(policy, dueAt)}), {days} working day(s) ago on {policy.Calendar.Name}.",
            days >= ladder.DerelictionFrom
                ? $"Still unreplied {days} working days past the deadline (from {ladder.DerelictionFrom}: dereliction, 失职): written feedback to the department recommending accountability (书面反馈问责)."
                : $"Escalation ladder at {days} working day(s): {measure.ChineseName} ({measure.Name}).",
        };
        into.Add(Finding.Trusted(
            AccountabilityRule.OverdueUnreplied,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            new[] { new FindingFact(FactKind.Dispatched, d.LatestDispatchAt), new FindingFact(FactKind.Due, dueAt), new FindingFact(FactKind.AsOf, asOf) },
            days,
            measure,
            reasons));
    }
}
