using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Rule 5: replay runs the same rules, rejects a broken history with its position, and keeps recorded deadlines.</summary>
public class RehydrateTests
{
    private static List<TicketEvent> Loop()
    {
        var t = Signed();
        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-19 09:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-10-19 11:00"));
        t.Reply("已处理", true, HousingClerk, Beijing("2026-10-27 17:00"));
        return [.. t.History];
    }

    [Fact]
    public void Given_a_history_then_the_next_action_emits_exactly_one_new_uncommitted_event()
    {
        var ticket = Ticket.Rehydrate(Policy, Loop());

        ticket.RecordCallback(true, Satisfaction.BasicallySatisfied, Operator, Beijing("2026-10-28 10:00"));

        ticket.UncommittedEvents.Should().Equal(new TicketCallbackRecorded(7, Beijing("2026-10-28 10:00"), null, "op-01", true, "basically-satisfied"));
        ticket.LoadedVersion.Should().Be(6);
        ticket.DeadlineDrifts.Should().BeEmpty();
    }

    [Fact]
    public void An_empty_history_is_refused_saying_it_must_start_with_a_registration()
    {
        var e = RefusedOnReplay([]);

        e.Position.Should().Be(0);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Message.Should().Be("[well-formed-history] Event 0 of the history: the history is empty; it must start with a registration (TicketRegistered).");
    }

    [Fact]
    public void A_history_must_start_with_the_registration()
    {
        var e = RefusedOnReplay(Loop().Skip(1));
        e.Position.Should().Be(1);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
    }

    [Fact]
    public void A_missing_event_breaks_the_sequence_at_its_position()
    {
        var history = Loop();
        history.RemoveAt(2);
        var e = RefusedOnReplay(history);
        e.Position.Should().Be(3);
        e.Message.Should().Contain("sequence is 4").And.Contain("should be 3");
    }

    [Fact]
    public void A_null_event_is_an_argument_error_giving_its_position()
    {
        var history = Loop();
        history[3] = null!;
        FluentActions.Invoking(() => Ticket.Rehydrate(Policy, history)).Should().Throw<ArgumentException>().WithMessage("Event 4*null*");
    }

    [Fact]
    public void A_reply_by_another_unit_is_refused_with_the_rule_and_the_position()
    {
        var history = Loop();
        var reply = (TicketReplied)history[5];
        history[5] = reply with { ByUnit = "城管局" };

        var e = RefusedOnReplay(history);

        e.Position.Should().Be(6);
        e.Rule.Should().Be(TicketRule.DispatchedUnitOnly);
        e.InnerException.Should().BeOfType<TicketAuthorityException>();
        e.Message.Should().StartWith("[dispatched-unit-only] Event 6 of the history: replied:");
    }

    [Fact]
    public void An_approval_by_the_unit_itself_is_refused()
    {
        var history = Loop();
        history[4] = ((TicketExtensionApproved)history[4]) with { ByUnit = "住建局" };
        RefusedOnReplay(history).Rule.Should().Be(TicketRule.PlatformOnly);
    }

    [Fact]
    public void A_second_extension_request_in_a_round_is_refused_on_replay()
    {
        var history = Loop();
        history.Insert(5, new TicketExtensionRequested(6, Beijing("2026-10-20 09:00"), "住建局", "zj-11", 2, "再申请"));
        history[6] = history[6] with { Sequence = 7 };

        var e = RefusedOnReplay(history);
        e.Position.Should().Be(6);
        e.Rule.Should().Be(TicketRule.ExtensionAllowed);
        e.InnerException.Should().BeOfType<ExtensionRefusedException>().Which.Reason.Should().Be(ExtensionRefusal.NoExtensionsLeft);
        e.Message.Should().Contain($"extension-requested: {e.InnerException!.Message}");
    }

    [Fact]
    public void Events_out_of_chronological_order_are_refused()
    {
        var history = Loop();
        history[5] = history[5] with { At = Beijing("2026-10-19 10:59") };
        RefusedOnReplay(history).Rule.Should().Be(TicketRule.Chronology);
    }

