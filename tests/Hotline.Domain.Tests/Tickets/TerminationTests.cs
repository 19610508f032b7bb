using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// 终止办理 (潍坊市12345政务服务便民热线管理办法 第二十一条): the lead unit asks in writing, the hotline decides. A complaint
/// dispatched to 住建局 on 2026-09-30 16:00 and signed for at 16:30, due 2026-10-20 (ten working days across National Day).
/// </summary>
public class TerminationTests
{
    private static readonly Instant Asked = Beijing("2026-10-12 09:00");
    private static readonly Instant Decided = Beijing("2026-10-13 10:00");

    [Fact]
    public void The_lead_units_request_waits_for_the_platform_and_changes_nothing_else()
    {
        var t = TerminationRequested();

        (t.TerminationPending, t.Status, t.Deadline!.Value.DueDate).Should().Be((true, TicketStatus.InProgress, new LocalDate(2026, 10, 20)));
        t.History[^1].Should().Be(new TicketTerminationRequested(4, Asked, "住建局", "zj-11", "诉求人拒不提供房屋产权信息，无法核实"));
    }

    [Fact]
    public void An_approved_termination_closes_the_order_as_terminated_with_no_deadline_running()
    {
        var t = TerminationRequested();

        t.ApproveTermination(Supervisor, Decided);

        (t.Status, t.Disposition, t.TerminationPending).Should().Be((TicketStatus.Closed, Disposition.Terminated, false));
        t.ResponsibleUnit.Should().Be(Housing, "the unit stays on the record");
        t.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        t.IsOverdueAt(Beijing("2026-10-21 09:00")).Should().BeFalse();
        t.History[^1].Should().Be(new TicketTerminationApproved(5, Decided, null, "sv-03"));
        Snapshot(Ticket.Rehydrate(Policy, t.History)).Should().BeEquivalentTo(Snapshot(t), o => o.ComparingByValue<Hotline.Domain.Deadlines.HandlingDeadline>().Excluding(x => x.Path == "LoadedVersion" || x.Path.StartsWith("Uncommitted")));
    }

    [Fact]
    public void A_denied_termination_leaves_the_unit_handling_under_the_same_deadline()
    {
        var t = TerminationRequested();

        t.DenyTermination("诉求合理，应继续办理", Supervisor, Decided);
        t.Reply("已维修", true, HousingClerk, Beijing("2026-10-15 10:00"));

        (t.TerminationPending, t.Status, t.RepliedOnTime).Should().Be((false, TicketStatus.Replied, true));
        t.History[4].Should().Be(new TicketTerminationDenied(5, Decided, null, "sv-03", "诉求合理，应继续办理"));
    }

    [Fact]
    public void A_second_request_while_one_is_pending_is_refused()
    {
        var t = TerminationRequested();

        t.Refuses<TicketStateException>(() => t.RequestTermination("再次申请", HousingClerk, Decided), TicketRule.TerminationPending)
            .Message.Should().Contain("awaits the platform's decision");
    }

    [Fact]
    public void After_a_denial_the_unit_may_ask_again()
    {
        var t = TerminationRequested();
        t.DenyTermination("材料不全", Supervisor, Decided);

        t.RequestTermination("补充材料后再次申请", HousingClerk, Beijing("2026-10-14 09:00"));

        t.TerminationPending.Should().BeTrue();
    }

    [Fact]
    public void Nothing_to_approve_or_deny_without_a_pending_request()
    {
        var t = Signed();

        t.Refuses<TicketStateException>(() => t.ApproveTermination(Supervisor, Decided), TicketRule.PendingTerminationOnly)
            .Message.Should().Contain("no pending termination request to approve");
        t.Refuses<TicketStateException>(() => t.DenyTermination("无", Supervisor, Decided), TicketRule.PendingTerminationOnly)
            .Message.Should().Contain("to deny");
    }

