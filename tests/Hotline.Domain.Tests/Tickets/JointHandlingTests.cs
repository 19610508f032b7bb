using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// 主办/协办 on one order: noise from a construction site, dispatched on Friday 2025-09-26 to 住建局 (lead), with 城管局
/// and 生态环境局 assisting with 3 working days each. Around National Day 2025 (10-01 to 10-08 off; Sunday 09-28 and
/// Saturday 10-11 are make-up working days) their reports are due at 24:00 on Tuesday 09-30; 生态环境局 reports late.
/// </summary>
public class JointHandlingTests
{
    private static readonly UnitId Ecology = new("生态环境局");
    private static readonly UnitId Water = new("水务局");
    private static readonly Actor EcologyClerk = Actor.OfUnit(Ecology, "st-41");
    private static readonly Actor WaterClerk = Actor.OfUnit(Water, "sw-31");
    private static readonly Instant AssistingDue = Beijing("2025-10-01 00:00");

    private static Ticket Lead(HandlingPolicy? policy = null)
    {
        var t = Ticket.Register(new TicketId("GD-20250926-0107"), TicketCategory.Complaint, "工地夜间施工噪音扰民", policy ?? Policy, Operator, Beijing("2025-09-26 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-26 10:00"));
        return t;
    }

    private static Ticket Joint(HandlingPolicy? policy = null)
    {
        var t = Lead(policy);
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-26 11:00"));
        t.AddAssistingUnit(Ecology, 3, Dispatcher, Beijing("2025-09-26 11:05"));
        return t;
    }

