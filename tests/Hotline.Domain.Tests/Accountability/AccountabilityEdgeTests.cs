using Hotline.Domain.Accountability;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

public class AccountabilityEdgeTests
{
    private static readonly HandlingPolicy SignInClock = HandlingPolicy.CreateBuilder("签收起算", ChinaCalendars.Mainland)
        .ClockStartsAt(ClockStart.SignIn)
        .Limit(TicketCategory.Complaint, 10)
        .Build();

    [Fact]
    public void Under_a_sign_in_clock_an_unsigned_ticket_has_no_deadline_so_it_is_neither_due_nor_overdue()
    {
        var t = Ticket.Register(new TicketId("GD-SIGN"), TicketCategory.Complaint, "签收起算", SignInClock, Operator, Beijing("2026-11-02 09:00"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));

        var a = Assessment.Of([t], November, AsOf).Units.Single();
        (a.Dispatched, a.Signed, a.Due).Should().Be((1, 0, 0));
        a.SignInRate.ToString().Should().Be("0.0%");
        a.CompletionRate.Value.Should().BeNull();
        AccountabilityReview.Review([t], AsOf).Should().BeEmpty();

        // Signed Thu 11-05: due ten working days later, Thu 11-19; overdue 8 working days by 12-01.
        t.SignIn(Clerk(Urban), Beijing("2026-11-05 10:00"));
        var finding = AccountabilityReview.Review([t], AsOf).Single();
        finding.Rule.Should().Be(AccountabilityRule.OverdueUnreplied);
        finding.WorkingDaysPastDeadline.Should().Be(8);
        finding.Facts[1].Should().Be(new FindingFact(FactKind.Due, Beijing("2026-11-20 00:00")));
    }

    [Fact]
    public void A_reply_at_exactly_24_00_of_the_due_date_is_late_by_one_working_day()
    {
        var t = Ticket.Register(new TicketId("GD-MIDNIGHT"), TicketCategory.Consultation, "零点答复", Policy, Operator, Beijing("2026-11-25 09:00"));
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-25 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-25 09:10"));
        t.Reply("已答复", true, Clerk(Housing), Beijing("2026-11-27 23:59"));
        var onTime = t;

        var late = Ticket.Register(new TicketId("GD-MIDNIGHT-2"), TicketCategory.Consultation, "零点答复", Policy, Operator, Beijing("2026-11-24 09:00"));
        late.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-24 09:05"));
        late.SignIn(Clerk(Housing), Beijing("2026-11-24 09:10"));
        late.Reply("已答复", true, Clerk(Housing), Beijing("2026-11-27 00:00")); // due Thu 11-26, at 11-27 00:00

        var findings = AccountabilityReview.Review([onTime, late], AsOf);
        findings.Select(f => (f.Ticket!.Value, f.Rule, f.WorkingDaysPastDeadline)).Should().Equal(("GD-MIDNIGHT-2", AccountabilityRule.RepliedLate, (int?)1));
        Assessment.Of([onTime, late], November, AsOf).CityWide.OnTimeCompletionRate.Should().Be(new Rate(1, 2));
    }

    [Fact]
    public void A_false_completion_stays_on_the_record_after_the_reopen_it_caused()
    {
        // H5's round 2 said "resolved" and the callback found it unresolved; round 3 ended well, yet the finding stays.
        var findings = AccountabilityReview.Review([H5ReopenedTwice()], AsOf);

        findings.Select(f => f.Rule).Should().Equal(AccountabilityRule.FalseCompletion, AccountabilityRule.RepeatedReopening);
        findings[0].Reasons.Should().Equal(
            "虚假办结: the reply of 2026-11-12 15:00 said the matter was resolved; the callback of 2026-11-13 09:00 found it unresolved.",
            "A false completion is dereliction (失职): 书面反馈问责 (AccountabilityFeedback). Referral for discipline is for a person to decide.");
        findings[1].Reasons.Should().Equal("多次重办: reopened 2 times (2026-11-06 11:00, 2026-11-13 11:00); the threshold is 2.", "通报批评 (Criticism).");
        Assessment.Of([H5ReopenedTwice()], November, AsOf).CityWide.Resolved.Should().Be(1, "the assessment counts the latest round only");
    }

