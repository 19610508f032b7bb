using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// What each accepted action changes on the ticket — and what it resets — property by property, and the one event
/// it appends with the facts it decided.
/// </summary>
public class StateAfterEachActionTests
{
    [Fact]
    public void A_registered_ticket_holds_its_request_and_nothing_else()
    {
        var ticket = Registered();

        ticket.Id.Should().Be(new TicketId("GD-20260930-0001"));
        ticket.Category.Should().Be(TicketCategory.Complaint);
        ticket.Summary.Should().Be("小区电梯停运三天");
        ticket.ReceivedAt.Should().Be(Beijing("2026-09-30 15:50"));
        ticket.Policy.Should().BeSameAs(Policy);
        ticket.Status.Should().Be(TicketStatus.Registered);
        ticket.ResponsibleUnit.Should().BeNull();
        ticket.Complexity.Should().BeNull();
        ticket.DispatchedAt.Should().BeNull();
        ticket.SignedInAt.Should().BeNull();
        ticket.Deadline.Should().BeNull();
        ticket.ReopenCount.Should().Be(0);
        ticket.ExtensionRequested.Should().BeFalse();
        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.MergedInto.Should().BeNull();
        ticket.Version.Should().Be(1);
        ticket.LoadedVersion.Should().Be(0);
        ticket.History.Should().Equal(new TicketRegistered(1, Beijing("2026-09-30 15:50"), null, "op-01", "GD-20260930-0001", "complaint", "小区电梯停运三天"));
        ticket.UncommittedEvents.Should().Equal(ticket.History);
    }

    [Fact]
    public void A_direct_answer_closes_the_ticket_and_records_the_answer()
    {
        var ticket = Registered(TicketCategory.Consultation);

        ticket.AnswerDirectly("办理时间为工作日 9:00-17:00", Operator, Beijing("2026-09-30 15:55"));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.History[^1].Should().Be(new TicketAnsweredDirectly(2, Beijing("2026-09-30 15:55"), null, "op-01", "办理时间为工作日 9:00-17:00"));
    }

    [Fact]
    public void A_dispatch_sets_unit_complexity_time_and_deadline()
    {
        var ticket = Dispatched(Complexity.Complex);

        ticket.Status.Should().Be(TicketStatus.Dispatched);
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.Complexity.Should().Be(Complexity.Complex);
        ticket.DispatchedAt.Should().Be(Beijing("2026-09-30 16:00"));
        ticket.SignedInAt.Should().BeNull();
        ticket.Deadline.Should().Be(Policy.DeadlineFor(TicketCategory.Complaint, Complexity.Complex, Beijing("2026-09-30 16:00")));
        ticket.History[^1].Should().Be(new TicketDispatched(
            2, Beijing("2026-09-30 16:00"), null, "dp-02", "住建局", "complex", Beijing("2026-09-30 16:00"), 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false));
    }

    [Fact]
    public void A_sign_in_sets_the_time_and_starts_the_handling()
    {
        var ticket = Signed();

        ticket.Status.Should().Be(TicketStatus.InProgress);
        ticket.SignedInAt.Should().Be(Beijing("2026-09-30 16:30"));
        ticket.Deadline!.Value.ClockStart.Should().Be(Beijing("2026-09-30 16:00"), "the clock started at the dispatch");
        ticket.History[^1].Should().Be(new TicketSignedIn(3, Beijing("2026-09-30 16:30"), "住建局", "zj-11", null, null, null, null, false));
    }

