using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The README's "Accountability and assessment" example, verbatim, with the values its comments promise.</summary>
public class ReadmeAccountabilityExampleTests
{
    [Fact]
    public void Accountability_and_assessment()
    {
        var policy = HandlingPolicy.Baoji2019;
        var platform = Actor.Platform("op-01");
        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();

        // A complaint dispatched Mon 2026-11-02, due Mon 11-16 (ten working days), replied on Wed 11-18: late.
        var late = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "夜间施工噪音", policy, platform, Beijing(11, 2, 9));
        late.Dispatch(housing, Complexity.General, platform, Beijing(11, 2, 9));
        late.SignIn(clerk, Beijing(11, 2, 10));
        late.Reply("已责令停工", true, clerk, Beijing(11, 18, 10));

        // A help request dispatched Mon 11-16, due Thu 11-19 (three working days), never replied.
        var overdue = Ticket.Register(new TicketId("GD-2"), TicketCategory.HelpRequest, "路灯不亮", policy, platform, Beijing(11, 16, 9));
        overdue.Dispatch(housing, Complexity.General, platform, Beijing(11, 16, 9));

        var asOf = Beijing(12, 1, 9);
        var report = Assessment.Of([late, overdue], new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)), asOf);
        var unit = report.Units[0];
        (unit.Unit, unit.Dispatched, unit.Signed, unit.Due, unit.Replied, unit.RepliedOnTime).Should().Be((housing, 2, 1, 2, 1, 0));
        unit.CompletionRate.ToString().Should().Be("50.0%");
        (unit.CompletionRate.Numerator, unit.CompletionRate.Denominator, unit.CompletionRate.Value).Should().Be((1, 2, 0.5m));
        unit.OnTimeCompletionRate.ToString().Should().Be("0.0%");
        var met = report.Check(RateTarget.Above(AssessmentIndicator.CompletionRate, 96m))[0].Met;
        met.Should().BeFalse();
        var rank = report.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense)[0].Rank;
        rank.Should().Be(1);

        var findings = AccountabilityReview.Review([late, overdue], asOf);
        findings.Select(f => f.ToString()).Should().Equal("住建局 GD-1 逾期办结 +2wd → 督办通知", "住建局 GD-2 超期未办结 +8wd → 通报批评");
    }
}
