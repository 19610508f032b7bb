using Hotline.Domain.Accountability;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// The review and the assessment at their edges: events exactly at the as-of instant, deadlines exactly at their
/// <c>DueAt</c>, the dereliction step exactly at its threshold, the period's first and last local days, and what a new
/// handling round (重办) clears. November 2026 under the Baoji 2019 policy, as in <see cref="NovemberTickets"/>.
/// </summary>
public class ReviewBoundaryAndRoundTests
{
    private static readonly Duration Tick = Duration.FromTicks(1);

    private static Ticket Register(string id, TicketCategory category, string at) =>
        Ticket.Register(new TicketId(id), category, "市民诉求 " + id, Policy, Operator, Beijing(at));

    [Fact]
    public void The_review_refuses_bad_arguments_naming_them()
    {
        var unit = Units()[0];

        FluentActions.Invoking(() => AccountabilityReview.Review(null!, AsOf)).Should().Throw<ArgumentException>().WithParameterName("tickets");
        FluentActions.Invoking(() => AccountabilityReview.Review([], null!, AsOf, EscalationLadder.Default)).Should().Throw<ArgumentException>().WithParameterName("units");
        FluentActions.Invoking(() => AccountabilityReview.Review([], AsOf, null!)).Should().Throw<ArgumentException>().WithParameterName("ladder");
        FluentActions.Invoking(() => AccountabilityReview.Review([], [unit, null!], AsOf, EscalationLadder.Default)).Should().Throw<ArgumentException>()
            .WithParameterName("units").WithMessage("A responsible unit is null.*");
        FluentActions.Invoking(() => AccountabilityReview.Review([], [unit, Units()[1], unit], AsOf, EscalationLadder.Default)).Should().Throw<ArgumentException>()
            .WithParameterName("units").WithMessage("Unit 交通局 is given twice.*");
        FluentActions.Invoking(() => AccountabilityReview.Review([H1OnTimeSatisfied(), null!], AsOf)).Should().Throw<ArgumentException>()
            .WithParameterName("tickets").WithMessage("A ticket is null.*");
        FluentActions.Invoking(() => AccountabilityReview.Review([H3OverdueHelpRequest(), H1OnTimeSatisfied(), H3OverdueHelpRequest()], AsOf)).Should().Throw<ArgumentException>()
            .WithParameterName("tickets").WithMessage("Ticket GD-20261116-001 is given twice; each ticket counts once.*");
        FluentActions.Invoking(() => AccountabilityReview.Combine(null!)).Should().Throw<ArgumentException>().WithParameterName("parts");
        FluentActions.Invoking(() => AccountabilityReview.Combine([[], null!])).Should().Throw<ArgumentException>()
            .WithParameterName("parts").WithMessage("A partial review, or a finding in it, is null.*");
    }

    [Fact]
    public void A_units_own_finding_comes_before_its_ticket_findings_and_combining_restores_the_order()
    {
        var housing = new ResponsibleUnit(Housing, "市住房和城乡建设局", null, "PC-ZJ-01", "zj-11", "zj-leader", new DutyRoster(Enumerable.Range(1, 7).Select(d => new DutyAssignment((IsoDayOfWeek)d, "zj-11"))));
        var transport = Units()[0];

        var findings = AccountabilityReview.Review([H3OverdueHelpRequest(), U3NeverSigned()], [transport, housing], AsOf, EscalationLadder.Default);

        findings.Select(f => (f.Unit.Value, f.Ticket?.Value, f.Rule.Name)).Should().Equal(
            ("住建局", null, "MissingFourOnes"),
            ("住建局", "GD-20261116-001", "OverdueUnreplied"),
            ("城管局", "GD-20261126-001", "OverdueUnreplied"));
        findings[0].Reasons.Should().Equal("\"四个一\"缺失: 市住房和城乡建设局 lacks 一部电话 (Telephone).", "限期整改 (Rectification).");

        var reversed = AccountabilityReview.Combine([findings.Skip(2).ToList(), findings.Skip(1).Take(1).ToList(), findings.Take(1).ToList()]);
        reversed.Should().Equal(findings);
        AccountabilityReview.Combine([]).Should().BeEmpty();
    }