    [Fact]
    public void Under_a_sign_in_clock_the_sign_in_records_and_sets_the_deadline()
    {
        var policy = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "噪音", policy, Operator, Beijing("2026-09-30 15:50"));
        ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));
        ticket.Deadline.Should().BeNull();
        ticket.History[^1].Should().Be(new TicketDispatched(2, Beijing("2026-09-30 16:00"), null, "dp-02", "住建局", "general", null, null, null, null, false));

        ticket.SignIn(HousingClerk, Beijing("2026-10-09 09:00"));

        ticket.Deadline.Should().Be(policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-10-09 09:00")));
        ticket.History[^1].Should().Be(new TicketSignedIn(
            3, Beijing("2026-10-09 09:00"), "住建局", "zj-11", Beijing("2026-10-09 09:00"), 10, D("2026-10-22"), Beijing("2026-10-23 00:00"), false));
    }

    [Fact]
    public void A_return_keeps_the_unit_and_its_clock_and_a_rejected_return_sends_it_back()
    {
        var ticket = Returned();
        var deadline = ticket.Deadline;

        ticket.Status.Should().Be(TicketStatus.Returned);
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.History[^1].Should().Be(new TicketReturned(3, Beijing("2026-09-30 16:40"), "住建局", "zj-11", "不属于本单位职责"));

        ticket.RejectReturn("属于本单位职责", Dispatcher, Beijing("2026-09-30 17:00"));

        ticket.Status.Should().Be(TicketStatus.Dispatched);
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.Deadline.Should().Be(deadline);
        ticket.History[^1].Should().Be(new TicketReturnRejected(4, Beijing("2026-09-30 17:00"), null, "dp-02", "属于本单位职责"));
    }

    [Fact]
    public void A_re_dispatch_after_a_sign_in_elsewhere_clears_the_sign_in()
    {
        var ticket = Returned();
        ticket.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-10-09 09:00"));
        ticket.SignIn(UrbanClerk, Beijing("2026-10-09 10:00"));
        ticket.SignedInAt.Should().Be(Beijing("2026-10-09 10:00"));

        var other = Returned();
        other.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-10-09 09:00"));
        other.SignedInAt.Should().BeNull();
        other.Complexity.Should().Be(Complexity.General);
        other.DispatchedAt.Should().Be(Beijing("2026-10-09 09:00"));
    }

    [Fact]
    public void A_request_marks_the_round_and_holds_the_days_until_the_decision()
    {
        var ticket = Signed();

        ticket.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        ticket.ExtensionRequested.Should().BeTrue();
        ticket.PendingExtensionWorkingDays.Should().Be(3);
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"), "nothing is extended before the approval");
        ticket.History[^1].Should().Be(new TicketExtensionRequested(4, Beijing("2026-10-12 09:00"), "住建局", "zj-11", 3, "需协调"));
    }

    [Fact]
    public void An_approval_extends_the_deadline_and_records_the_new_due_date()
    {
        var ticket = Signed();
        ticket.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        ticket.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));

        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.ExtensionRequested.Should().BeTrue();
        ticket.Deadline.Should().Be(Policy.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00")).Extend(3));
        ticket.History[^1].Should().Be(new TicketExtensionApproved(5, Beijing("2026-10-12 10:00"), null, "sv-03", 3, D("2026-10-23"), Beijing("2026-10-24 00:00"), false));
    }

    [Fact]
    public void A_denial_keeps_the_deadline_and_uses_up_the_request()
    {
        var ticket = Signed();
        ticket.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        ticket.DenyExtension("理由不充分", Supervisor, Beijing("2026-10-12 10:00"));

        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.ExtensionRequested.Should().BeTrue();
        ticket.Deadline!.Value.ExtensionsUsed.Should().Be(0);
        ticket.History[^1].Should().Be(new TicketExtensionDenied(5, Beijing("2026-10-12 10:00"), null, "sv-03", "理由不充分"));
    }

    [Fact]
    public void A_callback_records_the_requesters_answer()
    {
        var ticket = CalledBack(false, Satisfaction.BasicallySatisfied);

        ticket.Status.Should().Be(TicketStatus.CalledBack);
        ticket.CallbackResolved.Should().BeFalse();
        ticket.Satisfaction.Should().Be(Satisfaction.BasicallySatisfied);
        ticket.History[^1].Should().Be(new TicketCallbackRecorded(5, Beijing("2026-10-16 09:00"), null, "op-01", false, "basically-satisfied"));
    }

    [Fact]
    public void A_reopen_starts_a_new_round_and_forgets_the_last_rounds_reply_callback_and_request()
    {
        var ticket = Signed();
        ticket.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.Reply("已处理", true, HousingClerk, Beijing("2026-10-15 10:00"));
        ticket.RecordCallback(true, Satisfaction.VeryDissatisfied, Operator, Beijing("2026-10-16 09:00"));

        ticket.Reopen("非常不满意", Supervisor, Beijing("2026-10-16 11:00"));

        ticket.Status.Should().Be(TicketStatus.InProgress);
        ticket.ReopenCount.Should().Be(1);
        ticket.ExtensionRequested.Should().BeFalse();
        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.RepliedAt.Should().BeNull();
        ticket.RepliedOnTime.Should().BeNull();
        ticket.ReplyResolved.Should().BeNull();
        ticket.CallbackResolved.Should().BeNull();
        ticket.Satisfaction.Should().BeNull();
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.SignedInAt.Should().Be(Beijing("2026-09-30 16:30"), "the unit keeps the ticket; no new sign-in");
        ticket.Deadline.Should().Be(Policy.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-10-16 11:00")));
    }

    [Fact]
    public void A_close_after_the_reply_keeps_the_rounds_facts()
    {
        var ticket = Replied(resolved: false);

        ticket.Close(Supervisor, Beijing("2026-10-15 11:00"));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.ReplyResolved.Should().BeFalse();
        ticket.RepliedOnTime.Should().BeTrue();
        ticket.History[^1].Should().Be(new TicketClosed(5, Beijing("2026-10-15 11:00"), null, "sv-03"));
    }

    [Fact]
    public void A_merge_ends_a_pending_request_and_closes_the_duplicate()
    {
        var ticket = Signed();
        ticket.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        ticket.MergeInto(new TicketId("GD-20260930-0000"), Operator, Beijing("2026-10-12 10:00"));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.MergedInto.Should().Be(new TicketId("GD-20260930-0000"));
    }

    [Fact]
    public void A_reply_lets_a_pending_request_lapse()
    {
        var ticket = Signed();
        ticket.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        ticket.Reply("已处理", true, HousingClerk, Beijing("2026-10-13 09:00"));

        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.ExtensionRequested.Should().BeTrue();
        ticket.History[^1].Should().Be(new TicketReplied(5, Beijing("2026-10-13 09:00"), "住建局", "zj-11", "已处理", true, true));
    }

    [Fact]
    public void Under_a_receipt_clock_the_deadline_runs_from_the_registration()
    {
        var policy = Policy.ToBuilder().ClockStartsAt(ClockStart.Receipt).Build();
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "噪音", policy, Operator, Beijing("2026-09-29 15:50"));

        ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));

        ticket.Deadline!.Value.ClockStart.Should().Be(Beijing("2026-09-29 15:50"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-19"));
    }

    [Fact]
    public void Actions_at_the_first_and_last_supported_instants_are_accepted_and_one_tick_beyond_refused()
    {
        var earliest = Preconditions.Earliest;
        var latest = Preconditions.Latest;

        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Praise, "感谢", Policy, Operator, earliest);
        ticket.ReceivedAt.Should().Be(earliest);
        ticket.Invoking(t => t.AnswerDirectly("谢谢", Operator, latest + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        ticket.AnswerDirectly("谢谢", Operator, latest);
        ticket.Status.Should().Be(TicketStatus.Closed);

        FluentActions.Invoking(() => Ticket.Register(new TicketId("GD-2"), TicketCategory.Praise, "感谢", Policy, Operator, earliest - Duration.Epsilon))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("receivedAt");
    }

    [Fact]
    public void The_dispatch_service_level_accepts_the_first_and_last_supported_instants()
    {
        var earliest = Preconditions.Earliest;
        var latest = Preconditions.Latest;

        Policy.DispatchDueAt(earliest).Should().Be(earliest + Duration.FromMinutes(10));
        Policy.Invoking(p => p.DispatchDueAt(earliest - Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>();
        Policy.Invoking(p => p.DispatchDueAt(latest + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*is outside the supported range*");
        Policy.DispatchDueAt(latest).Should().Be(latest + Duration.FromMinutes(10));
    }
}
