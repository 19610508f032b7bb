using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>"四个一"缺失: a responsible unit without one of the four ones or a complete duty roster.</summary>
internal sealed class MissingFourOnesRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.MissingFourOnes;

    public override void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        var missing = unit.Missing();
        if (missing.Count == 0)
        {
            return;
        }

        var measure = ladder.MeasureFor(AccountabilityRule.MissingFourOnes);
        var reasons = new List<string>
        {
            $"\"四个一\"缺失: {unit.Name} lacks {string.Join(", ", missing.Select(m => $"{m.ChineseName} ({m.Name})"))}.",
        };
        if (unit.DutyRoster is { } roster && roster.UncoveredDays().Count > 0)
        {
            reasons.Add($"Its duty roster leaves {string.Join(", ", roster.UncoveredDays())} uncovered.");
        }

        reasons.Add($"{measure.ChineseName} ({measure.Name}).");
        into.Add(new Finding(AccountabilityRule.MissingFourOnes, unit.Id, null, new[] { new FindingFact(FactKind.AsOf, asOf) }, null, measure, reasons));
    }
}