    [Fact]
    public void An_honest_unresolved_reply_is_not_a_false_completion_and_a_second_false_one_is_counted()
    {
        var t = Ticket.Register(new TicketId("GD-HONEST"), TicketCategory.Complaint, "如实答复", Policy, Operator, Beijing("2026-11-02 09:00"));
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 09:30"));
        t.Reply("暂未解决，已说明原因", false, Clerk(Housing), Beijing("2026-11-05 10:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-06 10:00"));

        AccountabilityReview.Review([t], AsOf).Should().BeEmpty("the unit said it was not resolved");

        t.Reopen("未解决", Supervisor, Beijing("2026-11-06 11:00"));
        t.Reply("已解决", true, Clerk(Housing), Beijing("2026-11-10 10:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-11 10:00"));
        t.Reopen("仍未解决", Supervisor, Beijing("2026-11-11 11:00"));
        t.Reply("已彻底解决", true, Clerk(Housing), Beijing("2026-11-16 10:00"));
        t.RecordCallback(false, Satisfaction.VeryDissatisfied, Operator, Beijing("2026-11-17 10:00"));

        var falseCompletion = AccountabilityReview.Review([t], AsOf)[0];
        falseCompletion.Rule.Should().Be(AccountabilityRule.FalseCompletion);
        falseCompletion.Facts.Select(f => f.At).Should().Equal(Beijing("2026-11-16 10:00"), Beijing("2026-11-17 10:00"));
        falseCompletion.Reasons[0].Should().EndWith("found it unresolved (2 times on this ticket).");
    }

    [Fact]
    public void A_rejected_return_after_an_accepted_one_names_each_unit_for_its_own_return()
    {
        var t = Ticket.Register(new TicketId("GD-PINGPONG"), TicketCategory.Complaint, "推诿", Policy, Operator, Beijing("2026-11-09 09:00"));
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-09 09:05"));
        t.Return("非本单位", Clerk(Housing), Beijing("2026-11-09 09:30"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-09 10:00"));
        t.Return("非本单位", Clerk(Urban), Beijing("2026-11-09 10:30"));
        t.RejectReturn("属城管职责", Supervisor, Beijing("2026-11-09 11:00"));
        t.Return("仍非本单位", Clerk(Urban), Beijing("2026-11-09 11:30"));
        t.RejectReturn("属城管职责", Supervisor, Beijing("2026-11-09 12:00"));
        t.SignIn(Clerk(Urban), Beijing("2026-11-09 12:30"));

        var finding = AccountabilityReview.Review([t], Beijing("2026-11-10 09:00")).Single();

        finding.Unit.Should().Be(Urban, "住建局's return was accepted (re-dispatched), 城管局's were rejected");
        finding.Facts.Select(f => (f.Kind, f.At)).Should().Equal(
            (FactKind.Returned, Beijing("2026-11-09 10:30")), (FactKind.ReturnRejected, Beijing("2026-11-09 11:00")),
            (FactKind.Returned, Beijing("2026-11-09 11:30")), (FactKind.ReturnRejected, Beijing("2026-11-09 12:00")));
        finding.Reasons.Should().HaveCount(3);
    }

    [Fact]
    public void Vocabularies_have_stable_values_codes_and_chinese_names()
    {
        AccountabilityRule.InValueOrder.Select(r => (r.Value, r.Code, r.ChineseName)).Should().Equal(
            (1, "overdue-unreplied", "超期未办结"), (2, "replied-late", "逾期办结"), (3, "dispatch-late", "派单超时"), (4, "improper-return", "不当退单"),
            (5, "false-completion", "虚假办结"), (6, "repeated-reopening", "多次重办"), (7, "missing-four-ones", "四个一缺失"),
            (8, "sign-in-late", "签收超时"), (9, "contact-late", "联系超时"),
            (10, "assisting-late", "协办超时"), (11, "supervision-unanswered", "督办未反馈"));
        Measure.InValueOrder.Select(m => m.ChineseName).Should().Equal("催办", "限期整改", "督办通知", "通报批评", "书面反馈问责", "党纪政纪处分");
        AssessmentIndicator.InValueOrder.Select(i => (i.ChineseName, i.HigherIsBetter)).Should().Equal(
            ("签收率", true), ("办结率", true), ("按时办结率", true), ("回访率", true), ("解决率", true), ("满意率", true), ("重办率", false), ("及时签收率", true), ("响应率", true), ("催办率", false), ("协办按时反馈率", true));
        AccountabilityRule.DispatchLate.AtFault.Should().Be(AccountableParty.Platform);
        AccountabilityRule.FromCode("false-completion").Should().Be(AccountabilityRule.FalseCompletion);
        FourOnesItem.FromChineseName("值班制度").Should().Be(FourOnesItem.DutyRoster);
    }
}
