using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// 协办超时 and 协办按时反馈率 on a real joint complaint: noise from a construction site, dispatched on Friday 2025-09-26
/// to 住建局 (lead), 城管局 and 生态环境局 assisting with 3 working days (due at 24:00 on Tuesday 09-30, before National
/// Day); 生态环境局 reports late, after the holiday. The reply's callback finds the noise unresolved, the order is
/// reopened on 10-10 and 城管局 is added again with 2 working days (Saturday 10-11 is a make-up working day: due at 24:00
/// on Monday 10-13), and does not report. As of Monday 2025-10-20 12:00.
/// </summary>
public class JointHandlingAccountabilityTests
{
    private static readonly UnitId Ecology = new("生态环境局");
    private static readonly Actor EcologyClerk = Actor.OfUnit(Ecology, "st-41");
    private static readonly Instant AsOf = Beijing("2025-10-20 12:00");
    private static readonly DateInterval September = new(new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30));
    private static readonly DateInterval October = new(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31));

    private static Ticket Joint(HandlingPolicy? policy = null, bool signIn = true)
    {
        var t = Ticket.Register(new TicketId("GD-20250926-0107"), TicketCategory.Complaint, "工地夜间施工噪音扰民", policy ?? Policy, Operator, Beijing("2025-09-26 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
        if (signIn)
        {
            t.SignIn(HousingClerk, Beijing("2025-09-26 10:00"));
        }

        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-26 11:00"));
        t.AddAssistingUnit(Ecology, 3, Dispatcher, Beijing("2025-09-26 11:05"));
        return t;
    }

    private static Ticket Reopened()
    {
        var t = Joint();
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));
        t.ReportAssistance("噪声监测超标", EcologyClerk, Beijing("2025-10-09 10:00"));
        t.Reply("已责令整改", true, HousingClerk, Beijing("2025-10-09 15:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2025-10-10 09:00"));
        t.Reopen("夜间仍在施工", Supervisor, Beijing("2025-10-10 10:00"));
        t.AddAssistingUnit(Urban, 2, Dispatcher, Beijing("2025-10-10 11:00"));
        return t;
    }

    private static List<Finding> AssistingLate(Ticket t, Instant asOf, EscalationLadder? ladder = null) =>
        AccountabilityReview.Review([t], [], asOf, ladder ?? EscalationLadder.Default, AccountabilityRuleSet.BuiltIn)
            .Where(f => f.Rule == AccountabilityRule.AssistingLate).ToList();

    [Fact]
    public void A_late_report_and_a_missing_one_are_found_against_the_assisting_unit_in_every_round()
    {
        var findings = AssistingLate(Reopened(), AsOf);

        findings.Select(f => (f.Unit.Value, f.Ticket!.Value, f.RecommendedMeasure)).Should().Equal(
            ("城管局", "GD-20250926-0107", Measure.Reminder), ("生态环境局", "GD-20250926-0107", Measure.Reminder));
        findings[0].Facts.Should().Equal(
            new FindingFact(FactKind.AssistingAssigned, Beijing("2025-10-10 11:00")), new FindingFact(FactKind.AssistanceDue, Beijing("2025-10-14 00:00")), new FindingFact(FactKind.AsOf, AsOf));
        findings[0].Reasons[0].Should().Be("协办超时: assisting unit 城管局 was added 2025-10-10 11:00, no report by 2025-10-20 12:00; its report was due before 2025-10-14 00:00.");
        findings[1].Facts.Should().Equal(
            new FindingFact(FactKind.AssistingAssigned, Beijing("2025-09-26 11:05")), new FindingFact(FactKind.AssistanceDue, Beijing("2025-10-01 00:00")),
            new FindingFact(FactKind.AssistanceReported, Beijing("2025-10-09 10:00")));
        findings[1].Reasons.Should().Equal(
            "协办超时: assisting unit 生态环境局 was added 2025-09-26 11:05, reported 2025-10-09 10:00; its report was due before 2025-10-01 00:00.",
            "The ladder's measure for 协办超时: 催办 (Reminder), to the assisting unit.");
        findings.Should().NotContain(f => f.Unit == Housing, "the lead is not blamed for its assisting units");
        findings.Select(f => f.Rule.AtFault).Should().AllBeEquivalentTo(AccountableParty.Unit);
    }

    [Fact]
    public void A_report_is_late_at_its_due_instant_and_a_missing_one_only_once_it_has_passed()
    {
        var t = Reopened();

        AssistingLate(t, Beijing("2025-10-13 23:59")).Select(f => f.Unit.Value).Should().Equal(["生态环境局"], "城管局's second report is not due yet");
        AssistingLate(t, Beijing("2025-10-14 00:00")).Select(f => f.Unit.Value).Should().Equal("城管局", "生态环境局");

        var atDue = Joint();
        atDue.ReportAssistance("已配合", UrbanClerk, Beijing("2025-10-01 00:00"));
        AssistingLate(atDue, Beijing("2025-10-01 00:00")).Select(f => (f.Unit.Value, f.Facts[2].Kind)).Should().Equal(
            ("城管局", FactKind.AssistanceReported), ("生态环境局", FactKind.AsOf));
        AssistingLate(atDue, Beijing("2025-09-30 23:59")).Should().BeEmpty();
    }

    [Fact]
    public void A_reply_before_the_due_instant_ends_the_assignment_unjudged_and_one_after_it_ends_it_late()
    {
        var policy = Policy.ToBuilder().AllowReplyBeforeAssistingReports().Build();
        var early = Joint(policy);
        early.Reply("已处理", true, HousingClerk, Beijing("2025-09-30 15:00"));
        var late = Joint(policy);
        late.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));
        late.Reply("已处理", true, HousingClerk, Beijing("2025-10-09 15:00"));

        AssistingLate(early, AsOf).Should().BeEmpty("the reply came before the reports were due: the units could no longer report");
        Assessment.Of([early], September, AsOf).CityWide.AssistingDue.Should().Be(0);
        var found = AssistingLate(late, AsOf).Should().ContainSingle().Subject;
        (found.Unit, found.Facts[2]).Should().Be((Ecology, new FindingFact(FactKind.Ended, Beijing("2025-10-09 15:00"))));
        found.Reasons[0].Should().Be("协办超时: assisting unit 生态环境局 was added 2025-09-26 11:05, no report by 2025-10-09 15:00, when the assignment ended; its report was due before 2025-10-01 00:00.");
        var september = Assessment.Of([late], September, AsOf);
        (september.For(Urban)!.AssistingDue, september.For(Urban)!.AssistingOnTime, september.For(Ecology)!.AssistingDue, september.For(Ecology)!.AssistingOnTime)
            .Should().Be((1, 1, 1, 0));
    }

    [Fact]
    public void A_re_dispatch_after_a_return_ends_the_assignments_and_a_close_ends_what_is_still_open()
    {
        var t = Joint(signIn: false);
        t.Return("非本单位职责", HousingClerk, Beijing("2025-10-09 09:00"));
        t.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2025-10-09 10:00"));

        AssistingLate(t, AsOf).Select(f => (f.Unit.Value, f.Facts[2])).Should().Equal(
            ("城管局", new FindingFact(FactKind.Ended, Beijing("2025-10-09 10:00"))), ("生态环境局", new FindingFact(FactKind.Ended, Beijing("2025-10-09 10:00"))));

        var closed = Ticket.Register(new TicketId("GD-20250926-0108"), TicketCategory.Complaint, "工地夜间施工噪音扰民", Policy.ToBuilder().AllowReplyBeforeAssistingReports().Build(), Operator, Beijing("2025-09-26 09:00"));
        closed.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
        closed.SignIn(HousingClerk, Beijing("2025-09-26 10:00"));
        closed.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-26 11:00"));
        closed.Reply("已处理", true, HousingClerk, Beijing("2025-09-29 09:00"));
        closed.Close(Supervisor, Beijing("2025-09-29 10:00"));
        AssistingLate(closed, AsOf).Should().BeEmpty("the reply ended the assignment before it was due; the close changes nothing");
    }

    [Fact]
    public void Assisting_units_appear_in_the_period_of_their_assignment_and_leave_the_lead_counts_alone()
    {
        var t = Reopened();

        var september = Assessment.Of([t], September, AsOf);
        september.Units.Select(u => (u.Unit!.Value, u.Dispatched, u.AssistingDue, u.AssistingOnTime)).Should().Equal(
            ("住建局", 1, 0, 0), ("城管局", 0, 1, 1), ("生态环境局", 0, 1, 0));
        (september.CityWide.Dispatched, september.CityWide.AssistingDue, september.CityWide.AssistingOnTime).Should().Be((1, 2, 1));
        september.For(Ecology)!.AssistingOnTimeRate.Should().Be(new Rate(0, 1));
        september.For(Housing)!.AssistingOnTimeRate.HasValue.Should().BeFalse();
        september.Rank(AssessmentIndicator.AssistingOnTimeRate, TieRanking.Dense).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("城管局", 1), ("生态环境局", 2), ("住建局", (int?)null));

        var october = Assessment.Of([t], October, AsOf);
        october.Units.Select(u => (u.Unit!.Value, u.Dispatched, u.AssistingDue, u.AssistingOnTime)).Should().Equal([("城管局", 0, 1, 0)], "the second round's assignment of 10-10");
        october.CityWide.Dispatched.Should().Be(0);
        Assessment.Of([t], October, Beijing("2025-10-10 12:00")).For(Urban)!.AssistingDue.Should().Be(0, "a unit appears from its assignment; its report counts once judged");
    }

    [Fact]
    public void A_merged_duplicate_counts_no_assisting_work()
    {
        var t = Joint();
        t.MergeInto(new TicketId("GD-20250925-0001"), Supervisor, Beijing("2025-10-09 09:00"));

        Assessment.Of([t], September, AsOf).Units.Should().BeEmpty();
        AssistingLate(t, AsOf).Should().BeEmpty();
    }

    [Fact]
    public void A_unit_late_in_two_rounds_is_found_twice_in_round_order_and_reviews_of_parts_combine_into_the_whole()
    {
        var tickets = Enumerable.Range(1, 24).Select(n =>
        {
            var t = Ticket.Register(new TicketId($"GD-{n:D2}"), TicketCategory.Complaint, "工地夜间施工噪音扰民", Policy, Operator, Beijing("2025-09-26 09:00"));
            t.Dispatch(n % 2 == 0 ? Housing : Ecology, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
            t.SignIn(Actor.OfUnit(t.ResponsibleUnit!, "x"), Beijing("2025-09-26 10:00"));
            t.AddAssistingUnit(Urban, 1, Dispatcher, Beijing("2025-09-26 11:00"));
            t.ReportAssistance("迟报", UrbanClerk, Beijing("2025-10-09 09:00"));
            t.Reply("已处理", true, Actor.OfUnit(t.ResponsibleUnit!, "x"), Beijing("2025-10-09 10:00"));
            t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2025-10-09 11:00"));
            t.Reopen("仍扰民", Supervisor, Beijing("2025-10-09 12:00"));
            t.AddAssistingUnit(Urban, 1, Dispatcher, Beijing("2025-10-09 13:00"));
            return t;
        }).ToList();

        var whole = AccountabilityReview.Review(tickets, AsOf);
        var urban = whole.Where(f => f.Rule == AccountabilityRule.AssistingLate).ToList();

        urban.Should().HaveCount(48).And.OnlyContain(f => f.Unit == Urban);
        urban.Select(f => (f.Ticket!.Value, f.Facts[0].At)).Should().Equal(tickets.SelectMany(t => new[] { (t.Id.Value, Beijing("2025-09-26 11:00")), (t.Id.Value, Beijing("2025-10-09 13:00")) }));
        AccountabilityReview.Combine([AccountabilityReview.Review(tickets.Skip(12), AsOf), AccountabilityReview.Review(tickets.Take(12), AsOf)]).Should().Equal(whole);
    }

}
