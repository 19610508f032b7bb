using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// The callback round (回访) after 住建局's reply of Thursday 2026-10-15 10:00: failed attempts (未接通1, 未接通2 → 无法回访), the
/// grade 基本解决, and the review of replies before the callback (济南市12345市民服务热线管理办法 第二十七条).
/// </summary>
public class CallbackTests
{
    private static readonly HandlingPolicy Reviewing = Policy.ToBuilder().ReviewRepliesBeforeCallback().Build();

    private static Ticket RepliedUnder(HandlingPolicy policy, string at = "2026-10-15 10:00")
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天", policy, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        t.Reply("已维修电梯", true, HousingClerk, Beijing(at));
        return t;
    }

    [Fact]
    public void Two_failed_attempts_make_the_round_unreachable_and_the_ticket_closes_without_a_callback()
    {
        var t = Replied();

        t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 09:00"));
        (t.CallbackAttempts, t.CallbackUnreachable).Should().Be((1, false));
        t.RecordCallbackAttempt(CallbackOutcome.Unreachable, Operator, Beijing("2026-10-16 15:00"));
        (t.CallbackAttempts, t.CallbackUnreachable).Should().Be((2, true));
        t.Close(Supervisor, Beijing("2026-10-16 16:00"));

        t.Status.Should().Be(TicketStatus.Closed);
        (t.CallbackResolved, t.Satisfaction).Should().Be(((bool?)null, (Satisfaction?)null));
        t.History[4].Should().Be(new TicketCallbackAttempted(5, Beijing("2026-10-16 09:00"), null, "op-01", "no-answer", false));
        t.History[5].Should().Be(new TicketCallbackAttempted(6, Beijing("2026-10-16 15:00"), null, "op-01", "unreachable", true));
        var replayed = Ticket.Rehydrate(Policy, t.History);
        (replayed.CallbackAttempts, replayed.CallbackUnreachable).Should().Be((2, true));
    }

    [Fact]
    public void The_policy_sets_how_many_failed_attempts_make_the_round_unreachable()
    {
        var three = Policy.ToBuilder().CallbackAttempts(3).Build();
        var t = RepliedUnder(three);

        t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 09:00"));
        t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 15:00"));
        t.CallbackUnreachable.Should().BeFalse();
        t.RecordCallbackAttempt(CallbackOutcome.Declined, Operator, Beijing("2026-10-17 09:00"));

        (three.CallbackAttempts, Policy.CallbackAttempts, t.CallbackUnreachable).Should().Be((3, 2, true));
        FluentActions.Invoking(() => Policy.ToBuilder().CallbackAttempts(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attempts");
        FluentActions.Invoking(() => Policy.ToBuilder().CallbackAttempts(11)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attempts");
        Policy.ToBuilder().CallbackAttempts(10).Build().CallbackAttempts.Should().Be(10);
    }

    [Fact]
    public void A_callback_that_reaches_the_requester_after_all_ends_the_unreachable_round()
    {
        var t = Replied();
        t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 09:00"));
        t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 15:00"));

        t.RecordCallback(Resolution.Resolved, Satisfaction.Satisfied, Operator, Beijing("2026-10-17 09:00"));

        (t.CallbackUnreachable, t.CallbackAttempts, t.Status).Should().Be((false, 2, TicketStatus.CalledBack));
        t.Refuses<TicketStateException>(() => t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-17 10:00")), TicketRule.AllowedStatus);
    }

    [Fact]
    public void A_reopened_round_starts_its_callback_attempts_afresh()
    {
        var t = Replied();
        t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 09:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-10-16 15:00"));
        t.Reopen("诉求人不满意", Supervisor, Beijing("2026-10-16 16:00"));

        (t.CallbackAttempts, t.CallbackUnreachable, t.CallbackResolution).Should().Be((0, false, (Resolution?)null));
    }

    [Fact]
    public void Attempts_are_the_platforms_and_come_after_a_reply()
    {
        var signed = Signed();
        signed.Refuses<TicketStateException>(() => signed.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-10-16 09:00")), TicketRule.AllowedStatus);
        var replied = Replied();
        replied.Refuses<TicketAuthorityException>(() => replied.RecordCallbackAttempt(CallbackOutcome.NoAnswer, HousingClerk, Beijing("2026-10-16 09:00")), TicketRule.PlatformOnly);
        FluentActions.Invoking(() => replied.RecordCallbackAttempt(null!, Operator, Beijing("2026-10-16 09:00"))).Should().Throw<ArgumentException>().WithParameterName("outcome");
    }

    [Fact]
    public void Basically_resolved_counts_as_resolved_on_the_work_order()
    {
        var t = Replied();

        t.RecordCallback(Resolution.BasicallyResolved, Satisfaction.Satisfied, Operator, Beijing("2026-10-16 09:00"));

        (t.CallbackResolution, t.CallbackResolved).Should().Be((Resolution.BasicallyResolved, true));
        t.History[^1].Should().Be(new TicketCallbackRecorded(5, Beijing("2026-10-16 09:00"), null, "op-01", true, "satisfied") { Resolution = "basically-resolved" });
        t.Refuses<TicketStateException>(() => t.Reopen("基本解决", Supervisor, Beijing("2026-10-16 10:00")), TicketRule.ReopenNeedsDissatisfaction);
        Ticket.Rehydrate(Policy, t.History).CallbackResolution.Should().Be(Resolution.BasicallyResolved);
    }

    [Fact]
    public void An_unresolved_grade_after_a_resolved_reply_is_a_false_completion_and_allows_the_reopen()
    {
        var t = Replied();

        t.RecordCallback(Resolution.Unresolved, Satisfaction.Satisfied, Operator, Beijing("2026-10-16 09:00"));
        t.Reopen("诉求人称未解决", Supervisor, Beijing("2026-10-16 10:00"));

        t.ReopenCount.Should().Be(1);
    }

    [Fact]
    public void A_yes_or_no_callback_means_resolved_or_unresolved_and_records_no_grade()
    {
        var yes = Replied();
        yes.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-10-16 09:00"));
        var no = Replied();
        no.RecordCallback(false, Satisfaction.Satisfied, Operator, Beijing("2026-10-16 09:00"));

        (yes.CallbackResolution, no.CallbackResolution, Replied().CallbackResolution).Should().Be((Resolution.Resolved, Resolution.Unresolved, (Resolution?)null));
        ((TicketCallbackRecorded)yes.History[^1]).Resolution.Should().BeNull();
        (Resolution.Of(true), Resolution.Of(false)).Should().Be((Resolution.Resolved, Resolution.Unresolved));
    }

    [Fact]
    public void Replay_refuses_a_grade_that_contradicts_the_recorded_yes_or_no_or_is_unknown()
    {
        var replied = Replied().History.ToList();
        var at = Beijing("2026-10-16 09:00");

        RefusedOnReplay([.. replied, new TicketCallbackRecorded(5, at, null, "op-01", false, "satisfied") { Resolution = "basically-resolved" }])
            .Message.Should().Contain("'basically-resolved' with Resolved = False");
        RefusedOnReplay([.. replied, new TicketCallbackRecorded(5, at, null, "op-01", true, "satisfied") { Resolution = "unresolved" }])
            .Rule.Should().Be(TicketRule.WellFormedHistory);
        RefusedOnReplay([.. replied, new TicketCallbackRecorded(5, at, null, "op-01", true, "satisfied") { Resolution = "solved" }])
            .Rule.Should().Be(TicketRule.WellFormedHistory);
    }

    [Fact]
    public void Replay_refuses_an_attempt_whose_recorded_judgement_the_policy_does_not_give_or_an_unknown_outcome()
    {
        var replied = Replied().History.ToList();
        var at = Beijing("2026-10-16 09:00");

        RefusedOnReplay([.. replied, new TicketCallbackAttempted(5, at, null, "op-01", "no-answer", true)])
            .Message.Should().Contain("the attempt is recorded as making the round unreachable, but it is failed attempt 1 of the round and policy '宝鸡市 12345 (2019)' makes a round unreachable after 2");
        RefusedOnReplay([.. replied, new TicketCallbackAttempted(5, at, null, "op-01", "busy", false)])
            .Message.Should().Contain("'busy' is not a CallbackOutcome code");
        RefusedOnReplay([.. replied, new TicketCallbackAttempted(5, at, null, "op-01", "no-answer", false), new TicketCallbackAttempted(6, at, null, "op-01", "no-answer", false)])
            .Message.Should().Contain("leaving the round reachable");
    }

    [Fact]
    public void Under_review_the_callback_the_attempts_and_the_close_wait_for_the_accepted_reply()
    {
        var t = RepliedUnder(Reviewing);
        var at = Beijing("2026-10-16 09:00");

        t.Refuses<TicketStateException>(() => t.RecordCallback(true, Satisfaction.Satisfied, Operator, at), TicketRule.ReplyNotReviewed)
            .Message.Should().Contain("awaits the platform's review");
        t.Refuses<TicketStateException>(() => t.RecordCallback(Resolution.Resolved, Satisfaction.Satisfied, Operator, at), TicketRule.ReplyNotReviewed);
        t.Refuses<TicketStateException>(() => t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, at), TicketRule.ReplyNotReviewed);
        t.Refuses<TicketStateException>(() => t.Close(Supervisor, at), TicketRule.ReplyNotReviewed);

        t.ReviewReply(true, "答复规范", Supervisor, Beijing("2026-10-15 14:00"));
        t.RecordCallback(true, Satisfaction.Satisfied, Operator, at);

        (t.ReplyAccepted, t.Status, t.RepliedOnTime).Should().Be((true, TicketStatus.CalledBack, true));
        t.History[4].Should().Be(new TicketReplyReviewed(5, Beijing("2026-10-15 14:00"), null, "sv-03", true, "答复规范"));
        Ticket.Rehydrate(Reviewing, t.History).ReplyAccepted.Should().BeTrue();
    }

    [Fact]
    public void A_reply_sent_back_goes_to_the_same_unit_under_the_same_deadline_and_the_accepted_reply_counts()
    {
        var t = RepliedUnder(Reviewing, "2026-10-19 10:00");
        var deadline = t.Deadline;

        t.ReviewReply(false, "答复未说明维修结果", Supervisor, Beijing("2026-10-19 15:00"));
        (t.Status, t.RepliedAt, t.Deadline, t.ResponsibleUnit).Should().Be((TicketStatus.InProgress, (Instant?)null, deadline, Housing));
        t.IsOverdueAt(Beijing("2026-10-21 00:00")).Should().BeTrue("the order is again unreplied, and its deadline 2026-10-20 unchanged");
        t.Refuses<TicketAuthorityException>(() => t.Reply("城管局代答", true, UrbanClerk, Beijing("2026-10-21 09:00")), TicketRule.DispatchedUnitOnly);
        t.Reply("主板已更换，电梯恢复运行", true, HousingClerk, Beijing("2026-10-21 09:00"));
        t.ReviewReply(true, "答复规范", Supervisor, Beijing("2026-10-21 10:00"));

        (t.RepliedOnTime, t.ReplyAccepted, t.ReopenCount).Should().Be((false, true, 0));
        Ticket.Rehydrate(Reviewing, t.History).RepliedOnTime.Should().BeFalse();
    }

    [Fact]
    public void A_reply_sent_back_after_the_assisting_units_ended_can_be_given_again()
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天", Reviewing, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2026-10-09 09:00"));
        t.ReportAssistance("已配合", UrbanClerk, Beijing("2026-10-12 09:00"));
        t.Reply("已维修", true, HousingClerk, Beijing("2026-10-15 10:00"));
        t.ReviewReply(false, "补充材料", Supervisor, Beijing("2026-10-15 11:00"));

        t.Reply("已维修并附照片", true, HousingClerk, Beijing("2026-10-15 16:00"));

        t.Status.Should().Be(TicketStatus.Replied);
    }

    [Fact]
    public void A_reply_is_reviewed_once_by_the_platform_after_it_is_given()
    {
        var t = RepliedUnder(Reviewing);
        t.Refuses<TicketAuthorityException>(() => t.ReviewReply(true, "自审", HousingClerk, Beijing("2026-10-15 11:00")), TicketRule.PlatformOnly);
        t.ReviewReply(true, "答复规范", Supervisor, Beijing("2026-10-15 11:00"));
        t.Refuses<TicketStateException>(() => t.ReviewReply(false, "改判", Supervisor, Beijing("2026-10-15 12:00")), TicketRule.ReplyNotReviewed)
            .Message.Should().Contain("reviewed once");
        var signed = Signed();
        signed.Refuses<TicketStateException>(() => signed.ReviewReply(true, "无答复", Supervisor, Beijing("2026-10-15 12:00")), TicketRule.AllowedStatus);
        FluentActions.Invoking(() => t.ReviewReply(true, " ", Supervisor, Beijing("2026-10-15 12:00"))).Should().Throw<ArgumentException>().WithParameterName("note");
    }

    [Fact]
    public void Without_review_the_callback_needs_no_acceptance_and_a_review_is_still_recorded()
    {
        var t = Replied();
        Policy.ReviewsRepliesBeforeCallback.Should().BeFalse();
        Reviewing.ReviewsRepliesBeforeCallback.Should().BeTrue();

        t.ReviewReply(true, "抽查合格", Supervisor, Beijing("2026-10-15 11:00"));
        t.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-10-16 09:00"));

        t.Status.Should().Be(TicketStatus.CalledBack);
    }

    [Fact]
    public void Replay_under_review_refuses_a_callback_before_the_acceptance_and_a_blank_note()
    {
        var replied = RepliedUnder(Reviewing).History.ToList();
        var at = Beijing("2026-10-16 09:00");

        FluentActions.Invoking(() => Ticket.Rehydrate(Reviewing, [.. replied, new TicketCallbackRecorded(5, at, null, "op-01", true, "satisfied")]))
            .Should().Throw<TicketHistoryException>().Which.Rule.Should().Be(TicketRule.ReplyNotReviewed);
        FluentActions.Invoking(() => Ticket.Rehydrate(Reviewing, [.. replied, new TicketClosed(5, at, null, "sv-03")]))
            .Should().Throw<TicketHistoryException>().Which.Rule.Should().Be(TicketRule.ReplyNotReviewed);
        FluentActions.Invoking(() => Ticket.Rehydrate(Reviewing, [.. replied, new TicketReplyReviewed(5, at, null, "sv-03", true, "")]))
            .Should().Throw<TicketHistoryException>().Which.Rule.Should().Be(TicketRule.WellFormedHistory);
    }
}
