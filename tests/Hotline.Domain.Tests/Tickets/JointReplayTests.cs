using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Replay of joint handling: the events run through the live rules; an assisting unit's recorded due instant wins;
/// a recorded judgement or list of units must be the one the history gives.
/// </summary>
public class JointReplayTests
{
    private static readonly UnitId Ecology = new("生态环境局");
    private static readonly Actor EcologyClerk = Actor.OfUnit(Ecology, "st-41");

    private static Ticket Live(HandlingPolicy? policy = null)
    {
        var t = Ticket.Register(new TicketId("GD-20250926-0107"), TicketCategory.Complaint, "工地夜间施工噪音扰民", policy ?? Policy, Operator, Beijing("2025-09-26 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-26 10:00"));
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-26 11:00"));
        t.AddAssistingUnit(Ecology, 3, Dispatcher, Beijing("2025-09-26 11:05"));
        t.ReportProgress("已约谈施工方", HousingClerk, Beijing("2025-09-26 15:00"));
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));
        return t;
    }

    private static TicketHistoryException Refused(IEnumerable<TicketEvent> history, HandlingPolicy? policy = null) =>
        FluentActions.Invoking(() => Ticket.Rehydrate(policy ?? Policy, history)).Should().Throw<TicketHistoryException>().Which;

    [Fact]
    public void A_joint_history_replays_to_the_same_ticket()
    {
        var live = Live();
        live.ReportAssistance("噪声监测超标", EcologyClerk, Beijing("2025-10-09 10:00"));
        live.Reply("已协调停工", true, HousingClerk, Beijing("2025-10-09 11:00"));

        var replayed = Ticket.Rehydrate(Policy, live.History);

        Fingerprint.Of(replayed).Should().Be(Fingerprint.Of(live));
        replayed.Assignments.Should().Equal(live.Assignments);
        replayed.History.Should().Equal(live.History);
    }

    [Fact]
    public void The_recorded_sub_deadline_wins_over_what_the_policy_decides_today()
    {
        var history = Live().History.Take(4).ToList();
        history[3] = ((TicketAssistingUnitAdded)history[3]) with { WorkingDays = 5, DueAt = Beijing("2025-10-02 00:00") };

        var replayed = Ticket.Rehydrate(Policy, history);

        replayed.Assignments[1].DueAt.Should().Be(Beijing("2025-10-02 00:00"));
    }

    [Fact]
    public void An_assisting_judgement_its_due_instant_does_not_give_is_refused()
    {
        var history = Live().History.ToList();
        history[6] = ((TicketAssistanceReported)history[6]) with { OnTime = false };

        var e = Refused(history);
        e.Position.Should().Be(7);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Message.Should().EndWith("the assistance report is recorded as late but it came at 2025-09-29 16:00:00 (Asia/Shanghai) against the unit's recorded due instant 2025-10-01 00:00:00 (Asia/Shanghai).");
        history[6] = new TicketAssistanceReported(7, Beijing("2025-10-01 00:00"), "城管局", "cg-21", "意见", true);
        Refused(history).Message.Should().Contain("recorded as on time");
    }

    [Fact]
    public void A_reply_must_record_exactly_the_units_that_had_not_reported()
    {
        var policy = Policy.ToBuilder().AllowReplyBeforeAssistingReports().Build();
        var live = Live(policy);
        live.Reply("已协调停工", true, HousingClerk, Beijing("2025-09-30 09:00"));
        var history = live.History.ToList();
        var reply = (TicketReplied)history[^1];
        reply.NotReportedBy.Should().Equal("生态环境局");

        Refused(history.Take(7).Append(reply with { NotReportedBy = null }), policy).Message
            .Should().EndWith("the reply records [] as not reported, but the round's assisting units without a report were [生态环境局].");
        Refused(history.Take(7).Append(reply with { NotReportedBy = ["城管局"] }), policy).Message.Should().Contain("records [城管局]");
        Refused(history.Take(7).Append(reply with { NotReportedBy = ["生态环境局", "城管局"] }), policy).Message.Should().Contain("records [生态环境局, 城管局] as not reported");

        var full = Live(policy);
        full.ReportAssistance("噪声监测超标", EcologyClerk, Beijing("2025-10-09 10:00"));
        var fullHistory = full.History.ToList();
        fullHistory.Add(new TicketReplied(9, Beijing("2025-10-09 11:00"), "住建局", "zj-11", "已协调停工", true, true, ["生态环境局"]));
        Refused(fullHistory, policy).Message.Should().EndWith("were [].");
    }

    [Fact]
    public void A_reply_before_the_assisting_reports_is_refused_on_replay_under_a_policy_that_forbids_it()
    {
        var history = Live().History.Append(new TicketReplied(8, Beijing("2025-09-30 09:00"), "住建局", "zj-11", "已协调停工", true, true, ["生态环境局"])).ToList();

        var e = Refused(history);
        e.Position.Should().Be(8);
        e.Rule.Should().Be(TicketRule.AssistingUnitsFirst);
    }

    [Theory]
    [InlineData("at the addition")]
    [InlineData("before the addition")]
    [InlineData("beyond the supported range")]
    public void A_recorded_sub_deadline_that_does_not_follow_its_addition_is_refused(string which)
    {
        var history = Live().History.Take(4).ToList();
        var added = (TicketAssistingUnitAdded)history[3];
        history[3] = which switch
        {
            "at the addition" => added with { DueAt = added.At },
            "before the addition" => added with { DueAt = added.At - Duration.FromMinutes(1) },
            _ => added with { DueAt = Instant.MaxValue },
        };

        var e = Refused(history);
        e.Position.Should().Be(4);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Message.Should().Contain("of assisting unit 城管局 does not follow its addition at");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1001)]
    public void A_recorded_number_of_working_days_outside_what_any_policy_gives_is_refused(int workingDays)
    {
        var history = Live().History.Take(4).ToList();
        history[3] = ((TicketAssistingUnitAdded)history[3]) with { WorkingDays = workingDays };

        Refused(history).Message.Should().EndWith($"an assisting unit given {workingDays} working days; a policy gives 1 to 1000.");
    }

    [Fact]
    public void One_thousand_recorded_working_days_are_accepted_on_replay()
    {
        var history = Live().History.Take(4).ToList();
        history[3] = ((TicketAssistingUnitAdded)history[3]) with { WorkingDays = 1000 };

        Ticket.Rehydrate(Policy, history).Assignments.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 城管局")]
    [InlineData("城管局 ")]
    public void A_blank_or_padded_assisting_unit_id_is_refused(string unit)
    {
        var history = Live().History.Take(4).ToList();
        history[3] = ((TicketAssistingUnitAdded)history[3]) with { Unit = unit };

        Refused(history).Message.Should().EndWith($"the assisting unit id '{unit}' is blank or padded.");
    }

    [Fact]
    public void The_joint_rules_hold_on_replay()
    {
        var history = Live().History.ToList();

        Refused(history.Take(4).Append(new TicketAssistingUnitAdded(5, Beijing("2025-09-26 11:05"), "住建局", "zj-11", "生态环境局", 3, Beijing("2025-10-01 00:00"))))
            .Rule.Should().Be(TicketRule.PlatformOnly);
        Refused(history.Take(4).Append(new TicketAssistingUnitAdded(5, Beijing("2025-09-26 11:05"), null, "dp-02", "城管局", 3, Beijing("2025-10-01 00:00"))))
            .Rule.Should().Be(TicketRule.AssistingUnitDistinct);
        Refused(history.Append(new TicketAssistanceReported(8, Beijing("2025-09-29 17:00"), "城管局", "cg-21", "补充", true)))
            .Rule.Should().Be(TicketRule.AssistanceReportedOnce);
        Refused(history.Append(new TicketAssistanceReported(8, Beijing("2025-09-29 17:00"), "水务局", "sw-31", "意见", true)))
            .Rule.Should().Be(TicketRule.AssistingUnitOnly);
        Refused(history.Append(new TicketAssistanceReported(8, Beijing("2025-09-29 17:00"), "生态环境局", "st-41", " ", true)))
            .Message.Should().EndWith("the result is blank.");
        Refused(history.Append(new TicketProgressReported(8, Beijing("2025-09-29 17:00"), "水务局", "sw-31", "进展")))
            .Rule.Should().Be(TicketRule.HandlingUnitOnly);
        Refused(history.Append(new TicketProgressReported(8, Beijing("2025-09-29 17:00"), "住建局", "zj-11", "")))
            .Message.Should().EndWith("the progress is blank.");
    }

    [Fact]
    public void A_history_stored_before_joint_handling_replays_with_the_lead_alone()
    {
        var t = Ticket.Register(new TicketId("GD-OLD"), TicketCategory.Complaint, "噪音", Policy, Operator, Beijing("2025-09-26 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-26 10:00"));
        var history = t.History.Append(new TicketReplied(4, Beijing("2025-09-29 10:00"), "住建局", "zj-11", "已处理", true, true)).ToList();

        var replayed = Ticket.Rehydrate(Policy, history);

        replayed.Assignments.Select(a => (a.Unit.Value, a.Role, a.ReportedAt)).Should().Equal(("住建局", AssignmentRole.Lead, (Instant?)Beijing("2025-09-29 10:00")));
    }
}
