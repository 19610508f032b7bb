using System.Collections.Generic;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 虚假办结: a reply said the matter was resolved and its callback found it unresolved. Judged in every round, so a false
/// completion stays on the record after the reopen it caused; the finding cites the latest one.
/// </summary>
internal static class FalseCompletionRule
{
    public static void Evaluate(in TicketDigest d, EscalationLadder ladder, List<Finding> into)
    {
        if (d.FalseCompletions == 0)
        {
            return;
        }

        var policy = d.Ticket.Policy;
        var measure = ladder.MeasureFor(AccountabilityRule.FalseCompletion);
        into.Add(Finding.Trusted(
            AccountabilityRule.FalseCompletion,
            Lateness.UnitOf(d.Ticket, d.FalseCompletionUnit!),
            d.Ticket.Id,
            new[] { new FindingFact(FactKind.Replied, d.FalseCompletionRepliedAt), new FindingFact(FactKind.CalledBack, d.FalseCompletionCalledBackAt) },
            null,
            measure,
            new[]
            {
                $"虚假办结: the reply of {Lateness.Local(policy, d.FalseCompletionRepliedAt)} said the matter was resolved; the callback of {Lateness.Local(policy, d.FalseCompletionCalledBackAt)} found it unresolved" +
                (d.FalseCompletions > 1 ? $" ({d.FalseCompletions} times on this ticket)." : "."),
                $"A false completion is dereliction (失职): {measure.ChineseName} ({measure.Name}). Referral for discipline is for a person to decide.",
            }));
    }
}
