using System.Globalization;
using Hotline.Domain.Accountability;
using Hotline.Domain.AirQuality;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Samples;

/// <summary>Accountability and assessment: November 2026 for four units (invented tickets), the unit table and the findings behind it.</summary>
internal static class AccountabilityTour
{
    private static readonly UnitId[] UnitIds = [new("交通局"), new("住建局"), new("城管局"), new("市场监管局")];

    public static void Run()
    {
        var november = new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));
        var asOf = new LocalDateTime(2026, 12, 1, 9, 0).InZoneStrictly(HandlingPolicy.ChinaStandardTime).ToInstant();
        var tickets = November(new Random(11));
        var report = Assessment.Of(tickets, november, asOf);
        var target = RateTarget.Above(AssessmentIndicator.CompletionRate, 96m);
        var ranks = report.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense).ToDictionary(r => r.Unit, r => r.Rank);
        var met = report.Check(target).ToDictionary(c => c.Unit, c => c.Met);

        Console.WriteLine($"5. Assessment of November 2026 as of 2026-12-01 09:00 ({tickets.Count} tickets; 办结率 rank dense; target {target})");
        Console.WriteLine("   " + Pad("单位", 10) + string.Concat(new[] { "派单", "签收率", "办结率", "按时办结率", "回访率", "解决率", "满意率", "重办率", "排名" }.Select(h => Pad(h, 11, right: true))) + " 达标");
        foreach (var unit in report.Units)
        {
            Console.WriteLine(Line(unit.Unit!.Value, unit, ranks[unit.Unit!]?.ToString(CultureInfo.InvariantCulture) ?? "-", met[unit.Unit!] switch { true => "✓", false => "✗", null => "-" }));
        }

        Console.WriteLine(Line("全市", report.CityWide, string.Empty, string.Empty));
        Console.WriteLine($"   办结率 = 办结 ÷ 应办结; 全市 {report.CityWide.Replied} ÷ {report.CityWide.Due} = {report.CityWide.CompletionRate}");
        Console.WriteLine();

        var findings = AccountabilityReview.Review(tickets, asOf);
        Console.WriteLine($"   Findings as of 2026-12-01 09:00 ({findings.Count}; the library recommends, people decide):");
        foreach (var finding in findings.Take(12))
        {
            Console.WriteLine($"   {finding}");
            Console.WriteLine($"      {finding.Reasons[0]}");
        }

        if (findings.Count > 12)
        {
            Console.WriteLine($"   … and {findings.Count - 12} more");
        }

        Console.WriteLine();
    }

    private static string Line(string name, UnitAssessment a, string rank, string met) =>
        "   " + Pad(name, 10) + string.Concat(new object[] { a.Dispatched, a.SignInRate, a.CompletionRate, a.OnTimeCompletionRate, a.CallbackRate, a.ResolutionRate, a.SatisfactionRate, a.ReopenRate, rank }
            .Select(v => Pad(Convert.ToString(v, CultureInfo.InvariantCulture)!, 11, right: true))) + "  " + met;

    // Pads to a display width, counting a CJK character as two columns.
    private static string Pad(string text, int width, bool right = false)
    {
        var padding = new string(' ', Math.Max(0, width - text.Sum(c => c >= 0x2E80 ? 2 : 1)));
        return right ? padding + text : text + padding;
    }

    // Invented stories: on time, late, never replied, returned (rejected or re-dispatched), reopened, never called back.
    private static List<Ticket> November(Random random)
    {
        var policy = HandlingPolicy.Baoji2019;
        var platform = Actor.Platform("op-01");
        var tickets = new List<Ticket>();
        for (var i = 0; i < 48; i++)
        {
            var u = random.Next(UnitIds.Length);
            var clerk = Actor.OfUnit(UnitIds[u], "clerk");
            var at = new LocalDateTime(2026, 11, 2, 8, 30).PlusDays(random.Next(0, 25)).PlusMinutes(random.Next(0, 480))
                .InZoneStrictly(policy.Zone).ToInstant();
            var category = random.Next(3) switch { 0 => TicketCategory.Consultation, 1 => TicketCategory.HelpRequest, _ => TicketCategory.Complaint };
            var t = Ticket.Register(new TicketId($"GD-202611-{i + 1:D3}"), category, "市民诉求", policy, platform, at);
            t.Dispatch(UnitIds[u], Complexity.General, platform, at += Duration.FromMinutes(random.Next(2, 14)));
            var story = random.Next(12);
            if (story == 0)
            {
                t.Return("非本单位职责", clerk, at += Duration.FromMinutes(20));
                t.RejectReturn("属本单位职责", platform, at += Duration.FromMinutes(20));
            }
            else if (story == 1)
            {
                t.Return("非本单位职责", clerk, at += Duration.FromMinutes(20));
                u = (u + 1) % UnitIds.Length;
                clerk = Actor.OfUnit(UnitIds[u], "clerk");
                t.Dispatch(UnitIds[u], Complexity.General, platform, at += Duration.FromMinutes(20));
            }

            if (story == 5)
            {
                tickets.Add(t); // never signed for
                continue;
            }

            t.SignFor(clerk, at += Duration.FromMinutes(random.Next(10, 120)));
            if (story == 2)
            {
                tickets.Add(t); // never replied
                continue;
            }

            t.Reply("已办理", random.Next(6) != 0, clerk, at += Duration.FromHours(random.Next(6, 24 * (story == 3 ? 20 : 8))));
            if (story != 4)
            {
                var resolved = random.Next(5) != 0;
                t.RecordCallback(resolved, Satisfaction.FromValue(resolved ? random.Next(1, 4) : random.Next(4, 6)), platform, at += Duration.FromHours(20));
                if (!resolved && story % 2 == 1 && story != 3)
                {
                    t.Reopen("回访未解决", platform, at += Duration.FromHours(1));
                }
            }

            tickets.Add(t);
        }

        return tickets;
    }
}
