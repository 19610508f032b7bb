using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// 催办, 督办 and 提级办理 on a real overdue order: a complaint dispatched to 住建局 on Monday 2025-09-15 under the Baoji
/// preset (10 working days: due at 24:00 on Sunday 09-28, a make-up working day before National Day), reminded the day
/// after, supervised with 2 working days to answer, escalated to the city's 市住建委.
/// </summary>
public class SupervisionTests
{
    private static readonly UnitId City = new("市住建委");
    private static readonly Actor CityClerk = Actor.OfUnit(City, "sj-01");
    private static readonly Instant Due = Beijing("2025-09-29 00:00");

    private static Ticket Overdue(HandlingPolicy? policy = null)
    {
        var t = Ticket.Register(new TicketId("GD-20250915-0033"), TicketCategory.Complaint, "小区违建长期未拆除", policy ?? Policy, Operator, Beijing("2025-09-15 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-15 10:00"));
        return t;
    }

    [Fact]
    public void The_order_is_due_at_the_end_of_the_make_up_sunday()
    {
        Overdue().Deadline!.Value.DueAt.Should().Be(Due);
    }

    [Fact]
    public void A_reminder_before_or_after_the_deadline_is_counted_for_the_round_and_changes_no_deadline()
    {
        var t = Overdue();
        var deadline = t.Deadline;

        t.Remind("请抓紧办理", Supervisor, Beijing("2025-09-26 09:00"));
        t.Remind("已超期，请尽快办结", Supervisor, Beijing("2025-09-29 09:00"));

        (t.ReminderCount, t.LastRemindedAt).Should().Be((2, (Instant?)Beijing("2025-09-29 09:00")));
        t.Deadline.Should().Be(deadline);
        t.History[^1].Should().Be(new TicketReminded(5, Beijing("2025-09-29 09:00"), null, "sv-03", "已超期，请尽快办结"));
    }

    [Fact]
    public void A_reopen_starts_the_reminder_count_again()
    {
        var t = Overdue();
        t.Remind("请抓紧办理", Supervisor, Beijing("2025-09-29 09:00"));
        t.Reply("已处理", true, HousingClerk, Beijing("2025-09-30 09:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2025-10-09 09:00"));
        t.Reopen("违建仍在", Supervisor, Beijing("2025-10-09 10:00"));

        (t.ReminderCount, t.LastRemindedAt).Should().Be((0, (Instant?)null));
    }

    [Fact]
    public void Only_the_platform_reminds_and_only_while_a_deadline_runs_before_the_reply()
    {
        var t = Overdue();
        t.Refuses<TicketAuthorityException>(() => t.Remind("催", HousingClerk, Beijing("2025-09-29 09:00")), TicketRule.PlatformOnly);
        var registered = Registered();
        registered.Refuses<TicketStateException>(() => registered.Remind("催", Supervisor, Beijing("2026-09-30 16:00")), TicketRule.AllowedStatus);
        t.Reply("已处理", true, HousingClerk, Beijing("2025-09-30 09:00"));
        t.Refuses<TicketStateException>(() => t.Remind("催", Supervisor, Beijing("2025-09-30 10:00")), TicketRule.AllowedStatus);

        var signInClock = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();
        var waiting = Ticket.Register(new TicketId("GD-S"), TicketCategory.Complaint, "违建", signInClock, Operator, Beijing("2025-09-15 09:00"));
        waiting.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-15 09:30"));
        waiting.Refuses<TicketStateException>(() => waiting.Remind("催", Supervisor, Beijing("2025-09-15 10:00")), TicketRule.DeadlineRunning)
            .Message.Should().Contain("no handling deadline running yet").And.Contain("签收");
        waiting.Refuses<TicketStateException>(() => waiting.Supervise(SupervisionLevel.Routine, "督", 2, Supervisor, Beijing("2025-09-15 10:00")), TicketRule.DeadlineRunning);

        var returned = Dispatched();
        returned.Return("非本单位职责", HousingClerk, Beijing("2026-09-30 17:00"));
        returned.Remind("请尽快改派", Supervisor, Beijing("2026-09-30 17:30"));
        returned.ReminderCount.Should().Be(1, "a returned order's clock keeps running");
    }

