using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// A stored history is replayed field by field: each malformed fact is refused at its position with a message that
/// quotes it, a live rule broken on replay keeps the live refusal inside, and recorded deadlines that the policy now
/// computes differently in any one respect (date, instant, provisional flag) are reported as drift.
/// </summary>
public class ReplayRefusalTests
{
    private const string Prefix = "[well-formed-history] Event ";

    // Registered 15:50, dispatched 16:00 (due 2026-10-20), signed 16:30, extension of 5 asked 10-12 09:00 and approved
    // 10:00 (due 2026-10-27), replied 10-15 10:00 on time, called back dissatisfied 10-16 09:00, reopened 11:00.
    private static List<TicketEvent> Loop()
    {
        var t = Signed();
        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));
        t.Reply("已处理", false, HousingClerk, Beijing("2026-10-15 10:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-10-16 09:00"));
        t.Reopen("未解决", Supervisor, Beijing("2026-10-16 11:00"));
        return [.. t.History];
    }

    private static List<TicketEvent> Loop(int take) => Loop().Take(take).ToList();

    private static void Malformed(List<TicketEvent> history, int position, string message)
    {
        var e = RefusedOnReplay(history);
        e.Rule.Should().Be(TicketRule.WellFormedHistory);
        e.Position.Should().Be(position);
        e.Message.Should().Be($"{Prefix}{position} of the history: {message}");
    }

    [Fact]
    public void The_whole_loop_replays_to_the_ticket_that_recorded_it()
    {
        var ticket = Ticket.Rehydrate(Policy, Loop());

        ticket.Status.Should().Be(TicketStatus.InProgress);
        ticket.ReopenCount.Should().Be(1);
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-30"));
        ticket.DeadlineDrifts.Should().BeEmpty();
        ticket.UncommittedEvents.Should().BeEmpty();
        ticket.LoadedVersion.Should().Be(8);
    }

    [Fact]
    public void A_history_starting_with_another_event_names_its_type()
    {
        Malformed(Loop().Skip(1).ToList(), 1, "a history starts with a registration (TicketRegistered), not TicketDispatched.");
    }

    [Fact]
    public void A_malformed_registration_quotes_the_bad_field()
    {
        var history = Loop(1);
        var registered = (TicketRegistered)history[0];

        history[0] = registered with { TicketId = "GD-1 " };
        Malformed(history, 1, "the ticket id 'GD-1 ' is blank or padded.");
        history[0] = registered with { TicketId = " GD-1" };
        Malformed(history, 1, "the ticket id ' GD-1' is blank or padded.");
        history[0] = registered with { Category = "投诉" };
        Malformed(history, 1, "'投诉' is not a TicketCategory code.");
        history[0] = registered with { Summary = " " };
        Malformed(history, 1, "the summary is blank.");
        history[0] = registered with { ByStaff = "" };
        Malformed(history, 1, "the staff id '' is blank or padded.");
        history[0] = registered with { Sequence = 0 };
        Malformed(history, 1, "its sequence is 0; a history's sequence runs 1, 2, 3… so it should be 1.");
    }

    [Fact]
    public void A_registration_by_a_unit_is_refused_as_platform_work()
    {
        var history = Loop(1);
        history[0] = history[0] with { ByUnit = "住建局", ByStaff = "zj-11" };

        var e = RefusedOnReplay(history);

        e.Rule.Should().Be(TicketRule.PlatformOnly);
        e.Position.Should().Be(1);
        e.Message.Should().Be("[platform-only] Event 1 of the history: only platform staff register a ticket; staff zj-11 of unit 住建局 did.");
    }

    [Fact]
    public void A_second_registration_names_the_ticket()
    {
        var history = Loop(2);
        history.Add(history[0] with { Sequence = 3, At = Beijing("2026-10-01 00:00") });

        Malformed(history, 3, "a second registration; ticket GD-20260930-0001 was registered by event 1.");
    }

    [Fact]
    public void A_padded_acting_unit_or_staff_id_is_refused_quoting_it()
    {
        var history = Loop(3);
        history[2] = history[2] with { ByUnit = "住建局 " };
        Malformed(history, 3, "the unit id '住建局 ' is blank or padded.");

        history = Loop(3);
        history[2] = history[2] with { ByStaff = "\tzj-11" };
        Malformed(history, 3, "the staff id '\tzj-11' is blank or padded.");
    }

    [Fact]
    public void A_malformed_dispatch_quotes_the_bad_field()
    {
        var history = Loop(2);
        var dispatched = (TicketDispatched)history[1];

        history[1] = dispatched with { Unit = "" };
        Malformed(history, 2, "the unit id '' is blank or padded.");
        history[1] = dispatched with { Complexity = "hard" };
        Malformed(history, 2, "'hard' is not a Complexity code.");
        history[1] = dispatched with { DueAt = null };
        Malformed(history, 2, "a deadline is recorded with ClockStartedAt, WorkingDays, DueDate and DueAt together, or none of them.");
        history[1] = dispatched with { ClockStartedAt = null, WorkingDays = null, DueDate = null };
        Malformed(history, 2, "a deadline is recorded with ClockStartedAt, WorkingDays, DueDate and DueAt together, or none of them.");
    }

    [Fact]
    public void A_recorded_deadline_that_does_not_fit_its_event_is_refused_quoting_it()
    {
        var history = Loop(2);
        var dispatched = (TicketDispatched)history[1];

        history[1] = dispatched with { ClockStartedAt = dispatched.At + Duration.Epsilon };
        RefusedOnReplay(history).Message.Should().Contain("the recorded deadline (clock from 2026-09-30T08:00:00").And.Contain("does not fit the event at 2026-09-30T08:00:00Z.");
        history[1] = dispatched with { WorkingDays = 0 };
        Malformed(history, 2, "the recorded deadline (clock from 2026-09-30T08:00:00Z, 0 working days, due 2026-10-20T16:00:00Z) does not fit the event at 2026-09-30T08:00:00Z.");
        history[1] = dispatched with { DueAt = dispatched.ClockStartedAt };
        RefusedOnReplay(history).Message.Should().Contain("due 2026-09-30T08:00:00Z) does not fit");
        history[1] = dispatched with { DueAt = dispatched.ClockStartedAt - Duration.FromHours(1) };
        RefusedOnReplay(history).Position.Should().Be(2);
    }

    [Fact]
    public void A_recorded_deadline_at_its_edges_is_accepted_and_reported_as_drift()
    {
        var history = Loop(2);
        var dispatched = (TicketDispatched)history[1];
        history[1] = dispatched with { ClockStartedAt = dispatched.At, WorkingDays = 1, DueAt = dispatched.ClockStartedAt + Duration.Epsilon };

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.Deadline!.Value.WorkingDays.Should().Be(1);
        ticket.Deadline!.Value.DueAt.Should().Be(dispatched.At + Duration.Epsilon);
        ticket.DeadlineDrifts.Should().ContainSingle().Which.RecomputedDueAt.Should().Be(Beijing("2026-10-21 00:00"));
    }

    [Fact]
    public void A_recorded_due_instant_alone_differing_from_todays_is_a_drift()
    {
        var history = Loop(2);
        var dispatched = (TicketDispatched)history[1];
        history[1] = dispatched with { DueAt = dispatched.DueAt!.Value + Duration.FromHours(1) };

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.DeadlineDrifts.Should().Equal(new DeadlineDrift(
            2, 10, D("2026-10-20"), Beijing("2026-10-21 01:00"), false, 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false, null));
        ticket.Deadline!.Value.DueAt.Should().Be(Beijing("2026-10-21 01:00"), "the recorded deadline wins");
    }

    [Fact]
    public void A_recorded_provisional_flag_alone_differing_from_todays_is_a_drift()
    {
        var history = Loop(2);
        history[1] = ((TicketDispatched)history[1]) with { IsProvisional = true };

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.DeadlineDrifts.Should().Equal(new DeadlineDrift(
            2, 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), true, 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false, null));
        ticket.Deadline!.Value.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void A_deadline_recorded_at_sign_in_is_recomputed_from_its_clock_and_may_drift()
    {
        var policy = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();
        var t = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "噪音", policy, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-10-09 09:00"));
        var history = t.History.ToList();
        var signed = (TicketSignedIn)history[2];
        signed.DueDate.Should().Be(D("2026-10-22"), "10 working days after the sign-in, Saturday 10-10 being a make-up working day");

        Ticket.Rehydrate(policy, history).DeadlineDrifts.Should().BeEmpty();

        history[2] = signed with { DueDate = D("2026-10-26"), DueAt = Beijing("2026-10-27 00:00") };
        var drifted = Ticket.Rehydrate(policy, history);
        drifted.DeadlineDrifts.Should().Equal(new DeadlineDrift(
            3, 10, D("2026-10-26"), Beijing("2026-10-27 00:00"), false, 10, D("2026-10-22"), Beijing("2026-10-23 00:00"), false, null));
        drifted.Deadline!.Value.DueDate.Should().Be(D("2026-10-26"));

        history[2] = signed with { WorkingDays = null };
        FluentActions.Invoking(() => Ticket.Rehydrate(policy, history)).Should().Throw<TicketHistoryException>().Which.Position.Should().Be(3);
    }

    [Fact]
    public void Blank_reasons_and_texts_are_refused_naming_the_text()
    {
        var history = Loop(4);
        history[3] = ((TicketExtensionRequested)history[3]) with { Reason = "" };
        Malformed(history, 4, "the reason is blank.");

        history = Loop(6);
        history[5] = ((TicketReplied)history[5]) with { Result = " " };
        Malformed(history, 6, "the result is blank.");

        history = Loop(8);
        history[7] = ((TicketReopened)history[7]) with { Reason = "\t" };
        Malformed(history, 8, "the reason is blank.");

        history = Loop(1);
        history.Add(new TicketAnsweredDirectly(2, Beijing("2026-09-30 16:00"), null, "op-01", ""));
        Malformed(history, 2, "the answer is blank.");

        history = Loop(3);
        history[2] = new TicketReturned(3, Beijing("2026-09-30 16:30"), "住建局", "zj-11", " ");
        Malformed(history, 3, "the reason is blank.");

        history = Loop(2);
        history.Add(new TicketReturned(3, Beijing("2026-09-30 16:30"), "住建局", "zj-11", "不属于本单位"));
        history.Add(new TicketReturnRejected(4, Beijing("2026-09-30 16:40"), null, "dp-02", ""));
        Malformed(history, 4, "the reason is blank.");

        history = Loop(4);
        history.Add(new TicketExtensionDenied(5, Beijing("2026-10-12 10:00"), null, "sv-03", " "));
        Malformed(history, 5, "the reason is blank.");
    }

    [Fact]
    public void A_request_for_no_working_days_is_refused_quoting_the_days()
    {
        var history = Loop(4);
        history[3] = ((TicketExtensionRequested)history[3]) with { WorkingDays = 0 };

        Malformed(history, 4, "an extension of 0 working days; a request asks for 1 or more.");
    }

    [Fact]
    public void A_request_for_one_working_day_is_accepted()
    {
        var history = Loop(4);
        history[3] = ((TicketExtensionRequested)history[3]) with { WorkingDays = 1 };

        Ticket.Rehydrate(Policy, history).PendingExtensionWorkingDays.Should().Be(1);
    }

    [Fact]
    public void An_approval_granting_other_days_than_asked_names_both()
    {
        var history = Loop(5);
        history[4] = ((TicketExtensionApproved)history[4]) with { WorkingDays = 3 };

        Malformed(history, 5, "the approval grants 3 working days but the pending request asked for 5.");
    }

    [Fact]
    public void An_approval_recording_another_due_date_than_todays_extension_is_a_drift()
    {
        var history = Loop(5);
        history[4] = ((TicketExtensionApproved)history[4]) with { DueDate = D("2026-10-28"), DueAt = Beijing("2026-10-29 00:00") };

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-28"));
        ticket.Deadline!.Value.ExtensionsUsed.Should().Be(1);
        ticket.Deadline!.Value.ExtendedByWorkingDays.Should().Be(5);
        ticket.DeadlineDrifts.Should().Equal(new DeadlineDrift(
            5, 5, D("2026-10-28"), Beijing("2026-10-29 00:00"), false, 5, D("2026-10-27"), Beijing("2026-10-28 00:00"), false, null));
    }

    [Fact]
    public void An_approval_or_reopen_recording_a_date_in_another_calendar_is_refused()
    {
        var julian = new LocalDate(2026, 10, 14, CalendarSystem.Julian);
        var history = Loop(5);
        history[4] = ((TicketExtensionApproved)history[4]) with { DueDate = julian };
        RefusedOnReplay(history).Should().Match<TicketHistoryException>(e => e.Position == 5 && e.Message.Contains("is in the Julian calendar; events record ISO dates."));

        history = Loop();
        history[7] = ((TicketReopened)history[7]) with { DueDate = julian };
        RefusedOnReplay(history).Position.Should().Be(8);
    }

    [Fact]
    public void A_reply_recorded_late_that_was_on_time_is_refused_naming_both_instants()
    {
        var history = Loop(6);
        history[5] = ((TicketReplied)history[5]) with { OnTime = false };

        Malformed(history, 6,
            "the reply is recorded as late but it came at 2026-10-15 10:00:00 (Asia/Shanghai) against the recorded deadline 2026-10-28 00:00:00 (Asia/Shanghai).");
    }

    [Fact]
    public void A_reply_recorded_on_time_that_was_late_is_refused()
    {
        var history = Loop(5);
        history.Add(new TicketReplied(6, Beijing("2026-10-28 00:00"), "住建局", "zj-11", "已处理", true, OnTime: true));

        Malformed(history, 6,
            "the reply is recorded as on time but it came at 2026-10-28 00:00:00 (Asia/Shanghai) against the recorded deadline 2026-10-28 00:00:00 (Asia/Shanghai).");
    }

    [Fact]
    public void An_unknown_satisfaction_is_refused_quoting_it()
    {
        var history = Loop(7);
        history[6] = ((TicketCallbackRecorded)history[6]) with { Satisfaction = "meh" };

        Malformed(history, 7, "'meh' is not a Satisfaction code.");
    }

    [Fact]
    public void A_reopened_round_whose_deadline_does_not_follow_the_reopen_is_refused()
    {
        var history = Loop();
        var reopened = (TicketReopened)history[7];

        history[7] = reopened with { WorkingDays = 0 };
        Malformed(history, 8,
            "the reopened round's deadline (0 working days, due 2026-10-31 00:00:00 (Asia/Shanghai)) does not follow the reopen at 2026-10-16 11:00:00 (Asia/Shanghai).");
        history[7] = reopened with { DueAt = reopened.At };
        RefusedOnReplay(history).Position.Should().Be(8);
    }

    [Fact]
    public void A_reopened_round_with_a_one_day_deadline_just_after_the_reopen_loads_with_its_drift()
    {
        var history = Loop();
        var reopened = (TicketReopened)history[7];
        history[7] = reopened with { WorkingDays = 1, DueAt = reopened.At + Duration.Epsilon };

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.Deadline!.Value.DueAt.Should().Be(reopened.At + Duration.Epsilon);
        ticket.Deadline!.Value.WorkingDays.Should().Be(1);
        ticket.DeadlineDrifts.Should().ContainSingle().Which.Position.Should().Be(8);
    }

    [Fact]
    public void A_merge_into_a_padded_master_id_is_refused_quoting_it()
    {
        var history = Loop(2);
        history.Add(new TicketMerged(3, Beijing("2026-09-30 17:00"), null, "op-01", "GD-2 "));

        Malformed(history, 3, "the master ticket id 'GD-2 ' is blank or padded.");
    }

    [Fact]
    public void A_merge_replays_to_a_closed_duplicate_pointing_to_its_master()
    {
        var history = Loop(4);
        history.Add(new TicketMerged(5, Beijing("2026-10-12 11:00"), null, "op-01", "GD-2"));

        var ticket = Ticket.Rehydrate(Policy, history);

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.MergedInto.Should().Be(new TicketId("GD-2"));
        ticket.PendingExtensionWorkingDays.Should().BeNull("a pending request ends with the merge");
    }

    [Fact]
    public void A_live_rule_broken_on_replay_keeps_the_live_refusal_inside_and_names_the_event_kind()
    {
        var history = Loop(3);
        history.Add(new TicketClosed(4, Beijing("2026-10-01 09:00"), null, "sv-03"));

        var e = RefusedOnReplay(history);

        e.Rule.Should().Be(TicketRule.AllowedStatus);
        e.Position.Should().Be(4);
        e.Message.Should().StartWith("[allowed-status] Event 4 of the history: closed: [allowed-status] Ticket GD-20260930-0001 is 办理中 (InProgress); to close it");
        e.InnerException.Should().BeOfType<TicketStateException>().Which.Rule.Should().Be(TicketRule.AllowedStatus);
    }

    [Fact]
    public void An_unknown_event_type_is_refused_listing_the_known_ones()
    {
        var history = Loop(1);
        history.Add(new Stray(2, Beijing("2026-09-30 16:00"), null, "op-01"));

        var e = RefusedOnReplay(history);

        e.Position.Should().Be(2);
        e.Message.Should().StartWith($"{Prefix}2 of the history: {typeof(Stray).FullName} is not a ticket event this library knows; known: TicketRegistered, TicketAnsweredDirectly, ");
        e.Message.Should().EndWith(", TicketRequesterContacted, TicketAssistingUnitAdded, TicketAssistanceReported, TicketProgressReported, TicketReminded, TicketSupervised, TicketSupervisionAnswered, TicketEscalated, TicketTransferredToEmergencyLine, TicketReferredToLegalRoute, TicketDeclined, TicketMarkedInvalid, TicketWithdrawn, TicketTerminationRequested, TicketTerminationApproved, TicketTerminationDenied, TicketStatutoryPeriodRequested, TicketStatutoryPeriodApproved, TicketStatutoryPeriodDenied, TicketCallbackAttempted, TicketReplyReviewed.");
    }

    [Fact]
    public void A_history_given_as_a_lazy_sequence_replays_like_a_list()
    {
        var loop = Loop();

        var ticket = Ticket.Rehydrate(Policy, loop.Select(e => e));

        ticket.History.Should().Equal(loop);
        ticket.Version.Should().Be(8);
    }

    [Fact]
    public void A_policy_that_no_longer_times_the_reopen_reports_why_as_drift()
    {
        var noComplaints = HandlingPolicy.CreateBuilder("no complaints", ChinaCalendars.Mainland)
            .Limit(TicketCategory.Consultation, 2)
            .Extension(ExtensionRule.Once(5, Complexity.EspeciallyComplex))
            .Build();

        var ticket = Ticket.Rehydrate(noComplaints, Loop());

        ticket.DeadlineDrifts.Select(d => d.Position).Should().Equal(2, 8);
        ticket.DeadlineDrifts[1].Should().Be(new DeadlineDrift(
            8, 10, D("2026-10-30"), Beijing("2026-10-31 00:00"), false, null, null, null, null,
            "Policy 'no complaints' has no handling limit for 投诉 (Complaint). Categories it handles: 咨询."));
    }

    private sealed record Stray(int Sequence, Instant At, string? ByUnit, string ByStaff) : TicketEvent(Sequence, At, ByUnit, ByStaff)
    {
        // Only a friend assembly can override the internal member; outside the library no such type can exist.
        internal override TicketEventKind Kind => null!;
    }
}
