using System.Globalization;
using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
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

        Tour.Section(6, "Accountability and assessment (考核与问责)");
        Tour.Step("6.1", "A month's unit table", $"November 2026 as of 2026-12-01 09:00, {tickets.Count} invented tickets; 办结率 ranked dense; target {target}.");
        var header = new[] { "单位", "派单", "签收率", "办结率", "按时办结率", "回访率", "解决率", "满意率", "重办率", "排名", "达标" };
        var rows = report.Units
            .Select(unit => Row(unit.Unit!.Value, unit, ranks[unit.Unit!]?.ToString(CultureInfo.InvariantCulture) ?? "-", met[unit.Unit!] switch { true => "✓", false => "✗", null => "-" }))
            .Prepend(header)
            .Append(Row("全市", report.CityWide, string.Empty, string.Empty))
            .ToArray();
        Tour.Table(rows);
        Tour.Line("办结率 = 办结 ÷ 应办结 (全市)", $"{report.CityWide.Replied} ÷ {report.CityWide.Due} = {report.CityWide.CompletionRate}");

        var findings = AccountabilityReview.Review(tickets, asOf);
        Tour.Step("6.2", "The findings behind it", $"{findings.Count} findings as of 2026-12-01 09:00, each with its first reason; the library recommends, people decide.");
        foreach (var finding in findings.Take(12))
        {
            Console.WriteLine($"     {finding}");
            Console.WriteLine($"        {finding.Reasons[0]}");
        }

        if (findings.Count > 12)
        {
            Console.WriteLine($"     … and {findings.Count - 12} more");
        }
    }

    private static string[] Row(string name, UnitAssessment a, string rank, string met) =>
        new object[] { a.Dispatched, a.SignInRate, a.CompletionRate, a.OnTimeCompletionRate, a.CallbackRate, a.ResolutionRate, a.SatisfactionRate, a.ReopenRate, rank }
            .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!)
            .Prepend(name)
            .Append(met)
            .ToArray();

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

            t.SignIn(clerk, at += Duration.FromMinutes(random.Next(10, 120)));
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