    [Fact]
    public void A_supervision_is_open_until_the_lead_answers_and_its_answer_is_due_after_the_working_days_given()
    {
        var t = Overdue();

        t.Supervise(SupervisionLevel.Listed, "请2个工作日内反馈办理情况", 2, Supervisor, Beijing("2025-09-29 10:00"));

        t.OpenSupervision.Should().Be(new TicketSupervision(SupervisionLevel.Listed, Beijing("2025-09-29 10:00"), Beijing("2025-10-10 00:00")));
        t.History[^1].Should().Be(new TicketSupervised(4, Beijing("2025-09-29 10:00"), null, "sv-03", "listed", "请2个工作日内反馈办理情况", 2, Beijing("2025-10-10 00:00")));
        t.Refuses<TicketStateException>(() => t.Supervise(SupervisionLevel.Interview, "约谈", 1, Supervisor, Beijing("2025-09-29 11:00")), TicketRule.SupervisionAlreadyOpen)
            .Message.Should().Contain("挂牌督办").And.Contain("due 2025-10-10 00:00:00");

        t.AnswerSupervision("已制定拆除方案", HousingClerk, Beijing("2025-10-09 15:00"));

        t.OpenSupervision.Should().BeNull();
        t.History[^1].Should().BeOfType<TicketSupervisionAnswered>().Which.OnTime.Should().BeTrue();
        t.Supervise(SupervisionLevel.Interview, "约谈单位负责人", 1, Supervisor, Beijing("2025-10-09 16:00"));
        t.OpenSupervision!.Level.Should().Be(SupervisionLevel.Interview);
    }

    [Fact]
    public void A_late_answer_is_accepted_and_recorded_as_late_even_after_the_reply()
    {
        var t = Overdue();
        t.Supervise(SupervisionLevel.Routine, "请反馈", 2, Supervisor, Beijing("2025-09-29 10:00"));
        t.Reply("已拆除", true, HousingClerk, Beijing("2025-10-09 09:00"));

        t.AnswerSupervision("已拆除完毕", HousingClerk, Beijing("2025-10-10 00:00"));

        t.History[^1].Should().BeOfType<TicketSupervisionAnswered>().Which.OnTime.Should().BeFalse("at the due instant itself is late");
    }

    [Fact]
    public void Only_the_lead_answers_and_only_an_open_supervision()
    {
        var t = Overdue();
        t.Refuses<TicketStateException>(() => t.AnswerSupervision("答复", HousingClerk, Beijing("2025-09-29 10:00")), TicketRule.OpenSupervisionOnly);
        t.Supervise(SupervisionLevel.Routine, "请反馈", 2, Supervisor, Beijing("2025-09-29 10:00"));
        t.Refuses<TicketAuthorityException>(() => t.AnswerSupervision("答复", UrbanClerk, Beijing("2025-09-29 11:00")), TicketRule.DispatchedUnitOnly);
        t.Refuses<TicketAuthorityException>(() => t.AnswerSupervision("答复", Supervisor, Beijing("2025-09-29 11:00")), TicketRule.DispatchedUnitOnly);
        t.Refuses<TicketChronologyException>(() => t.AnswerSupervision("答复", HousingClerk, Beijing("2025-09-29 09:00")), TicketRule.Chronology);
    }

