using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// The supervision chain of a real overdue order and what it is found and counted as: a complaint dispatched to 住建局 on
/// Monday 2025-09-15 under the Baoji preset, due at 24:00 on Sunday 09-28 (a make-up working day); reminded (催办) on
/// 09-29, the day after; supervised (日常督办) the same morning with 2 working days to answer (09-30 and, after National
/// Day, 10-09: due at 24:00 on 10-09); escalated (提级办理) to 市住建委 on 09-30.
/// </summary>
public class SupervisionAccountabilityTests
{
    private static readonly UnitId City = new("市住建委");
    private static readonly Actor CityClerk = Actor.OfUnit(City, "sj-01");
    private static readonly DateInterval September = new(new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30));
    private static readonly Instant RespondBy = Beijing("2025-10-10 00:00");

    private static Ticket Chain()
    {
        var t = Ticket.Register(new TicketId("GD-20250915-0033"), TicketCategory.Complaint, "小区违建长期未拆除", Policy, Operator, Beijing("2025-09-15 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-15 10:00"));
        t.Remind("已超期，请尽快办结", Supervisor, Beijing("2025-09-29 09:00"));
        t.Supervise(SupervisionLevel.Routine, "请于两个工作日内反馈", 2, Supervisor, Beijing("2025-09-29 10:00"));
        t.Escalate(City, "区级无法协调，提级市级办理", Supervisor, Beijing("2025-09-30 09:00"));
        t.SignIn(CityClerk, Beijing("2025-09-30 10:00"));
        return t;
    }

    private static IReadOnlyList<Finding> Review(Ticket t, Instant asOf, EscalationLadder? ladder = null) =>
        AccountabilityReview.Review([t], [], asOf, ladder ?? EscalationLadder.Default, AccountabilityRuleSet.BuiltIn);

    [Fact]
    public void The_chain_records_the_answer_due_at_the_end_of_the_first_working_day_after_the_holiday()
    {
        Chain().OpenSupervision.Should().Be(new TicketSupervision(SupervisionLevel.Routine, Beijing("2025-09-29 10:00"), RespondBy));
    }

    [Fact]
    public void An_unanswered_supervision_is_found_against_the_lead_at_the_as_of_instant_once_its_answer_is_due()
    {
        var t = Chain();

        Review(t, Beijing("2025-10-09 23:59")).Should().NotContain(f => f.Rule == AccountabilityRule.SupervisionUnanswered);
        var found = Review(t, Beijing("2025-10-10 00:00")).Should().ContainSingle(f => f.Rule == AccountabilityRule.SupervisionUnanswered).Subject;

        (found.Unit, found.Ticket, found.RecommendedMeasure, found.WorkingDaysPastDeadline).Should().Be((City, t.Id, Measure.Criticism, (int?)null));
        found.Facts.Should().Equal(
            new FindingFact(FactKind.Supervised, Beijing("2025-09-29 10:00")), new FindingFact(FactKind.SupervisionDue, RespondBy), new FindingFact(FactKind.AsOf, Beijing("2025-10-10 00:00")));
        found.Reasons.Should().Equal(
            "督办未反馈: 日常督办 (Routine) opened 2025-09-29 10:00, unanswered by 2025-10-10 00:00; the answer was due before 2025-10-10 00:00.",
            "The ladder's measure for 督办未反馈: 通报批评 (Criticism).");
    }

    [Fact]
    public void A_late_answer_is_found_against_the_unit_that_answered_and_an_on_time_one_is_not()
    {
        var late = Chain();
        late.AnswerSupervision("已组织拆除", CityClerk, Beijing("2025-10-10 09:00"));
        var onTime = Chain();
        onTime.AnswerSupervision("已组织拆除", CityClerk, Beijing("2025-10-09 17:00"));
        var asOf = Beijing("2025-10-13 12:00");

        var found = Review(late, asOf).Should().ContainSingle(f => f.Rule == AccountabilityRule.SupervisionUnanswered).Subject;
        (found.Unit, found.Facts[2]).Should().Be((City, new FindingFact(FactKind.SupervisionAnswered, Beijing("2025-10-10 09:00"))));
        found.Reasons[0].Should().Be("督办未反馈: 日常督办 (Routine) opened 2025-09-29 10:00, answered 2025-10-10 09:00; the answer was due before 2025-10-10 00:00.");
        Review(onTime, asOf).Should().NotContain(f => f.Rule == AccountabilityRule.SupervisionUnanswered);
    }

    [Fact]
    public void Every_supervision_of_the_order_is_judged_and_a_close_ends_an_open_one()
    {
        var t = Ticket.Register(new TicketId("GD-20250915-0034"), TicketCategory.Complaint, "小区违建长期未拆除", Policy, Operator, Beijing("2025-09-15 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-15 10:00"));
        t.Supervise(SupervisionLevel.Routine, "请反馈", 1, Supervisor, Beijing("2025-09-16 09:00"));
        t.AnswerSupervision("正在办理", HousingClerk, Beijing("2025-09-18 09:00"));
        t.Supervise(SupervisionLevel.Listed, "挂牌督办", 1, Supervisor, Beijing("2025-09-18 10:00"));
        t.Reply("已拆除", true, HousingClerk, Beijing("2025-09-22 09:00"));
        t.Close(Supervisor, Beijing("2025-09-23 09:00"));

        Review(t, Beijing("2025-10-13 12:00")).Where(f => f.Rule == AccountabilityRule.SupervisionUnanswered).Select(f => (f.Facts[0].At, f.Facts[2])).Should().Equal(
            (Beijing("2025-09-16 09:00"), new FindingFact(FactKind.SupervisionAnswered, Beijing("2025-09-18 09:00"))),
            (Beijing("2025-09-18 10:00"), new FindingFact(FactKind.Ended, Beijing("2025-09-23 09:00"))));
        Review(t, Beijing("2025-10-13 12:00"))[^1].Reasons[0].Should().Be(
            "督办未反馈: 挂牌督办 (Listed) opened 2025-09-18 10:00, unanswered when the order was closed 2025-09-23 09:00; the answer was due before 2025-09-20 00:00.");

        var closedEarly = Ticket.Register(new TicketId("GD-20250915-0035"), TicketCategory.Complaint, "小区违建长期未拆除", Policy, Operator, Beijing("2025-09-15 09:00"));
        closedEarly.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));
        closedEarly.SignIn(HousingClerk, Beijing("2025-09-15 10:00"));
        closedEarly.Supervise(SupervisionLevel.Routine, "请反馈", 3, Supervisor, Beijing("2025-09-16 09:00"));
        closedEarly.Reply("已拆除", true, HousingClerk, Beijing("2025-09-17 09:00"));
        closedEarly.Close(Supervisor, Beijing("2025-09-17 10:00"));
        Review(closedEarly, Beijing("2025-10-13 12:00")).Should().NotContain(f => f.Rule == AccountabilityRule.SupervisionUnanswered, "closed before the answer was due");
    }

    [Fact]
    public void The_ladder_counts_from_the_last_reminder_and_raises_the_overdue_measure_to_at_least_its_step()
    {
        var t = Chain();
        var ladder = EscalationLadder.CreateBuilder().AfterReminder(5, Measure.Criticism).Build();

        // 10-13: 6 working days past the deadline (督办通知), 5 after the reminder of 09-29 (09-30, 10-09, 10-10, the
        // make-up Saturday 10-11, 10-13).
        var overdue = Review(t, Beijing("2025-10-13 12:00"), ladder).Single(f => f.Rule == AccountabilityRule.OverdueUnreplied);
        (overdue.Unit, overdue.WorkingDaysPastDeadline, overdue.RecommendedMeasure).Should().Be((City, (int?)6, Measure.Criticism));
        overdue.Facts[^1].Should().Be(new FindingFact(FactKind.Reminded, Beijing("2025-09-29 09:00")));
        overdue.Reasons.Should().Equal(
            "超期未办结: not replied by 2025-10-13 12:00; the deadline was 2025-09-28 (due at 2025-09-29 00:00), 6 working day(s) ago on " + Policy.Calendar.Name + ".",
            "Escalation ladder at 6 working day(s): 督办通知 (SupervisionNotice).",
            "Still unreplied 5 working day(s) after the last reminder (催办) of 2025-09-29 09:00: the step after the reminder asks at least 通报批评 (Criticism); recommended: 通报批评 (Criticism).");

        var before = Review(t, Beijing("2025-10-11 12:00"), ladder).Single(f => f.Rule == AccountabilityRule.OverdueUnreplied);
        (before.WorkingDaysPastDeadline, before.RecommendedMeasure, before.Facts.Count, before.Reasons.Count).Should().Be(((int?)5, Measure.SupervisionNotice, 3, 2));
        Review(t, Beijing("2025-10-13 12:00")).Single(f => f.Rule == AccountabilityRule.OverdueUnreplied).Should()
            .Match<Finding>(f => f.RecommendedMeasure == Measure.SupervisionNotice && f.Facts.Count == 3, "the default ladder has no step after the reminder");
    }

    [Fact]
    public void A_step_after_the_reminder_never_lowers_the_deadline_step()
    {
        var t = Chain();
        var ladder = EscalationLadder.CreateBuilder().AfterReminder(1, Measure.Reminder).Build();

        var overdue = Review(t, Beijing("2025-10-13 12:00"), ladder).Single(f => f.Rule == AccountabilityRule.OverdueUnreplied);
        (overdue.RecommendedMeasure, overdue.Facts.Count).Should().Be((Measure.SupervisionNotice, 4));
        overdue.Reasons[2].Should().EndWith("asks at least 催办 (Reminder); recommended: 督办通知 (SupervisionNotice).");
    }

    [Fact]
    public void The_reminder_rate_counts_the_units_tickets_reminded_while_it_led_them()
    {
        var reminded = Ticket.Register(new TicketId("GD-20250915-0040"), TicketCategory.Complaint, "小区违建长期未拆除", Policy, Operator, Beijing("2025-09-15 09:00"));
        reminded.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));
        reminded.Remind("请抓紧办理", Supervisor, Beijing("2025-09-26 09:00"));
        reminded.Remind("已超期", Supervisor, Beijing("2025-09-29 09:00"));
        var quiet = Ticket.Register(new TicketId("GD-20250915-0041"), TicketCategory.Complaint, "小区违建长期未拆除", Policy, Operator, Beijing("2025-09-15 09:00"));
        quiet.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));

        var report = Assessment.Of([reminded, quiet, Chain()], September, Beijing("2025-10-13 12:00"));

        (report.For(Housing)!.Reminded, report.For(Housing)!.ReminderRate).Should().Be((1, new Rate(1, 2)), "two reminders are one ticket reminded");
        (report.For(City)!.Reminded, report.For(City)!.Dispatched).Should().Be((0, 1), "市住建委 was not reminded after the escalation made it the lead");
        report.CityWide.ReminderRate.Should().Be(new Rate(1, 3));
        report.Rank(AssessmentIndicator.ReminderRate, TieRanking.Dense).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(("市住建委", 1), ("住建局", 2));
        AssessmentIndicator.ReminderRate.HigherIsBetter.Should().BeFalse();
    }

    [Fact]
    public void The_reviewed_ticket_shows_the_rounds_reminders()
    {
        var reviewed = ReviewedTicket.Of(Chain(), Beijing("2025-10-13 12:00"));

        (reviewed.ReminderCount, reviewed.LastRemindedAt).Should().Be((1, (Instant?)Beijing("2025-09-29 09:00")));
        ReviewedTicket.Of(Chain(), Beijing("2025-09-29 08:00")).Should().Match<ReviewedTicket>(r => r.ReminderCount == 0 && r.LastRemindedAt == null);
    }
}