    [Fact]
    public void A_reply_recorded_on_time_against_a_recorded_deadline_it_missed_is_refused()
    {
        var history = Loop();
        history.RemoveRange(3, 3);
        history.Add(new TicketReplied(4, Beijing("2026-10-27 17:00"), "住建局", "zj-11", "已处理", true, OnTime: true));

        var e = RefusedOnReplay(history);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Message.Should().Contain("on time");
    }

    [Fact]
    public void Unknown_codes_and_blank_fields_are_refused()
    {
        var history = Loop();
        history[1] = ((TicketDispatched)history[1]) with { Complexity = "hard" };
        RefusedOnReplay(history).Message.Should().Contain("'hard' is not a Complexity code");

        history = Loop();
        history[0] = ((TicketRegistered)history[0]) with { Category = "投诉" };
        RefusedOnReplay(history).Position.Should().Be(1);

        history = Loop();
        history[3] = history[3] with { ByStaff = " " };
        RefusedOnReplay(history).Position.Should().Be(4);
    }

    [Fact]
    public void A_second_registration_is_refused()
    {
        var history = Loop();
        history.Add(history[0] with { Sequence = 7, At = Beijing("2026-10-28 00:00") });
        RefusedOnReplay(history).Position.Should().Be(7);
    }

    [Fact]
    public void An_event_type_the_library_does_not_know_is_refused()
    {
        var history = Loop();
        history.Add(new ForeignEvent(7, Beijing("2026-10-28 00:00"), null, "op-01"));
        RefusedOnReplay(history).Message.Should().Contain("ForeignEvent");
    }

    [Fact]
    public void A_recorded_deadline_wins_over_an_amended_calendar_and_the_drift_is_exposed()
    {
        // A typhoon closes the city on 2026-10-12/13 after the order was dispatched.
        var amended = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .Named("Mainland + typhoon")
            .AddLayer(CalendarLayer.CreateBuilder("city emergency")
                .DaysOff(new DateInterval(D("2026-10-12"), D("2026-10-13")), HolidayName.Create("台风停工", "Typhoon closure")))
            .Build();
        var today = HandlingPolicy.CreateBuilder("宝鸡市 12345 (amended)", amended)
            .Limit(TicketCategory.Complaint, 10)
            .Extension(ExtensionRule.Once(5, Complexity.EspeciallyComplex))
            .Build();

        var ticket = Ticket.Rehydrate(today, Loop());

        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-27"), "the recorded (extended) deadline stays in force");
        ticket.RepliedOnTime.Should().BeTrue();
        ticket.DeadlineDrifts.Should().Equal(
            [new DeadlineDrift(2, 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false, 10, D("2026-10-22"), Beijing("2026-10-23 00:00"), false, null)],
            "the extension (event 5) is recomputed from the recorded original due date, after the closure, so it agrees");
    }

    [Fact]
    public void A_deadline_the_policy_can_no_longer_compute_is_a_drift_not_an_unloadable_ticket()
    {
        var narrower = HandlingPolicy.CreateBuilder("no complaints", ChinaCalendars.Mainland)
            .Limit(TicketCategory.Consultation, 2)
            .Extension(ExtensionRule.Once(5, Complexity.EspeciallyComplex))
            .Build();

        var ticket = Ticket.Rehydrate(narrower, Loop());

        ticket.Status.Should().Be(TicketStatus.Replied);
        ticket.DeadlineDrifts.Should().HaveCount(1);
        ticket.DeadlineDrifts[0].Position.Should().Be(2);
        ticket.DeadlineDrifts[0].RecomputedDueDate.Should().BeNull();
        ticket.DeadlineDrifts[0].RecomputeError.Should().Contain("投诉");
    }

    private sealed record ForeignEvent(int Sequence, Instant At, string? ByUnit, string ByStaff) : TicketEvent(Sequence, At, ByUnit, ByStaff)
    {
        // Only a friend assembly can override the internal member; outside the library no such type can exist.
        internal override TicketEventKind Kind => null!;
    }
}