    [Fact]
    public void Escalation_keeps_the_deadline_and_the_assisting_units_and_the_new_lead_signs_for_the_order()
    {
        var t = Overdue();
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-16 09:00"));
        t.Remind("请抓紧办理", Supervisor, Beijing("2025-09-29 09:00"));
        var deadline = t.Deadline;

        t.Escalate(City, "区级无法协调，提级市级办理", Supervisor, Beijing("2025-09-30 09:00"));

        (t.Status, t.ResponsibleUnit, t.SignedInAt, t.IsDesignated).Should().Be((TicketStatus.Dispatched, City, (Instant?)null, true));
        t.Deadline.Should().Be(deadline, "the requester's clock does not restart");
        t.Assignments.Select(a => (a.Unit.Value, a.Role, a.AssignedAt)).Should().Equal(
            ("市住建委", AssignmentRole.Lead, Beijing("2025-09-30 09:00")), ("城管局", AssignmentRole.Assisting, Beijing("2025-09-16 09:00")));
        t.ReminderCount.Should().Be(1);
        t.Refuses<TicketAuthorityException>(() => t.Reply("已处理", true, HousingClerk, Beijing("2025-09-30 10:00")), TicketRule.DispatchedUnitOnly);
        t.Refuses<TicketStateException>(() => t.Return("非本单位职责", CityClerk, Beijing("2025-09-30 10:00")), TicketRule.DesignatedUnitCannotReturn);

        t.SignIn(CityClerk, Beijing("2025-09-30 10:00"));
        t.Deadline.Should().Be(deadline);
        t.ReportAssistance("已配合", UrbanClerk, Beijing("2025-09-30 11:00"));
        t.Reply("已拆除", true, CityClerk, Beijing("2025-10-09 09:00"));
        t.RepliedOnTime.Should().BeFalse();
    }

    [Fact]
    public void Under_a_sign_in_clock_the_escalated_leads_sign_in_keeps_the_deadline_running()
    {
        var signInClock = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();
        var t = Overdue(signInClock);
        var deadline = t.Deadline;
        t.Escalate(City, "提级", Supervisor, Beijing("2025-09-30 09:00"));

        t.SignIn(CityClerk, Beijing("2025-09-30 10:00"));

        t.Deadline.Should().Be(deadline);
        t.History[^1].Should().BeOfType<TicketSignedIn>().Which.DueAt.Should().BeNull("the sign-in fixes no deadline: one is running");
        Ticket.Rehydrate(signInClock, t.History).Deadline.Should().Be(deadline);
    }

    [Fact]
    public void Escalation_goes_to_another_unit_by_the_platform_before_the_reply()
    {
        var t = Overdue();
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-16 09:00"));

        t.Refuses<TicketStateException>(() => t.Escalate(Housing, "提级", Supervisor, Beijing("2025-09-30 09:00")), TicketRule.EscalateToAnotherUnit)
            .Message.Should().Contain("lead 住建局; assisting 城管局");
        t.Refuses<TicketStateException>(() => t.Escalate(Urban, "提级", Supervisor, Beijing("2025-09-30 09:00")), TicketRule.EscalateToAnotherUnit);
        t.Refuses<TicketAuthorityException>(() => t.Escalate(City, "提级", HousingClerk, Beijing("2025-09-30 09:00")), TicketRule.PlatformOnly);
        var registered = Registered();
        registered.Refuses<TicketStateException>(() => registered.Escalate(City, "提级", Supervisor, Beijing("2026-09-30 16:00")), TicketRule.AllowedStatus);
        t.ReportAssistance("已配合", UrbanClerk, Beijing("2025-09-30 09:30"));
        t.Reply("已处理", true, HousingClerk, Beijing("2025-09-30 10:00"));
        t.Refuses<TicketStateException>(() => t.Escalate(City, "提级", Supervisor, Beijing("2025-09-30 11:00")), TicketRule.AllowedStatus);
    }

    [Fact]
    public void The_supervision_chain_replays_through_the_same_rules()
    {
        var t = Overdue();
        t.Remind("请抓紧办理", Supervisor, Beijing("2025-09-29 09:00"));
        t.Supervise(SupervisionLevel.Listed, "请反馈", 2, Supervisor, Beijing("2025-09-29 10:00"));
        t.Escalate(City, "提级", Supervisor, Beijing("2025-09-30 09:00"));
        t.SignIn(CityClerk, Beijing("2025-09-30 10:00"));
        t.AnswerSupervision("市级已接手", CityClerk, Beijing("2025-10-10 09:00"));

        var replayed = Ticket.Rehydrate(Policy, t.History);

        Fingerprint.Of(replayed).Should().Be(Fingerprint.Of(t));
        replayed.History.Should().Equal(t.History);
    }