    [Fact]
    public void Findings_of_one_ticket_are_listed_in_rule_order()
    {
        // H2: 逾期办结 (2), 派单超时 (3), 虚假办结 (5); combined from parts holding them in reverse.
        var findings = AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], AsOf);
        var rules = findings.Select(f => f.Rule.Value).ToList();

        rules.Should().Equal(2, 3, 5);
        AccountabilityReview.Combine(findings.Reverse().Select(f => (IReadOnlyList<Finding>)[f])).Should().Equal(findings);
    }

    [Fact]
    public void A_reply_at_exactly_the_as_of_instant_counts_and_one_tick_earlier_it_does_not()
    {
        var replyAt = Beijing("2026-11-19 15:00"); // H2's late reply, due Tue 11-17

        AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], replyAt).Select(f => (f.Rule, f.WorkingDaysPastDeadline)).Should().Equal(
            (AccountabilityRule.RepliedLate, (int?)2), (AccountabilityRule.DispatchLate, null));
        AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], replyAt - Tick).Select(f => (f.Rule, f.WorkingDaysPastDeadline)).Should().Equal(
            (AccountabilityRule.OverdueUnreplied, (int?)2), (AccountabilityRule.DispatchLate, null));

        var at = Assessment.Of([H2LateDispatchLateReplyFalseCompletion()], November, replyAt).CityWide;
        (at.Due, at.Replied, at.RepliedOnTime).Should().Be((1, 1, 0));
        var before = Assessment.Of([H2LateDispatchLateReplyFalseCompletion()], November, replyAt - Tick).CityWide;
        (before.Due, before.Replied).Should().Be((1, 0));
    }

    [Fact]
    public void A_ticket_is_overdue_from_exactly_its_due_instant_and_not_one_tick_before()
    {
        // H3: help request due Thu 11-19, so due at Fri 11-20 00:00; the 20th is the first working day past.
        var dueAt = Beijing("2026-11-20 00:00");

        AccountabilityReview.Review([H3OverdueHelpRequest()], dueAt - Tick).Should().BeEmpty();
        var finding = AccountabilityReview.Review([H3OverdueHelpRequest()], dueAt).Single();
        (finding.Rule, finding.WorkingDaysPastDeadline, finding.RecommendedMeasure).Should().Be((AccountabilityRule.OverdueUnreplied, (int?)1, Measure.Reminder));
        finding.Reasons[0].Should().Be("超期未办结: not replied by 2026-11-20 00:00; the deadline was 2026-11-19 (due at 2026-11-20 00:00), 1 working day(s) ago on China (mainland).");
        finding.Reasons[1].Should().Be("Escalation ladder at 1 working day(s): 催办 (Reminder).");

        Assessment.Of([H3OverdueHelpRequest()], November, dueAt - Tick).CityWide.Due.Should().Be(0);
        Assessment.Of([H3OverdueHelpRequest()], November, dueAt).CityWide.Due.Should().Be(1);
    }

    [Fact]
    public void Dereliction_starts_exactly_at_its_threshold_and_the_reasons_say_which_step_applies()
    {
        // A consultation dispatched Wed 11-25, due Fri 11-27: Thu 12-10 is the 9th working day past, Fri 12-11 the 10th.
        var t = Register("GD-DERELICT", TicketCategory.Consultation, "2026-11-25 09:00");
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-25 09:05"));

        var ninth = AccountabilityReview.Review([t], Beijing("2026-12-10 09:00")).Single();
        ninth.Reasons.Should().Equal(
            "超期未办结: not replied by 2026-12-10 09:00; the deadline was 2026-11-27 (due at 2026-11-28 00:00), 9 working day(s) ago on China (mainland).",
            "Escalation ladder at 9 working day(s): 通报批评 (Criticism).");

        var tenth = AccountabilityReview.Review([t], Beijing("2026-12-11 09:00")).Single();
        tenth.Reasons.Should().Equal(
            "超期未办结: not replied by 2026-12-11 09:00; the deadline was 2026-11-27 (due at 2026-11-28 00:00), 10 working day(s) ago on China (mainland).",
            "Still unreplied 10 working days past the deadline (from 10: dereliction, 失职): written feedback to the department recommending accountability (书面反馈问责).");

        var earlier = EscalationLadder.CreateBuilder().DerelictionFrom(9).Build();
        AccountabilityReview.Review([t], Beijing("2026-12-10 09:00"), earlier).Single().Reasons[1].Should().Be(
            "Still unreplied 9 working days past the deadline (from 9: dereliction, 失职): written feedback to the department recommending accountability (书面反馈问责).");
    }

    [Fact]
    public void A_late_reply_on_an_extended_deadline_says_so_and_counts_from_the_extended_date()
    {
        // 特别复杂 complaint dispatched Mon 11-02 (due Mon 11-16), extended by 2 → Wed 11-18; replied Fri 11-20: 2 working days late.
        var t = Register("GD-EXT-LATE", TicketCategory.Complaint, "2026-11-02 09:00");
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 09:30"));
        t.RequestExtension(2, "需协调", Clerk(Housing), Beijing("2026-11-10 10:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-11-10 14:00"));
        t.Reply("已解决", true, Clerk(Housing), Beijing("2026-11-20 10:00"));

        var finding = AccountabilityReview.Review([t], AsOf).Single();

        finding.Should().Be(new Finding(
            AccountabilityRule.RepliedLate,
            Housing,
            new TicketId("GD-EXT-LATE"),
            [new FindingFact(FactKind.Due, Beijing("2026-11-19 00:00")), new FindingFact(FactKind.Replied, Beijing("2026-11-20 10:00"))],
            2,
            Measure.SupervisionNotice,
            [
                "逾期办结: replied 2026-11-20 10:00, after the deadline (extended) 2026-11-18 (due at 2026-11-19 00:00): 2 working day(s) late.",
                "Escalation ladder at 2 working day(s): 督办通知 (SupervisionNotice).",
            ]));
    }

    [Fact]
    public void A_reopened_round_has_its_own_deadline_which_is_not_extended()
    {
        // 特别复杂 complaint dispatched Mon 11-02, extended by 5 (due Mon 11-23), replied 11-06 "not resolved", callback
        // unresolved → reopened Mon 11-09 11:00: the new round is due Mon 11-23 without extension; unreplied by 12-01.
        var t = Register("GD-EXT-REOPEN", TicketCategory.Complaint, "2026-11-02 09:00");
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 09:30"));
        t.RequestExtension(5, "需协调", Clerk(Housing), Beijing("2026-11-03 10:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-11-03 14:00"));
        t.Reply("暂未解决", false, Clerk(Housing), Beijing("2026-11-06 10:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-06 16:00"));
        t.Reopen("未解决", Supervisor, Beijing("2026-11-09 11:00"));

        var finding = AccountabilityReview.Review([t], AsOf).Single();

        (finding.Rule, finding.WorkingDaysPastDeadline, finding.RecommendedMeasure).Should().Be((AccountabilityRule.OverdueUnreplied, (int?)6, Measure.SupervisionNotice));
        finding.Reasons[0].Should().Be("超期未办结: not replied by 2026-12-01 09:00; the deadline was 2026-11-23 (due at 2026-11-24 00:00), 6 working day(s) ago on China (mainland).");

        t.Reply("已解决", true, Clerk(Housing), Beijing("2026-11-25 10:00"));
        var late = AccountabilityReview.Review([t], AsOf).Single();
        late.Reasons[0].Should().Be("逾期办结: replied 2026-11-25 10:00, after the deadline 2026-11-23 (due at 2026-11-24 00:00): 2 working day(s) late.");
    }

    [Fact]
    public void A_reopened_ticket_replied_again_but_not_yet_called_back_is_replied_and_not_called_back()
    {
        // Round 1: replied resolved, callback resolved but 不满意 → reopened 11-06; round 2 replied 11-10, no callback yet.
        var t = Register("GD-ROUND2", TicketCategory.Complaint, "2026-11-02 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 09:30"));
        t.Reply("已处理", true, Clerk(Housing), Beijing("2026-11-04 10:00"));
        t.RecordCallback(true, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-05 10:00"));
        t.Reopen("对处理结果不满意", Supervisor, Beijing("2026-11-06 11:00"));
        t.Reply("已再次处理", true, Clerk(Housing), Beijing("2026-11-10 10:00"));

        var a = Assessment.Of([t], November, AsOf).CityWide;

        (a.Dispatched, a.Due, a.Replied, a.RepliedOnTime, a.CalledBack, a.Resolved, a.Satisfied, a.Reopened).Should().Be((1, 1, 1, 1, 0, 0, 0, 1));
        a.CallbackRate.ToString().Should().Be("0.0%");
        AccountabilityReview.Review([t], AsOf).Should().BeEmpty("resolved callbacks and one reopening are no finding");

        t.RecordCallback(true, Satisfaction.VerySatisfied, Operator, Beijing("2026-11-11 10:00"));
        var called = Assessment.Of([t], November, AsOf).CityWide;
        (called.CalledBack, called.Resolved, called.Satisfied).Should().Be((1, 1, 1));
    }

    [Theory]
    [InlineData("VerySatisfied", true, 1, 1)]
    [InlineData("Satisfied", true, 1, 1)]
    [InlineData("BasicallySatisfied", true, 1, 0)]
    [InlineData("Dissatisfied", true, 0, 0)]
    [InlineData("VeryDissatisfied", false, 0, 0)]
    public void Satisfied_counts_very_satisfied_and_satisfied_and_basically_satisfied_unless_excluded(string satisfaction, bool resolved, int byDefault, int excluding)
    {
        var t = Register("GD-SAT", TicketCategory.Consultation, "2026-11-10 09:00");
        t.Dispatch(Market, Complexity.General, Supervisor, Beijing("2026-11-10 09:05"));
        t.SignIn(Clerk(Market), Beijing("2026-11-10 09:10"));
        t.Reply("已答复", true, Clerk(Market), Beijing("2026-11-11 10:00"));
        t.RecordCallback(resolved, Satisfaction.FromName(satisfaction), Operator, Beijing("2026-11-12 10:00"));

        var lenient = Assessment.Of([t], November, AsOf).CityWide;
        var strict = Assessment.Of([t], November, AsOf, AssessmentOptions.ExcludingBasicallySatisfied).CityWide;

        (lenient.CalledBack, lenient.Resolved, lenient.Satisfied).Should().Be((1, resolved ? 1 : 0, byDefault));
        (strict.CalledBack, strict.Resolved, strict.Satisfied).Should().Be((1, resolved ? 1 : 0, excluding));
    }

    [Theory]
    [InlineData("2026-10-31 23:59", false)]
    [InlineData("2026-11-01 00:00", true)]
    [InlineData("2026-11-01 00:30", true)] // still 10-31 in UTC: the period is in local dates
    [InlineData("2026-11-30 23:59", true)]
    [InlineData("2026-12-01 00:00", false)]
    public void A_ticket_belongs_to_the_period_by_the_local_date_of_its_latest_dispatch(string dispatchedAt, bool inNovember)
    {
        var t = Register("GD-EDGE", TicketCategory.Complaint, dispatchedAt);
        t.Dispatch(Transport, Complexity.General, Supervisor, Beijing(dispatchedAt));

        var a = Assessment.Of([t], November, AsOf);

        a.CityWide.Dispatched.Should().Be(inNovember ? 1 : 0);
        a.Units.Select(u => u.Unit).Should().Equal(inNovember ? [Transport] : []);
    }

    [Fact]
    public void Under_a_sign_in_clock_the_ticket_is_due_from_its_sign_in_and_signing_again_after_a_rejected_return_keeps_it()
    {
        var signIn = HandlingPolicy.CreateBuilder("签收起算", ChinaCalendars.Mainland).ClockStartsAt(ClockStart.SignIn).Limit(TicketCategory.Complaint, 10).Build();
        var t = Ticket.Register(new TicketId("GD-SIGNIN"), TicketCategory.Complaint, "签收起算", signIn, Operator, Beijing("2026-11-02 09:00"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Urban), Beijing("2026-11-03 09:00")); // due Tue 11-17

        var a = Assessment.Of([t], November, Beijing("2026-11-18 00:00")).CityWide;
        (a.Signed, a.Due).Should().Be((1, 1));
        Assessment.Of([t], November, Beijing("2026-11-18 00:00") - Tick).CityWide.Due.Should().Be(0);
        AccountabilityReview.Review([t], Beijing("2026-11-18 09:00")).Single().Facts[1].Should().Be(new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00")));
    }

    [Fact]
    public void Beyond_the_calendar_coverage_a_policy_allowing_provisional_answers_counts_weekdays()
    {
        // H3's deadline Thu 2026-11-19, reviewed Mon 2027-03-01: 30 working days to the end of 2026, then the weekday
        // rule beyond the coverage: 21 in January, 20 in February, 1 in March.
        var provisional = HandlingPolicy.Baoji2019.ToBuilder().AllowProvisionalDeadlines().Build();
        var t = Ticket.Register(new TicketId("GD-2027"), TicketCategory.HelpRequest, "跨年", provisional, Operator, Beijing("2026-11-16 09:00"));
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-16 09:02"));

        var finding = AccountabilityReview.Review([t], Beijing("2027-03-01 09:00")).Single();

        finding.WorkingDaysPastDeadline.Should().Be(72);
        finding.RecommendedMeasure.Should().Be(Measure.AccountabilityFeedback);
    }

    [Fact]
    public void A_recorded_deadline_date_after_the_reply_counts_zero_working_days_never_negative()
    {
        // A stored history whose recorded due date (Mon 11-30) lies after its recorded due instant (11-17 00:00) and
        // after the late reply (11-20): the lateness is clamped to 0 working days, a reminder.
        var start = Beijing("2026-11-02 09:00");
        var history = new TicketEvent[]
        {
            new TicketRegistered(1, start, null, "op-01", "GD-DRIFT", "complaint", "投诉"),
            new TicketDispatched(2, start, null, "dp-02", "住建局", "general", start, 10, new LocalDate(2026, 11, 30), Beijing("2026-11-17 00:00"), false),
            new TicketSignedIn(3, start, "住建局", "zj-11", null, null, null, null, false),
            new TicketReplied(4, Beijing("2026-11-20 10:00"), "住建局", "zj-11", "已处理", true, false),
        };
        var ticket = Ticket.Rehydrate(Policy, history);

        var finding = AccountabilityReview.Review([ticket], AsOf).Single();

        (finding.Rule, finding.WorkingDaysPastDeadline, finding.RecommendedMeasure).Should().Be((AccountabilityRule.RepliedLate, (int?)0, Measure.Reminder));
    }
}
