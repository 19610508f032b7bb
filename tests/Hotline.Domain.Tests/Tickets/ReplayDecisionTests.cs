using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Replay re-decides every fact an action decided, with the same functions as the live action: a fact the policy's clock
/// rule could not have produced is refused (naming the event), a value the policy computes differently today is drift.
/// </summary>
public class ReplayDecisionTests
{
    private static readonly HandlingPolicy SignInClock = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();
    private static readonly HandlingPolicy ReceiptClock = Policy.ToBuilder().ClockStartsAt(ClockStart.Receipt).Build();

    // 2026-09-30 15:50 received, 16:00 dispatched to 住建局, signed for 2026-10-09 09:00 (after the National Day holiday).
    private static List<TicketEvent> SignedHistory(HandlingPolicy policy)
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0007"), TicketCategory.Complaint, "夜间施工噪音", policy, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-10-09 09:00"));
        return t.History.ToList();
    }

    private static TicketHistoryException Refused(HandlingPolicy policy, IEnumerable<TicketEvent> history) =>
        FluentActions.Invoking(() => Ticket.Rehydrate(policy, history)).Should().Throw<TicketHistoryException>().Which;

    [Fact]
    public void A_deadline_recorded_on_the_sign_in_under_a_dispatch_clock_is_refused()
    {
        var history = SignedHistory(Policy);
        var dispatched = (TicketDispatched)history[1];
        history[2] = ((TicketSignedIn)history[2]) with
        {
            ClockStartedAt = Beijing("2026-10-09 09:00"), WorkingDays = 10, DueDate = D("2026-10-22"), DueAt = Beijing("2026-10-23 00:00"),
        };

        var refusal = Refused(Policy, history);

        refusal.Position.Should().Be(3);
        refusal.Rule.Should().Be(TicketRule.ClockStartRule);
        refusal.Message.Should().Be(
            "[clock-start] Event 3 of the history: signed-for records a deadline (clock from 2026-10-09 09:00:00 (Asia/Shanghai)), but policy '宝鸡市 12345 (2019)' starts the clock at 派单 (Dispatch): this event fixes no deadline.");
        dispatched.DueAt.Should().NotBeNull("the dispatch recorded the deadline, as the live action does under this clock");
    }

    [Fact]
    public void A_dispatch_without_its_deadline_under_a_dispatch_clock_is_refused()
    {
        var history = SignedHistory(Policy);
        history[1] = ((TicketDispatched)history[1]) with { ClockStartedAt = null, WorkingDays = null, DueDate = null, DueAt = null };

        var refusal = Refused(Policy, history);

        refusal.Position.Should().Be(2);
        refusal.Rule.Should().Be(TicketRule.ClockStartRule);
        refusal.Message.Should().EndWith("dispatched records no deadline, but policy '宝鸡市 12345 (2019)' starts the clock at 派单 (Dispatch): this event fixes the deadline, from 2026-09-30 16:00:00 (Asia/Shanghai).");
    }

    [Fact]
    public void A_deadline_recorded_on_the_dispatch_under_a_sign_in_clock_is_refused()
    {
        var history = SignedHistory(SignInClock);
        var signed = (TicketSignedIn)history[2];
        history[1] = ((TicketDispatched)history[1]) with
        {
            ClockStartedAt = Beijing("2026-09-30 16:00"), WorkingDays = 10, DueDate = D("2026-10-20"), DueAt = Beijing("2026-10-21 00:00"),
        };

        var refusal = Refused(SignInClock, history);

        refusal.Position.Should().Be(2);
        refusal.Rule.Should().Be(TicketRule.ClockStartRule);
        refusal.Message.Should().Contain("this event fixes no deadline");
        signed.DueDate.Should().Be(D("2026-10-22"), "under this clock the sign-in fixes the deadline");
    }

    [Fact]
    public void A_sign_in_without_its_deadline_under_a_sign_in_clock_is_refused()
    {
        var history = SignedHistory(SignInClock);
        history[2] = ((TicketSignedIn)history[2]) with { ClockStartedAt = null, WorkingDays = null, DueDate = null, DueAt = null };

        var refusal = Refused(SignInClock, history);

        refusal.Position.Should().Be(3);
        refusal.Rule.Should().Be(TicketRule.ClockStartRule);
    }

    [Fact]
    public void A_dispatch_whose_clock_started_at_the_dispatch_under_a_receipt_clock_is_refused()
    {
        var history = SignedHistory(ReceiptClock);
        var dispatched = (TicketDispatched)history[1];
        dispatched.ClockStartedAt.Should().Be(Beijing("2026-09-30 15:50"), "under a receipt clock the deadline runs from the receipt");
        history[1] = dispatched with { ClockStartedAt = Beijing("2026-09-30 16:00") };

        var refusal = Refused(ReceiptClock, history);

        refusal.Position.Should().Be(2);
        refusal.Rule.Should().Be(TicketRule.ClockStartRule);
        refusal.Message.Should().EndWith("the clock runs from 2026-09-30 15:50:00 (Asia/Shanghai).");
    }

    [Fact]
    public void A_history_recorded_under_one_clock_replayed_under_another_is_refused_not_silently_retimed()
    {
        var recordedAtSignIn = SignedHistory(SignInClock);

        var refusal = Refused(Policy, recordedAtSignIn);

        refusal.Position.Should().Be(2, "the dispatch recorded no deadline, which a dispatch clock always records");
        refusal.Rule.Should().Be(TicketRule.ClockStartRule);
    }

    [Fact]
    public void Histories_recorded_under_each_clock_replay_under_that_clock_without_drift()
    {
        foreach (var policy in new[] { Policy, SignInClock, ReceiptClock })
        {
            var history = SignedHistory(policy);

            var ticket = Ticket.Rehydrate(policy, history);

            ticket.DeadlineDrifts.Should().BeEmpty(policy.ClockStart.Name);
            ticket.History.Should().Equal(history);
        }
    }

    [Fact]
    public void A_limit_changed_since_the_dispatch_is_a_drift_naming_both_limits()
    {
        var history = SignedHistory(Policy);
        var fifteen = Policy.ToBuilder().Limit(TicketCategory.Complaint, 15).Build();

        var ticket = Ticket.Rehydrate(fifteen, history);

        ticket.DeadlineDrifts.Should().ContainSingle();
        var drift = ticket.DeadlineDrifts[0];
        drift.Position.Should().Be(2);
        drift.RecordedWorkingDays.Should().Be(10);
        drift.RecomputedWorkingDays.Should().Be(15);
        drift.RecordedDueDate.Should().Be(D("2026-10-20"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"), "the recorded deadline wins");
    }

    [Fact]
    public void A_recorded_limit_alone_differing_from_todays_is_a_drift()
    {
        var history = SignedHistory(Policy);
        history[1] = ((TicketDispatched)history[1]) with { WorkingDays = 9 };

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.DeadlineDrifts.Should().Equal(new DeadlineDrift(
            2, 9, D("2026-10-20"), Beijing("2026-10-21 00:00"), false, 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false, null));
    }

    [Fact]
    public void A_registration_at_an_instant_no_action_accepts_is_refused_on_replay()
    {
        var history = SignedHistory(Policy).Take(1).ToList();
        history[0] = history[0] with { At = Instant.MaxValue - Duration.FromHours(1) };

        var refusal = Refused(Policy, history);

        refusal.Position.Should().Be(1);
        refusal.Rule.Should().Be(TicketRule.WellFormedHistory);
        refusal.Message.Should().Contain("outside the instants every action accepts");
        FluentActions.Invoking(() => Ticket.Register(new TicketId("GD-X"), TicketCategory.Complaint, "x", Policy, Operator, Instant.MaxValue - Duration.FromHours(1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("receivedAt");
    }

    [Fact]
    public void A_later_event_at_the_start_of_time_is_refused_on_replay_naming_its_position()
    {
        var history = SignedHistory(Policy);
        history[0] = history[0] with { At = Instant.MinValue + Duration.FromHours(1) };

        var refusal = Refused(Policy, history);

        refusal.Position.Should().Be(1);
        refusal.Rule.Should().Be(TicketRule.WellFormedHistory);
    }

    [Fact]
    public void The_last_instant_every_action_accepts_is_accepted_on_replay_too()
    {
        var latest = Preconditions.Latest;
        var live = Ticket.Register(new TicketId("GD-LAST"), TicketCategory.Praise, "表扬", Policy, Operator, latest);
        live.AnswerDirectly("已转达", Operator, latest);

        var replayed = Ticket.Rehydrate(Policy, live.History);

        replayed.Status.Should().Be(TicketStatus.Closed);
        replayed.History.Should().Equal(live.History);
    }
}

public class ReplayAtTheEndsOfTimeTests
{
    [Fact]
    public void A_recorded_due_instant_near_the_end_of_time_is_printed_in_UTC_in_a_refusal_not_an_overflow()
    {
        var t = Signed();
        t.Reply("已维修电梯", true, HousingClerk, Beijing("2026-10-15 10:00"));
        var history = t.History.ToList();
        history[1] = ((TicketDispatched)history[1]) with { DueAt = Instant.MaxValue - Duration.FromHours(1) };
        history[3] = ((TicketReplied)history[3]) with { OnTime = false };

        var refusal = FluentActions.Invoking(() => Ticket.Rehydrate(Policy, history)).Should().Throw<TicketHistoryException>().Which;

        refusal.Position.Should().Be(4);
        refusal.Rule.Should().Be(TicketRule.WellFormedHistory);
        refusal.Message.Should().Contain("against the recorded deadline 9999-12-31 22:59:59Z");
    }
}