    [Fact]
    public void Only_the_lead_unit_asks_and_only_the_platform_decides()
    {
        var t = Signed();
        t.Refuses<TicketAuthorityException>(() => t.RequestTermination("平台代申请", Supervisor, Asked), TicketRule.DispatchedUnitOnly);
        t.Refuses<TicketAuthorityException>(() => t.RequestTermination("非本单位", UrbanClerk, Asked), TicketRule.DispatchedUnitOnly);

        var pending = TerminationRequested();
        pending.Refuses<TicketAuthorityException>(() => pending.ApproveTermination(HousingClerk, Decided), TicketRule.PlatformOnly);
        pending.Refuses<TicketAuthorityException>(() => pending.DenyTermination("自行驳回", HousingClerk, Decided), TicketRule.PlatformOnly);
    }

    [Fact]
    public void The_request_comes_after_the_sign_in_and_before_the_reply()
    {
        var dispatched = Dispatched();
        dispatched.Refuses<TicketStateException>(() => dispatched.RequestTermination("未签收", HousingClerk, Asked), TicketRule.AllowedStatus);

        var replied = Replied();
        replied.Refuses<TicketStateException>(() => replied.RequestTermination("已答复", HousingClerk, Beijing("2026-10-15 11:00")), TicketRule.AllowedStatus);
    }

    [Fact]
    public void A_request_still_pending_at_the_reply_lapses()
    {
        var t = TerminationRequested();

        t.Reply("已处理", true, HousingClerk, Beijing("2026-10-15 10:00"));

        t.TerminationPending.Should().BeFalse();
        t.Refuses<TicketStateException>(() => t.ApproveTermination(Supervisor, Beijing("2026-10-15 11:00")), TicketRule.PendingTerminationOnly);
    }

    [Fact]
    public void A_withdrawal_lapses_a_pending_request()
    {
        var t = TerminationRequested();

        t.Withdraw("诉求人撤回", Operator, Decided);

        t.TerminationPending.Should().BeFalse();
    }

    [Fact]
    public void The_termination_ends_the_rounds_assisting_units_and_the_open_supervision()
    {
        var t = Signed();
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2026-10-09 09:00"));
        t.Supervise(SupervisionLevel.Routine, "请加快办理", 2, Supervisor, Beijing("2026-10-09 10:00"));
        t.RequestTermination("无法核实", HousingClerk, Asked);

        t.ApproveTermination(Supervisor, Decided);

        t.OpenSupervision.Should().BeNull();
        var replayed = Ticket.Rehydrate(Policy, t.History);
        replayed.OpenSupervision.Should().BeNull();
        replayed.Disposition.Should().Be(Disposition.Terminated);
    }

    [Fact]
    public void Nothing_happens_after_the_termination()
    {
        var t = TerminationRequested();
        t.ApproveTermination(Supervisor, Decided);

        t.Refuses<TicketStateException>(() => t.Reply("迟到的答复", true, HousingClerk, Beijing("2026-10-14 09:00")), TicketRule.NothingAfterClose);
    }

    [Fact]
    public void Blank_reasons_are_refused_as_arguments()
    {
        var t = Signed();
        FluentActions.Invoking(() => t.RequestTermination(" ", HousingClerk, Asked)).Should().Throw<ArgumentException>().WithParameterName("reason");
        var pending = TerminationRequested();
        FluentActions.Invoking(() => pending.DenyTermination("", Supervisor, Decided)).Should().Throw<ArgumentException>().WithParameterName("reason");
        pending.Version.Should().Be(4);
    }

    [Fact]
    public void Replay_refuses_a_decision_with_no_request_and_a_blank_reason()
    {
        var signed = Signed().History.ToList();

        RefusedOnReplay([.. signed, new TicketTerminationApproved(4, Decided, null, "sv-03")]).Rule.Should().Be(TicketRule.PendingTerminationOnly);
        RefusedOnReplay([.. signed, new TicketTerminationRequested(4, Asked, "住建局", "zj-11", " ")]).Rule.Should().Be(TicketRule.WellFormedHistory);
        RefusedOnReplay([.. signed, new TicketTerminationRequested(4, Asked, "住建局", "zj-11", "无法核实"), new TicketTerminationDenied(5, Decided, null, "sv-03", "")])
            .Rule.Should().Be(TicketRule.WellFormedHistory);
        RefusedOnReplay([.. signed, new TicketTerminationRequested(4, Asked, null, "sv-03", "平台代申请")]).Rule.Should().Be(TicketRule.DispatchedUnitOnly);
    }
}