    [Fact]
    public void Replay_refuses_supervision_facts_no_live_action_could_record()
    {
        var t = Overdue();
        t.Supervise(SupervisionLevel.Listed, "请反馈", 2, Supervisor, Beijing("2025-09-29 10:00"));
        t.AnswerSupervision("已反馈", HousingClerk, Beijing("2025-10-09 09:00"));
        var history = t.History.ToList();
        var supervised = (TicketSupervised)history[3];

        Replayed(history.Take(3).Append(supervised with { Level = "urgent" })).Message.Should().EndWith("'urgent' is not a SupervisionLevel code.");
        Replayed(history.Take(3).Append(supervised with { Note = " " })).Message.Should().EndWith("the note is blank.");
        Replayed(history.Take(3).Append(supervised with { WorkingDays = 0 })).Message.Should().EndWith("a supervision given 0 working days to answer; a policy gives 1 to 1000.");
        Replayed(history.Take(3).Append(supervised with { WorkingDays = 1001 })).Rule.Should().Be(TicketRule.WellFormedHistory);
        Ticket.Rehydrate(Policy, history.Take(3).Append(supervised with { WorkingDays = 1000 })).OpenSupervision.Should().NotBeNull();
        Replayed(history.Take(3).Append(supervised with { RespondBy = supervised.At })).Message.Should().Contain("does not follow the supervision at");
        Replayed(history.Take(3).Append(supervised with { RespondBy = Instant.MaxValue })).Rule.Should().Be(TicketRule.WellFormedHistory);
        Replayed(history.Take(3).Append(supervised with { ByUnit = "住建局" })).Rule.Should().Be(TicketRule.PlatformOnly);
        Replayed(history.Take(4).Append(((TicketSupervisionAnswered)history[4]) with { OnTime = false })).Message
            .Should().EndWith("the supervision's answer is recorded as late but it came at 2025-10-09 09:00:00 (Asia/Shanghai) against the recorded due instant 2025-10-10 00:00:00 (Asia/Shanghai).");
        Replayed(history.Take(4).Append(((TicketSupervisionAnswered)history[4]) with { Answer = "" })).Message.Should().EndWith("the answer is blank.");
        Replayed(history.Append(new TicketSupervisionAnswered(6, Beijing("2025-10-09 10:00"), "住建局", "zj-11", "再答", true))).Rule.Should().Be(TicketRule.OpenSupervisionOnly);
        Replayed(history.Append(new TicketReminded(6, Beijing("2025-10-09 10:00"), null, "sv-03", "\t"))).Message.Should().EndWith("the note is blank.");
        Replayed(history.Append(new TicketEscalated(6, Beijing("2025-10-09 10:00"), null, "sv-03", " 市住建委", "提级"))).Message.Should().EndWith("the unit id ' 市住建委' is blank or padded.");
        Replayed(history.Append(new TicketEscalated(6, Beijing("2025-10-09 10:00"), null, "sv-03", "市住建委", ""))).Message.Should().EndWith("the reason is blank.");
        Replayed(history.Append(new TicketEscalated(6, Beijing("2025-10-09 10:00"), null, "sv-03", "住建局", "提级"))).Rule.Should().Be(TicketRule.EscalateToAnotherUnit);
    }

