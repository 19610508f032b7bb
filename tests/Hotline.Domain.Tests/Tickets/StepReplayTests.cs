using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Replay of the step facts: what a dispatch recorded wins; histories stored before step limits (no urgency, no due
/// instants, no designation, no sign-in judgement) still replay, as orders without limits; recorded judgements must be
/// the ones their recorded due instants give.
/// </summary>
public class StepReplayTests
{
    // Urgent order under the step policy: dispatched 2025-09-30 17:20, contacted 17:40, signed 2025-10-09 10:00 (late).
    private static Ticket Live()
    {
        var t = Ticket.Register(new TicketId("GD-20250930-0042"), TicketCategory.Complaint, "小区停水", StepPolicy, Operator, Beijing("2025-09-30 17:00"), Urgency.Urgent);
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-30 17:20"));
        t.ContactRequester("已联系", HousingClerk, Beijing("2025-09-30 17:40"));
        t.ContactRequester("再联系", HousingClerk, Beijing("2025-09-30 17:45"));
        t.SignIn(HousingClerk, Beijing("2025-10-09 10:00"));
        return t;
    }

    private static TicketHistoryException Refused(IEnumerable<TicketEvent> history) =>
        FluentActions.Invoking(() => Ticket.Rehydrate(StepPolicy, history)).Should().Throw<TicketHistoryException>().Which;

    [Fact]
    public void A_history_with_the_step_facts_replays_to_the_same_ticket()
    {
        var live = Live();
        var replayed = Ticket.Rehydrate(StepPolicy, live.History);

        Fingerprint.Of(replayed).Should().Be(Fingerprint.Of(live));
        replayed.Urgency.Should().Be(Urgency.Urgent);
        replayed.ContactedOnTime.Should().BeTrue();
        replayed.SignedInOnTime.Should().BeFalse();
    }

    [Fact]
    public void The_recorded_step_facts_win_over_what_the_policy_decides_today()
    {
        var replayed = Ticket.Rehydrate(Policy, Live().History);

        replayed.SignInDueAt.Should().Be(Beijing("2025-10-09 09:50"), "the Baoji preset has no sign-in limit today, but the dispatch recorded one");
        replayed.ContactDueAt.Should().Be(Beijing("2025-09-30 17:50"));
        replayed.SignedInOnTime.Should().BeFalse();
    }

    [Fact]
    public void A_history_stored_before_step_limits_replays_as_an_order_without_them()
    {
        // The events an earlier version wrote: no urgency code, a dispatch without step facts.
        var dispatchedAt = Beijing("2025-09-30 17:20");
        var due = StepPolicy.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatchedAt);
        List<TicketEvent> old =
        [
            new TicketRegistered(1, Beijing("2025-09-30 17:00"), null, "op-01", "GD-OLD", "complaint", "小区停水"),
            new TicketDispatched(2, dispatchedAt, null, "dp-02", "住建局", "general", dispatchedAt, due.WorkingDays, due.DueDate, due.DueAt, false),
            new TicketReturned(3, Beijing("2025-10-13 09:00"), "住建局", "zj-11", "非本单位职责"),
        ];

        var replayed = Ticket.Rehydrate(StepPolicy, old);

        replayed.Urgency.Should().Be(Urgency.Normal);
        (replayed.SignInDueAt, replayed.ContactDueAt, replayed.ReturnWindowEndsAt, replayed.IsDesignated)
            .Should().Be(((Instant?)null, (Instant?)null, (Instant?)null, false), "absent facts mean no limit: the policy does not invent them for an old order");
        replayed.Status.Should().Be(TicketStatus.Returned, "a return long after today's window is accepted: the old dispatch recorded no window");
        replayed.DeadlineDrifts.Should().BeEmpty();
    }

    [Fact]
    public void A_recorded_designation_refuses_a_return_on_replay()
    {
        var t = Ticket.Register(new TicketId("GD-D"), TicketCategory.Complaint, "噪音", StepPolicy, Operator, Beijing("2025-09-30 17:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-30 17:20"));
        var history = t.History.ToList();
        history[1] = ((TicketDispatched)history[1]) with { IsDesignated = true };
        history.Add(new TicketReturned(3, Beijing("2025-09-30 17:30"), "住建局", "zj-11", "非本单位职责"));

        var e = Refused(history);
        e.Position.Should().Be(3);
        e.Rule.Should().Be(TicketRule.DesignatedUnitCannotReturn);
    }

    [Fact]
    public void A_return_after_the_recorded_window_is_refused_on_replay()
    {
        var t = Ticket.Register(new TicketId("GD-W"), TicketCategory.Complaint, "噪音", StepPolicy, Operator, Beijing("2025-09-30 17:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-30 17:20"));
        var history = t.History.Append(new TicketReturned(3, Beijing("2025-10-10 00:00"), "住建局", "zj-11", "非本单位职责")).ToList();

        Refused(history).Rule.Should().Be(TicketRule.ReturnWindowClosed);
    }

    [Fact]
    public void A_sign_in_judgement_that_its_due_instant_does_not_give_is_refused()
    {
        var history = Live().History.ToList();
        var index = history.FindIndex(e => e is TicketSignedIn);
        history[index] = ((TicketSignedIn)history[index]) with { OnTime = true };

        var e = Refused(history);
        e.Position.Should().Be(index + 1);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Message.Should().Contain("the sign-in is recorded as on time but it came at 2025-10-09 10:00:00 (Asia/Shanghai) against the recorded due instant 2025-10-09 09:50:00 (Asia/Shanghai), which makes it late.");
    }

    [Fact]
    public void A_sign_in_judged_without_a_recorded_limit_is_refused()
    {
        var old = Ticket.Register(new TicketId("GD-S"), TicketCategory.Complaint, "噪音", Policy, Operator, Beijing("2025-09-30 17:00"));
        old.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-30 17:20"));
        old.SignIn(HousingClerk, Beijing("2025-09-30 17:30"));
        var history = old.History.ToList();
        history[2] = ((TicketSignedIn)history[2]) with { OnTime = false };

        Refused(history).Message.Should().Contain("no recorded limit").And.Contain("not judged");
    }

    [Fact]
    public void A_later_contact_recorded_with_a_judgement_is_refused()
    {
        var history = Live().History.ToList();
        history[3] = ((TicketRequesterContacted)history[3]) with { OnTime = true };

        var e = Refused(history);
        e.Position.Should().Be(4);
        e.Message.Should().Contain("contact is recorded as on time").And.Contain("not judged");
    }

    [Fact]
    public void A_first_contact_judged_against_its_due_instant_wrongly_is_refused()
    {
        var history = Live().History.ToList();
        history[2] = ((TicketRequesterContacted)history[2]) with { OnTime = false };

        Refused(history).Position.Should().Be(3);
    }

    [Theory]
    [InlineData("sign-in", "sign-in due instant")]
    [InlineData("contact", "contact due instant")]
    [InlineData("return", "return window's end")]
    public void A_recorded_due_instant_at_or_before_its_dispatch_is_refused(string which, string named)
    {
        var history = Live().History.Take(2).ToList();
        var d = (TicketDispatched)history[1];
        history[1] = which switch
        {
            "sign-in" => d with { SignInDueAt = d.At },
            "contact" => d with { ContactDueAt = d.At - Duration.FromMinutes(1) },
            _ => d with { ReturnWindowEndsAt = d.At },
        };

        var e = Refused(history);
        e.Position.Should().Be(2);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Message.Should().Contain($"the recorded {named} ").And.Contain("does not follow the dispatch at");
    }

    [Fact]
    public void A_recorded_due_instant_beyond_the_supported_range_is_refused()
    {
        var history = Live().History.Take(2).ToList();
        history[1] = ((TicketDispatched)history[1]) with { ContactDueAt = Instant.MaxValue };

        Refused(history).Rule.Should().Be(TicketRule.WellFormedHistory);
    }

    [Fact]
    public void An_unknown_urgency_code_is_refused()
    {
        var history = Live().History.Take(1).ToList();
        history[0] = ((TicketRegistered)history[0]) with { Urgency = "critical" };

        var e = Refused(history);
        e.Position.Should().Be(1);
        e.Message.Should().Contain("'critical' is not an Urgency code");
    }

    [Fact]
    public void A_contact_with_a_blank_note_or_by_another_unit_is_refused_on_replay()
    {
        var history = Live().History.Take(2).ToList();
        var blank = Refused(history.Append(new TicketRequesterContacted(3, Beijing("2025-09-30 17:40"), "住建局", "zj-11", " ", true)));
        blank.Rule.Should().Be(TicketRule.WellFormedHistory);
        blank.Message.Should().EndWith("the note is blank.");
        Refused(history.Append(new TicketRequesterContacted(3, Beijing("2025-09-30 17:40"), "城管局", "cg-21", "联系", null)))
            .Rule.Should().Be(TicketRule.DispatchedUnitOnly);
    }
}
