using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of docs/accountability.md, verbatim where possible, with the values its comments promise.</summary>
public class AccountabilityGuideTests
{
    private static readonly HandlingPolicy Policy = HandlingPolicy.Baoji2019;
    private static readonly UnitId Housing = new("住建局");

    private static Instant Beijing(int month, int day, int hour) =>
        new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(Policy.Zone).ToInstant();

    private static (Ticket Late, Ticket Overdue) November()
    {
        var platform = Actor.Platform("op-01");
        var clerk = Actor.OfUnit(Housing, "zj-11");
        var late = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "夜间施工噪音", Policy, platform, Beijing(11, 2, 9));
        late.Dispatch(Housing, Complexity.General, platform, Beijing(11, 2, 9));
        late.SignIn(clerk, Beijing(11, 2, 10));
        late.Reply("已责令停工", true, clerk, Beijing(11, 18, 10));
        var overdue = Ticket.Register(new TicketId("GD-2"), TicketCategory.HelpRequest, "路灯不亮", Policy, platform, Beijing(11, 16, 9));
        overdue.Dispatch(Housing, Complexity.General, platform, Beijing(11, 16, 9));
        return (late, overdue);
    }

    [Fact]
    public void Assessment_and_review()
    {
        var (late, overdue) = November();
        late.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 11, 16));
        overdue.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 11, 19));

        var asOf = Beijing(12, 1, 9);
        var report = Assessment.Of([late, overdue], new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)), asOf);
        var unit = report.Units[0];
        (unit.Unit, unit.Dispatched, unit.Signed, unit.Due, unit.Replied, unit.RepliedOnTime).Should().Be((Housing, 2, 1, 2, 1, 0));
        unit.CompletionRate.ToString().Should().Be("50.0%");
        (unit.CompletionRate.Numerator, unit.CompletionRate.Denominator, unit.CompletionRate.Value).Should().Be((1, 2, 0.5m));
        unit.OnTimeCompletionRate.ToString().Should().Be("0.0%");
        report.Check(RateTarget.Above(AssessmentIndicator.CompletionRate, 96m))[0].Met.Should().BeFalse();
        report.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense)[0].Rank.Should().Be(1);

        var findings = AccountabilityReview.Review([late, overdue], asOf);
        findings.Select(f => f.ToString()).Should().Equal("住建局 GD-1 逾期办结 +2wd → 督办通知", "住建局 GD-2 超期未办结 +8wd → 通报批评");
        findings.Select(f => (f.WorkingDaysPastDeadline, f.RecommendedMeasure))
            .Should().Equal((2, Measure.SupervisionNotice), (8, Measure.Criticism));
    }

    [Fact]
    public void What_counts_in_the_assessment()
    {
        var (late, overdue) = November();
        var asOf = Beijing(12, 1, 9);

        var decisions = new[]
        {
            new ExemptionDecision(new TicketId("GD-1"), ExemptionReason.BeyondDuty, ExemptionScope.WholeTicket, approved: true,
                "噪音源属生态环境部门职责", "kh-01", Beijing(11, 25, 10)),
        };
        var fair = Assessment.Of([late, overdue], new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)), asOf,
            AssessmentOptions.Default.WithExemptions(decisions));

        fair.Units[0].Dispatched.Should().Be(1);
        (fair.Exclusions[0].Effect, fair.Exclusions[0].Unit).Should().Be((ExemptionEffect.Removed, Housing));
        AccountabilityReview.Review([late, overdue], asOf).Count.Should().Be(2);
        fair.Units[0].Score(ScoreWeights.ResponseResolutionSatisfaction).Should().BeNull();
    }

    [Fact]
    public void Streaming_a_provinces_year()
    {
        var policy = Tests.Accountability.FairNovember.Contacting;
        var store = new HistoryStore(Tests.Accountability.FairNovember.Month());
        var period = new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));
        var asOf = Beijing(12, 1, 9);
        var findings = new List<Finding>();

        var accumulator = new AssessmentAccumulator(period, asOf, AssessmentOptions.Default);
        foreach (var history in store.ReadHistories())          // one ticket's events at a time
        {
            var ticket = Ticket.Rehydrate(policy, history);
            accumulator.Add(ticket);                             // counted, then the ticket can go
            findings.AddRange(AccountabilityReview.ReviewTicket(ticket, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn));
        }

        var report = accumulator.ToAssessment();                 // equal to Assessment.Of over the same tickets

        report.Units.Should().Equal(Assessment.Of(Tests.Accountability.FairNovember.Month(), period, asOf).Units);
        AccountabilityReview.Combine([findings]).Should().Equal(AccountabilityReview.Review(Tests.Accountability.FairNovember.Month(), asOf));
    }

    private sealed class HistoryStore(IEnumerable<Ticket> tickets)
    {
        public IEnumerable<IReadOnlyList<TicketEvent>> ReadHistories() => tickets.Select(t => t.History);
    }

    [Fact]
    public void The_escalation_ladder()
    {
        var (late, overdue) = November();
        var asOf = Beijing(12, 1, 9);

        var ladder = EscalationLadder.CreateBuilder()
            .SupervisionNoticeFrom(1)
            .CriticismFrom(2)
            .DerelictionFrom(8)
            .Recommend(AccountabilityRule.DispatchLate, Measure.SupervisionNotice)
            .Build();
        var strict = AccountabilityReview.Review([late, overdue], asOf, ladder);
        strict.Select(f => f.ToString()).Should().Equal("住建局 GD-1 逾期办结 +2wd → 通报批评", "住建局 GD-2 超期未办结 +8wd → 书面反馈问责");
        strict.Select(f => f.RecommendedMeasure).Should().Equal(Measure.Criticism, Measure.AccountabilityFeedback);

        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().SupervisionNoticeFrom(5).CriticismFrom(3).Build())
            .Should().Throw<EscalationLadderException>();
    }

    [Fact]
    public void Combining_counts()
    {
        var north = UnitAssessment.FromCounts(Housing, dispatched: 10, signedFor: 10, due: 10, replied: 9, repliedOnTime: 9,
            calledBack: 9, resolved: 9, satisfied: 9, reopened: 0);
        var south = UnitAssessment.FromCounts(Housing, dispatched: 1, signedFor: 1, due: 1, replied: 1, repliedOnTime: 1,
            calledBack: 1, resolved: 1, satisfied: 1, reopened: 0);
        var both = north.Combine(south).CompletionRate;
        both.ToString().Should().Be("90.9%");
        (both.Numerator, both.Denominator).Should().Be((10, 11));
    }

    [Fact]
    public void Counting_from_the_reminder()
    {
        var (_, overdue) = November();
        var platform = Actor.Platform("op-01");
        var reminded = Beijing(11, 20, 10);
        var asOf = Beijing(11, 27, 9);

        var bureau = EscalationLadder.CreateBuilder()
            .AfterReminder(5, Measure.Criticism)      // still unreplied 5 working days after the last 催办: at least 通报批评
            .Build();
        overdue.Remind("已超期，请尽快办结", platform, reminded);   // GD-2, due 2026-11-19, reminded on 11-20
        var found = AccountabilityReview.Review([overdue], asOf, bureau);

        var finding = found.Should().ContainSingle().Subject;
        (finding.Rule, finding.WorkingDaysPastDeadline, finding.RecommendedMeasure).Should().Be((AccountabilityRule.OverdueUnreplied, (int?)6, Measure.Criticism));
        AccountabilityReview.Review([overdue], asOf).Should().ContainSingle().Which.RecommendedMeasure.Should().Be(Measure.SupervisionNotice);
    }
}