    [Fact]
    public void The_arguments_are_guarded_before_any_rule()
    {
        var t = Overdue();
        var at = Beijing("2025-09-29 09:00");

        t.Invoking(x => x.Remind(" ", Supervisor, at)).Should().Throw<ArgumentException>().WithParameterName("note").WithMessage("The note must not be blank.*");
        t.Invoking(x => x.Remind("催", null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        t.Invoking(x => x.Remind("催", Supervisor, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Invoking(x => x.Supervise(null!, "督", 2, Supervisor, at)).Should().Throw<ArgumentNullException>().WithParameterName("level");
        t.Invoking(x => x.Supervise(SupervisionLevel.Routine, "", 2, Supervisor, at)).Should().Throw<ArgumentException>().WithParameterName("note");
        t.Invoking(x => x.Supervise(SupervisionLevel.Routine, "督", 0, Supervisor, at)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("respondWithinWorkingDays");
        t.Invoking(x => x.Supervise(SupervisionLevel.Routine, "督", 11, Supervisor, at)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("respondWithinWorkingDays");
        t.Invoking(x => x.Supervise(SupervisionLevel.Routine, "督", 2, null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        t.Invoking(x => x.Supervise(SupervisionLevel.Routine, "督", 2, Supervisor, Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Invoking(x => x.AnswerSupervision(" ", HousingClerk, at)).Should().Throw<ArgumentException>().WithParameterName("answer").WithMessage("The answer must not be blank.*");
        t.Invoking(x => x.AnswerSupervision("答", null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        t.Invoking(x => x.AnswerSupervision("答", HousingClerk, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Invoking(x => x.Escalate(null!, "提级", Supervisor, at)).Should().Throw<ArgumentNullException>().WithParameterName("unit");
        t.Invoking(x => x.Escalate(City, " ", Supervisor, at)).Should().Throw<ArgumentException>().WithParameterName("reason");
        t.Invoking(x => x.Escalate(City, "提级", null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        t.Invoking(x => x.Escalate(City, "提级", Supervisor, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Version.Should().Be(3);
    }

    [Fact]
    public void Supervision_levels_are_pinned()
    {
        SupervisionLevel.InValueOrder.Select(l => (l.Value, l.Code, l.ChineseName)).Should().Equal(
            (1, "routine", "日常督办"), (2, "listed", "挂牌督办"), (3, "interview", "约谈督办"));
        AssignmentRole.InValueOrder.Select(r => (r.Value, r.Code, r.ChineseName)).Should().Equal((1, "lead", "主办"), (2, "assisting", "协办"));
        AssignmentRole.FromChineseName("协办单位").Should().BeSameAs(AssignmentRole.Assisting);
    }

    private static TicketHistoryException Replayed(IEnumerable<TicketEvent> history) =>
        FluentActions.Invoking(() => Ticket.Rehydrate(Policy, history)).Should().Throw<TicketHistoryException>().Which;

    [Fact]
    public void The_refusals_and_replay_checks_say_what_is_missing()
    {
        var t = Overdue();

        t.Refuses<TicketStateException>(() => t.AnswerSupervision("已反馈", HousingClerk, Beijing("2025-09-29 10:00")), TicketRule.OpenSupervisionOnly).Message
            .Should().Be("[open-supervision-only] Ticket GD-20250915-0033 has no open supervision to answer.");
        FluentActions.Invoking(() => t.Supervise(SupervisionLevel.Routine, " ", 2, Supervisor, Beijing("2025-09-29 10:00"))).Should().Throw<ArgumentException>()
            .WithParameterName("note").WithMessage("The note must not be blank.*");
        FluentActions.Invoking(() => t.Escalate(City, "", Supervisor, Beijing("2025-09-29 10:00"))).Should().Throw<ArgumentException>()
            .WithParameterName("reason").WithMessage("The reason must not be blank.*");

        var history = t.History.ToList();
        Replayed(history.Append(new TicketReminded(4, Beijing("2025-09-29 09:00"), "住建局", "zj-11", "催办"))).Rule.Should().Be(TicketRule.PlatformOnly);
        t.Supervise(SupervisionLevel.Routine, "请反馈", 2, Supervisor, Beijing("2025-09-29 10:00"));
        Replayed(t.History.Append(new TicketSupervisionAnswered(5, Beijing("2025-10-10 09:00"), "住建局", "zj-11", "已反馈", true))).Message
            .Should().Contain("the supervision's answer is recorded as on time but it came at 2025-10-10 09:00");
    }

}
