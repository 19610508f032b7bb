using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Tickets;

public class WholeLoopTests
{
    [Fact]
    public void Especially_complex_complaint_dispatched_2026_09_30_extended_by_five_on_10_19_and_replied_10_27_is_on_time()
    {
        var ticket = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天", Policy, Operator, Beijing("2026-09-30 15:50"));
        ticket.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        ticket.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));

        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"), "ten working days after the National Day week");

        ticket.RequestExtension(5, "需协调电梯维保单位更换主板", HousingClerk, Beijing("2026-10-19 09:00"));
        ticket.ApproveExtension(Supervisor, Beijing("2026-10-19 11:00"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-27"));
        ticket.Deadline!.Value.DueAt.Should().Be(Beijing("2026-10-28 00:00"));

        ticket.Reply("主板已更换，电梯恢复运行", true, HousingClerk, Beijing("2026-10-27 17:00"));
        ticket.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-10-28 10:00"));
        ticket.Close(Supervisor, Beijing("2026-10-28 10:05"));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.RepliedAt.Should().Be(Beijing("2026-10-27 17:00"));
        ticket.RepliedOnTime.Should().BeTrue();
        ticket.ReopenCount.Should().Be(0);
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.IsOverdueAt(Beijing("2026-11-30 00:00")).Should().BeFalse("a closed ticket is never overdue");
        ticket.UncommittedEvents.Should().Equal(ticket.History);
        ticket.History.Should().Equal(
            new TicketRegistered(1, Beijing("2026-09-30 15:50"), null, "op-01", "GD-20260930-0001", "complaint", "小区电梯停运三天"),
            new TicketDispatched(2, Beijing("2026-09-30 16:00"), null, "dp-02", "住建局", "especially-complex", Beijing("2026-09-30 16:00"), 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false),
            new TicketSignedIn(3, Beijing("2026-09-30 16:30"), "住建局", "zj-11", null, null, null, null, false),
            new TicketExtensionRequested(4, Beijing("2026-10-19 09:00"), "住建局", "zj-11", 5, "需协调电梯维保单位更换主板"),
            new TicketExtensionApproved(5, Beijing("2026-10-19 11:00"), null, "sv-03", 5, D("2026-10-27"), Beijing("2026-10-28 00:00"), false),
            new TicketReplied(6, Beijing("2026-10-27 17:00"), "住建局", "zj-11", "主板已更换，电梯恢复运行", true, true),
            new TicketCallbackRecorded(7, Beijing("2026-10-28 10:00"), null, "op-01", true, "satisfied"),
            new TicketClosed(8, Beijing("2026-10-28 10:05"), null, "sv-03"));
    }

    [Fact]
    public void Without_the_extension_the_same_reply_on_10_27_is_late_and_recorded_as_late()
    {
        var ticket = Signed();

        ticket.IsOverdueAt(Beijing("2026-10-20 23:59:59")).Should().BeFalse();
        ticket.IsOverdueAt(Beijing("2026-10-21 00:00")).Should().BeTrue("24:00 at the end of the due date is already late");

        ticket.Reply("主板已更换", true, HousingClerk, Beijing("2026-10-27 17:00"));

        ticket.Status.Should().Be(TicketStatus.Replied);
        ticket.RepliedOnTime.Should().BeFalse();
        ticket.History[^1].Should().Be(new TicketReplied(4, Beijing("2026-10-27 17:00"), "住建局", "zj-11", "主板已更换", true, false));
        ticket.IsOverdueAt(Beijing("2026-10-28 00:00")).Should().BeFalse("the round is replied; lateness is RepliedOnTime");
    }

    [Fact]
    public void Direct_answer_closes_at_intake_with_no_deadline_and_no_unit()
    {
        var ticket = Registered(TicketCategory.Consultation);

        ticket.AnswerDirectly("公积金提取须携带身份证和购房合同", Operator, Beijing("2026-09-30 15:55"));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.Deadline.Should().BeNull();
        ticket.ResponsibleUnit.Should().BeNull();
        ticket.IsOverdueAt(Instant.MaxValue).Should().BeFalse();
    }

    [Fact]
    public void Return_then_re_dispatch_restarts_the_clock_for_the_new_unit()
    {
        var ticket = Returned();
        ticket.Status.Should().Be(TicketStatus.Returned);

        ticket.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-10-09 09:00"));

        ticket.Status.Should().Be(TicketStatus.Dispatched);
        ticket.ResponsibleUnit.Should().Be(Urban);
        ticket.Deadline!.Value.ClockStart.Should().Be(Beijing("2026-10-09 09:00"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-22"), "10 working days from Friday 9 October, Saturday 10 October being a make-up working day");
    }

    [Fact]
    public void A_rejected_return_goes_back_to_the_same_unit_and_its_clock_keeps_running()
    {
        var ticket = Returned();
        var deadline = ticket.Deadline;

        ticket.RejectReturn("属于住建局物业监管职责", Dispatcher, Beijing("2026-10-08 09:00"));

        ticket.Status.Should().Be(TicketStatus.Dispatched);
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.Deadline.Should().Be(deadline);
        ticket.SignIn(HousingClerk, Beijing("2026-10-08 09:30"));
        ticket.Status.Should().Be(TicketStatus.InProgress);
    }

    [Fact]
    public void Dissatisfied_callback_reopens_with_a_new_deadline_from_the_reopen_for_the_same_unit()
    {
        var ticket = CalledBack(false, Satisfaction.Dissatisfied);

        ticket.Reopen("回访不满意：电梯仍有异响", Supervisor, Beijing("2026-10-16 11:00"));

        ticket.Status.Should().Be(TicketStatus.InProgress);
        ticket.ReopenCount.Should().Be(1);
        ticket.ResponsibleUnit.Should().Be(Housing);
        ticket.Deadline!.Value.ClockStart.Should().Be(Beijing("2026-10-16 11:00"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-30"));
        ticket.RepliedAt.Should().BeNull();
        ticket.ExtensionRequested.Should().BeFalse();
        ticket.History[^1].Should().Be(new TicketReopened(6, Beijing("2026-10-16 11:00"), null, "sv-03", "回访不满意：电梯仍有异响", 10, D("2026-10-30"), Beijing("2026-10-31 00:00"), false));

        ticket.Reply("已更换曳引机", true, HousingClerk, Beijing("2026-10-29 15:00"));
        ticket.RecordCallback(true, Satisfaction.VerySatisfied, Operator, Beijing("2026-10-30 09:00"));
        ticket.Close(Supervisor, Beijing("2026-10-30 09:10"));
        ticket.Status.Should().Be(TicketStatus.Closed);
    }

    [Fact]
    public void Merging_a_duplicate_closes_it_with_a_reference_to_the_master()
    {
        var ticket = Dispatched();

        ticket.MergeInto(new TicketId("GD-20260930-0000"), Dispatcher, Beijing("2026-09-30 16:10"));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.MergedInto.Should().Be(new TicketId("GD-20260930-0000"));
        ticket.History[^1].Should().Be(new TicketMerged(3, Beijing("2026-09-30 16:10"), null, "dp-02", "GD-20260930-0000"));
    }

    [Fact]
    public void Rehydrating_the_whole_loop_gives_an_identical_ticket_with_nothing_uncommitted()
    {
        var ticket = CalledBack(false, Satisfaction.VeryDissatisfied);
        ticket.Reopen("仍未解决", Supervisor, Beijing("2026-10-16 11:00"));

        var loaded = Ticket.Rehydrate(Policy, ticket.History);

        loaded.UncommittedEvents.Should().BeEmpty();
        loaded.LoadedVersion.Should().Be(ticket.Version);
        ticket.MarkCommitted();
        Snapshot(loaded).Should().BeEquivalentTo(Snapshot(ticket), o => o.WithStrictOrdering().ComparingByValue<HandlingDeadline>());
    }
}
