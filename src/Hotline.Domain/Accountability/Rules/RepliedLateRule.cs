using System.Collections.Generic;

namespace Hotline.Domain.Accountability;

/// <summary>逾期办结: the latest handling round's reply was recorded as late (at or after the deadline in force).</summary>
internal static class RepliedLateRule
{
    public static void Evaluate(in TicketDigest d, EscalationLadder ladder, List<Finding> into)
    {
        if (d.RepliedAt is not { } repliedAt || d.RepliedOnTime || d.DueAt is not { } dueAt)
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var days = Lateness.WorkingDaysPast(policy, d.DueDate, repliedAt);
        var measure = ladder.StepForLateReply(days);
        into.Add(Finding.Trusted(
            AccountabilityRule.RepliedLate,
            Lateness.UnitOf(d.Ticket, d.RepliedBy ?? d.Unit!),
            d.Ticket.Id,
            new[] { new FindingFact(FactKind.Due, dueAt), new FindingFact(FactKind.Replied, repliedAt) },
            days,
            measure,
            new[]
            {
                $"逾期办结: replied {Lateness.Local(policy, repliedAt)}, after the deadline{(d.Extended ? " (extended)" : string.Empty)} {Lateness.Local(d.DueDate)} (due at {Lateness.Local(policy, dueAt)}): {days} working day(s) late.",
                $"Escalation ladder at {days} working day(s): {measure.ChineseName} ({measure.Name}).",
            }));
    }
}