    private static Ticket Reported()
    {
        var t = Joint();
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));
        t.ReportAssistance("噪声监测超标", EcologyClerk, Beijing("2025-10-09 10:00"));
        return t;
    }

    [Fact]
    public void The_assignments_list_the_lead_first_then_the_assisting_units_in_the_order_added()
    {
        var t = Joint();

        t.Assignments.Select(a => (a.Unit.Value, a.Role, a.AssignedAt, a.DueAt, a.ReportedAt, a.ReportedOnTime)).Should().Equal(
            ("住建局", AssignmentRole.Lead, Beijing("2025-09-26 09:30"), t.Deadline!.Value.DueAt, (Instant?)null, (bool?)null),
            ("城管局", AssignmentRole.Assisting, Beijing("2025-09-26 11:00"), AssistingDue, (Instant?)null, (bool?)null),
            ("生态环境局", AssignmentRole.Assisting, Beijing("2025-09-26 11:05"), AssistingDue, (Instant?)null, (bool?)null));
        t.History[^1].Should().Be(new TicketAssistingUnitAdded(5, Beijing("2025-09-26 11:05"), null, "dp-02", "生态环境局", 3, AssistingDue));
    }

    [Fact]
    public void The_sub_deadline_counts_working_days_on_the_calendar_and_leaves_the_handling_deadline_alone()
    {
        var lead = Lead();
        var deadline = lead.Deadline;

        lead.AddAssistingUnit(Urban, 1, Dispatcher, Beijing("2025-09-30 15:00"));

        lead.Assignments[1].DueAt.Should().Be(Beijing("2025-10-10 00:00"), "the first working day after 09-30 is 10-09, after the holiday");
        lead.Deadline.Should().Be(deadline);
        Policy.DueAfterWorkingDays(Beijing("2025-09-26 11:00"), 3).Should().Be(AssistingDue, "09-28 (a make-up Sunday), 09-29 and 09-30");
        Policy.DueAfterWorkingDays(Beijing("2025-10-10 09:00"), 1).Should().Be(Beijing("2025-10-12 00:00"), "Saturday 10-11 is a make-up working day");
    }

    [Fact]
    public void An_assisting_report_at_or_after_its_due_instant_is_recorded_as_late()
    {
        var t = Reported();

        t.Assignments.Skip(1).Select(a => (a.Unit.Value, a.ReportedAt, a.ReportedOnTime)).Should().Equal(
            ("城管局", Beijing("2025-09-29 16:00"), (bool?)true), ("生态环境局", Beijing("2025-10-09 10:00"), (bool?)false));
        t.History[^1].Should().BeOfType<TicketAssistanceReported>().Which.OnTime.Should().BeFalse();

        var atTheInstant = Joint();
        atTheInstant.ReportAssistance("已处理", UrbanClerk, AssistingDue);
        atTheInstant.Assignments[1].ReportedOnTime.Should().BeFalse("at the due instant itself is late");
    }

    [Fact]
    public void The_lead_replies_only_after_every_assisting_unit_has_reported()
    {
        var t = Joint();
        t.Refuses<TicketStateException>(() => t.Reply("已协调停工", true, HousingClerk, Beijing("2025-09-29 09:00")), TicketRule.AssistingUnitsFirst)
            .Message.Should().Contain("assisting units 城管局, 生态环境局 have not reported (协办反馈)");
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));

        var refusal = t.Refuses<TicketStateException>(() => t.Reply("已协调停工", true, HousingClerk, Beijing("2025-10-09 09:00")), TicketRule.AssistingUnitsFirst);
        refusal.Message.Should().Contain("assisting units 生态环境局 have not reported");

        t.ReportAssistance("噪声监测超标", EcologyClerk, Beijing("2025-10-09 10:00"));
        t.Reply("已协调停工", true, HousingClerk, Beijing("2025-10-09 11:00"));
        t.History[^1].Should().BeOfType<TicketReplied>().Which.NotReportedBy.Should().BeNull();
        t.Assignments[0].Should().Be(new TicketAssignment(Housing, AssignmentRole.Lead, Beijing("2025-09-26 09:30"), t.Deadline!.Value.DueAt, Beijing("2025-10-09 11:00"), true));
    }

    [Fact]
    public void A_policy_may_let_the_lead_reply_first_and_the_reply_records_which_units_had_not_reported()
    {
        var policy = Policy.ToBuilder().AllowReplyBeforeAssistingReports().Build();
        var t = Joint(policy);
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));

        t.Reply("已协调停工", true, HousingClerk, Beijing("2025-09-30 09:00"));

        policy.AllowsReplyBeforeAssistingReports.Should().BeTrue();
        Policy.AllowsReplyBeforeAssistingReports.Should().BeFalse();
        t.History[^1].Should().BeOfType<TicketReplied>().Which.NotReportedBy.Should().Equal("生态环境局");
        t.Assignments[2].ReportedAt.Should().BeNull();
        t.Refuses<TicketStateException>(() => t.ReportAssistance("迟到的意见", EcologyClerk, Beijing("2025-09-30 10:00")), TicketRule.AllowedStatus);
        Ticket.Rehydrate(policy, t.History).Assignments.Should().Equal(t.Assignments);
    }

    [Fact]
    public void Only_the_platform_adds_an_assisting_unit_and_only_while_the_order_is_being_handled()
    {
        var t = Lead();
        t.Refuses<TicketAuthorityException>(() => t.AddAssistingUnit(Urban, 3, HousingClerk, Beijing("2025-09-26 11:00")), TicketRule.PlatformOnly);

        var registered = Registered();
        registered.Refuses<TicketStateException>(() => registered.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2026-09-30 16:00")), TicketRule.AllowedStatus);
        var replied = Reported();
        replied.Reply("已协调停工", true, HousingClerk, Beijing("2025-10-09 11:00"));
        replied.Refuses<TicketStateException>(() => replied.AddAssistingUnit(Water, 3, Dispatcher, Beijing("2025-10-09 12:00")), TicketRule.AllowedStatus);
        var dispatched = Dispatched();
        dispatched.AddAssistingUnit(Urban, 2, Dispatcher, Beijing("2026-09-30 16:30"));
        dispatched.Assignments.Should().HaveCount(2, "an order dispatched and not yet signed for can take assisting units");
    }

    [Fact]
    public void An_assisting_unit_is_neither_the_lead_nor_a_unit_already_assisting()
    {
        var t = Joint();

        t.Refuses<TicketStateException>(() => t.AddAssistingUnit(Housing, 3, Dispatcher, Beijing("2025-09-26 12:00")), TicketRule.AssistingUnitDistinct)
            .Message.Should().Contain("Unit 住建局 leads ticket GD-20250926-0107");
        t.Refuses<TicketStateException>(() => t.AddAssistingUnit(Urban, 2, Dispatcher, Beijing("2025-09-26 12:00")), TicketRule.AssistingUnitDistinct)
            .Message.Should().Contain("Unit 城管局 already assists");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void An_assisting_units_working_days_lie_between_one_and_the_policys_longest_limit(int workingDays)
    {
        var t = Lead();
        Policy.LongestLimitInWorkingDays.Should().Be(10);

        var before = Snapshot(t);
        t.Invoking(x => x.AddAssistingUnit(Urban, workingDays, Dispatcher, Beijing("2025-09-26 11:00"))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(nameof(workingDays)).WithMessage($"Policy '宝鸡市 12345 (2019)' gives 1 to 10 working days (its longest limit); got {workingDays}.*");
        Snapshot(t).Should().BeEquivalentTo(before);
        FluentActions.Invoking(() => Policy.DueAfterWorkingDays(Beijing("2025-09-26 11:00"), workingDays)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(workingDays));
    }

    [Fact]
    public void The_longest_limit_is_the_assisting_maximum()
    {
        var t = Lead();
        t.AddAssistingUnit(Urban, 10, Dispatcher, Beijing("2025-09-26 11:00"));
        t.Assignments[1].DueAt.Should().Be(Beijing("2025-10-17 00:00"), "the tenth working day after 09-26 is 10-16");
    }

    [Fact]
    public void Only_an_assisting_unit_of_the_round_reports_assistance_and_only_once()
    {
        var t = Joint();

        t.Refuses<TicketAuthorityException>(() => t.ReportAssistance("意见", HousingClerk, Beijing("2025-09-29 09:00")), TicketRule.AssistingUnitOnly)
            .Message.Should().Contain("(城管局, 生态环境局)");
        t.Refuses<TicketAuthorityException>(() => t.ReportAssistance("意见", WaterClerk, Beijing("2025-09-29 09:00")), TicketRule.AssistingUnitOnly);
        t.Refuses<TicketAuthorityException>(() => t.ReportAssistance("意见", Dispatcher, Beijing("2025-09-29 09:00")), TicketRule.AssistingUnitOnly);
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));
        t.Refuses<TicketStateException>(() => t.ReportAssistance("补充意见", UrbanClerk, Beijing("2025-09-29 17:00")), TicketRule.AssistanceReportedOnce)
            .Message.Should().Contain("reported on ticket GD-20250926-0107 at 2025-09-29 16:00:00");
        var lead = Lead();
        lead.Refuses<TicketAuthorityException>(() => lead.ReportAssistance("意见", UrbanClerk, Beijing("2025-09-29 09:00")), TicketRule.AssistingUnitOnly)
            .Message.Should().Contain("current round (none)");
    }

    [Fact]
    public void The_lead_and_the_assisting_units_report_progress_any_number_of_times_before_the_reply()
    {
        var t = Joint();

        t.ReportProgress("已约谈施工方", HousingClerk, Beijing("2025-09-26 15:00"));
        t.ReportProgress("已现场查看", UrbanClerk, Beijing("2025-09-26 16:00"));
        t.ReportProgress("再次约谈", HousingClerk, Beijing("2025-09-28 10:00"));

        t.History.OfType<TicketProgressReported>().Select(p => (p.ByUnit, p.Progress)).Should().Equal(("住建局", "已约谈施工方"), ("城管局", "已现场查看"), ("住建局", "再次约谈"));
        t.Status.Should().Be(TicketStatus.InProgress);
        t.Refuses<TicketAuthorityException>(() => t.ReportProgress("进展", WaterClerk, Beijing("2025-09-28 11:00")), TicketRule.HandlingUnitOnly)
            .Message.Should().Contain("lead unit of ticket GD-20250926-0107 (住建局) or an assisting unit of its current round (城管局, 生态环境局)");
        t.Refuses<TicketAuthorityException>(() => t.ReportProgress("进展", Supervisor, Beijing("2025-09-28 11:00")), TicketRule.HandlingUnitOnly);
    }

    [Fact]
    public void Only_the_lead_replies_extends_or_returns()
    {
        var t = Reported();
        t.Refuses<TicketAuthorityException>(() => t.Reply("已处理", true, UrbanClerk, Beijing("2025-10-09 11:00")), TicketRule.DispatchedUnitOnly);
        t.Refuses<TicketAuthorityException>(() => t.RequestExtension(2, "需协调", UrbanClerk, Beijing("2025-10-09 11:00")), TicketRule.DispatchedUnitOnly);
        var dispatched = Dispatched();
        dispatched.AddAssistingUnit(Urban, 2, Dispatcher, Beijing("2026-09-30 16:30"));
        dispatched.Refuses<TicketAuthorityException>(() => dispatched.Return("非本单位职责", UrbanClerk, Beijing("2026-09-30 17:00")), TicketRule.DispatchedUnitOnly);
        dispatched.Refuses<TicketAuthorityException>(() => dispatched.SignIn(UrbanClerk, Beijing("2026-09-30 17:00")), TicketRule.DispatchedUnitOnly);
    }

    [Fact]
    public void A_re_dispatch_after_a_return_ends_the_assisting_assignments_and_a_rejected_return_keeps_them()
    {
        var t = Dispatched();
        t.AddAssistingUnit(Urban, 2, Dispatcher, Beijing("2026-09-30 16:30"));
        t.Return("非本单位职责", HousingClerk, Beijing("2026-09-30 17:00"));
        t.RejectReturn("属本单位职责", Dispatcher, Beijing("2026-09-30 17:30"));
        t.Assignments.Select(a => a.Unit.Value).Should().Equal("住建局", "城管局");

        t.Return("非本单位职责", HousingClerk, Beijing("2026-09-30 17:40"));
        t.Dispatch(Water, Complexity.General, Dispatcher, Beijing("2026-09-30 18:00"));

        t.Assignments.Select(a => (a.Unit.Value, a.Role)).Should().Equal(("水务局", AssignmentRole.Lead));
        t.Refuses<TicketAuthorityException>(() => t.ReportAssistance("意见", UrbanClerk, Beijing("2026-09-30 18:10")), TicketRule.AssistingUnitOnly);
    }

    [Fact]
    public void A_reopen_starts_a_round_with_the_lead_alone_and_the_platform_adds_assisting_units_again()
    {
        var t = Reported();
        t.Reply("已协调停工", true, HousingClerk, Beijing("2025-10-09 11:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Supervisor, Beijing("2025-10-10 09:00"));
        t.Reopen("夜间仍在施工", Supervisor, Beijing("2025-10-10 10:00"));

        t.Assignments.Select(a => (a.Unit.Value, a.Role, a.ReportedAt)).Should().Equal(("住建局", AssignmentRole.Lead, (Instant?)null));
        t.Refuses<TicketAuthorityException>(() => t.ReportAssistance("意见", UrbanClerk, Beijing("2025-10-10 11:00")), TicketRule.AssistingUnitOnly);

        t.AddAssistingUnit(Urban, 2, Dispatcher, Beijing("2025-10-10 11:00"));
        t.Assignments[1].DueAt.Should().Be(Beijing("2025-10-14 00:00"), "10-11 (a make-up Saturday) and 10-13");
        t.Refuses<TicketStateException>(() => t.Reply("已处理", true, HousingClerk, Beijing("2025-10-10 12:00")), TicketRule.AssistingUnitsFirst);
    }

    [Fact]
    public void A_closed_or_merged_order_takes_no_joint_action()
    {
        var merged = Joint();
        merged.MergeInto(new TicketId("GD-MASTER"), Supervisor, Beijing("2025-09-27 09:00"));

        merged.Refuses<TicketStateException>(() => merged.ReportAssistance("意见", UrbanClerk, Beijing("2025-09-28 09:00")), TicketRule.NothingAfterClose);
        merged.Refuses<TicketStateException>(() => merged.ReportProgress("进展", HousingClerk, Beijing("2025-09-28 09:00")), TicketRule.NothingAfterClose);
        merged.Refuses<TicketStateException>(() => merged.AddAssistingUnit(Water, 2, Dispatcher, Beijing("2025-09-28 09:00")), TicketRule.NothingAfterClose);
    }

    [Fact]
    public void Joint_actions_keep_time_moving_forward()
    {
        var t = Joint();
        t.Refuses<TicketChronologyException>(() => t.AddAssistingUnit(Water, 2, Dispatcher, Beijing("2025-09-26 11:04")), TicketRule.Chronology);
        t.Refuses<TicketChronologyException>(() => t.ReportAssistance("意见", UrbanClerk, Beijing("2025-09-26 11:04")), TicketRule.Chronology);
        t.Refuses<TicketChronologyException>(() => t.ReportProgress("进展", HousingClerk, Beijing("2025-09-26 11:04")), TicketRule.Chronology);
    }

    [Fact]
    public void The_arguments_are_guarded_before_any_rule()
    {
        var t = Joint();
        var at = Beijing("2025-09-27 09:00");

        t.Invoking(x => x.AddAssistingUnit(null!, 2, Dispatcher, at)).Should().Throw<ArgumentNullException>().WithParameterName("unit");
        t.Invoking(x => x.AddAssistingUnit(Water, 2, null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        var registered = Registered();
        registered.Invoking(x => x.AddAssistingUnit(Water, 0, Dispatcher, Beijing("2026-09-30 16:00"))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays", "a limit outside the policy's is an argument error even where the status refuses the action");
        t.Invoking(x => x.AddAssistingUnit(Water, 2, Dispatcher, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Invoking(x => x.ReportAssistance(" ", UrbanClerk, at)).Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("The result must not be blank.*");
        t.Invoking(x => x.ReportAssistance("意见", null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        t.Invoking(x => x.ReportAssistance("意见", UrbanClerk, Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Invoking(x => x.ReportProgress("", HousingClerk, at)).Should().Throw<ArgumentException>().WithParameterName("progress").WithMessage("The progress must not be blank.*");
        t.Invoking(x => x.ReportProgress("进展", null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("by");
        t.Invoking(x => x.ReportProgress("进展", HousingClerk, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        t.Version.Should().Be(5);
    }

    [Fact]
    public void The_assignments_are_a_fresh_read_only_copy_and_empty_before_a_dispatch()
    {
        var t = Joint();
        t.Assignments.Should().NotBeSameAs(t.Assignments);
        t.Assignments.Should().Equal(t.Assignments);
        ((ICollection<TicketAssignment>)t.Assignments).IsReadOnly.Should().BeTrue();
        Registered().Assignments.Should().BeEmpty();
    }

    [Fact]
    public void A_replies_list_of_units_is_copied_and_compared_by_value()
    {
        var units = new List<string> { "城管局", "生态环境局" };
        var reply = new TicketReplied(7, Beijing("2025-09-30 09:00"), "住建局", "zj-11", "已处理", true, true, units);
        units.Add("水务局");

        reply.NotReportedBy.Should().Equal("城管局", "生态环境局");
        reply.Should().Be(reply with { NotReportedBy = ["城管局", "生态环境局"] });
        reply.GetHashCode().Should().Be((reply with { NotReportedBy = ["城管局", "生态环境局"] }).GetHashCode());
        reply.Should().NotBe(reply with { NotReportedBy = ["城管局"] });
        reply.Should().NotBe(reply with { NotReportedBy = ["生态环境局", "城管局"] });
        reply.Should().NotBe(reply with { NotReportedBy = null });
        (reply with { NotReportedBy = null }).Should().NotBe(reply);
        (reply with { NotReportedBy = [] }).Should().Be(reply with { NotReportedBy = null }, "an empty list means none");
        reply.Should().NotBe(reply with { Result = "其他" });
        reply.Should().NotBe(reply with { Resolved = false });
        reply.Should().NotBe(reply with { OnTime = false });
        reply.Should().NotBe(reply with { Sequence = 8 });
        reply.Equals(null).Should().BeFalse();
        new TicketReplied(7, Beijing("2025-09-30 09:00"), "住建局", "zj-11", "已处理", true, true).NotReportedBy.Should().BeNull();
    }

    [Fact]
    public void The_refusals_name_the_units_that_have_not_reported_and_the_units_that_assist()
    {
        var t = Joint();
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));

        t.Refuses<TicketStateException>(() => t.Reply("已处理", true, HousingClerk, Beijing("2025-09-30 09:00")), TicketRule.AssistingUnitsFirst).Message
            .Should().Be("[assisting-units-first] Ticket GD-20250926-0107's assisting units 生态环境局 have not reported (协办反馈); under policy '" + Policy.Name + "' the lead replies after every assisting unit of the round has reported.");
        t.Refuses<TicketAuthorityException>(() => t.ReportAssistance("已配合", WaterClerk, Beijing("2025-09-30 09:00")), TicketRule.AssistingUnitOnly).Message
            .Should().Contain("(城管局, 生态环境局) may report assistance on it");
    }

}
