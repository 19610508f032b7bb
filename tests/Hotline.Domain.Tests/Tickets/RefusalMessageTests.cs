using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Every refusal of the closed loop names its rule, the ticket, the value that broke it and what would have been
/// allowed — in full, so an operator reading a log knows what to do — and leaves the ticket exactly as it was.
/// </summary>
public class RefusalMessageTests
{
    private const string Id = "GD-20260930-0001";
    private const string Baoji = "宝鸡市 12345 (2019)";

    private static void Refused<TException>(Ticket ticket, Action act, TicketRule rule, string message)
        where TException : TicketRuleException
    {
        ticket.Refuses<TException>(act, rule).Message.Should().Match(message);
    }

    private static void RefusedExtension(Ticket ticket, Action act, ExtensionRefusal reason, string message)
    {
        ticket.RefusesExtension(act, reason).Message.Should().Match(message);
    }

    [Fact]
    public void A_unit_registering_is_refused_naming_the_ticket_and_the_actor()
    {
        var act = () => Ticket.Register(new TicketId(Id), TicketCategory.Complaint, "电梯停运", Policy, HousingClerk, Beijing("2026-09-30 15:50"));

        act.Should().Throw<TicketAuthorityException>()
            .WithMessage($"[platform-only] Only platform staff may register ticket {Id}; zj-11 of unit 住建局 may not.")
            .Which.Rule.Should().Be(TicketRule.PlatformOnly);
    }

    [Fact]
    public void A_unit_doing_the_platforms_work_is_refused_naming_the_action_and_the_actor()
    {
        var ticket = Registered();

        Refused<TicketAuthorityException>(ticket, () => ticket.Dispatch(Housing, Complexity.General, HousingClerk, Beijing("2026-09-30 16:00")),
            TicketRule.PlatformOnly, $"[platform-only] Only platform staff may dispatch ticket {Id}; staff zj-11 of unit 住建局 may not.");
        Refused<TicketAuthorityException>(ticket, () => ticket.AnswerDirectly("请拨打物业电话", UrbanClerk, Beijing("2026-09-30 16:00")),
            TicketRule.PlatformOnly, $"[platform-only] Only platform staff may answer directly ticket {Id}; staff cg-21 of unit 城管局 may not.");
    }

    [Fact]
    public void Platform_staff_doing_the_units_work_is_refused_naming_the_dispatched_unit()
    {
        var ticket = Dispatched();

        Refused<TicketAuthorityException>(ticket, () => ticket.SignIn(Operator, Beijing("2026-09-30 16:30")),
            TicketRule.DispatchedUnitOnly, $"[dispatched-unit-only] Only the unit ticket {Id} is dispatched to (住建局) may sign for it; platform staff op-01 may not.");
        Refused<TicketAuthorityException>(ticket, () => ticket.Return("不属于本单位", UrbanClerk, Beijing("2026-09-30 16:30")),
            TicketRule.DispatchedUnitOnly, $"[dispatched-unit-only] Only the unit ticket {Id} is dispatched to (住建局) may return it; staff cg-21 of unit 城管局 may not.");
    }

    [Fact]
    public void Before_any_dispatch_no_unit_may_act_and_the_message_says_none_yet()
    {
        var ticket = Registered();

        Refused<TicketAuthorityException>(ticket, () => ticket.SignIn(HousingClerk, Beijing("2026-09-30 16:30")),
            TicketRule.DispatchedUnitOnly, $"[dispatched-unit-only] Only the unit ticket {Id} is dispatched to (none yet) may sign for it; staff zj-11 of unit 住建局 may not.");
    }

    [Fact]
    public void An_action_from_the_wrong_status_names_the_status_and_the_ones_allowed()
    {
        var signed = Signed();
        Refused<TicketStateException>(signed, () => signed.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-10-01 09:00")),
            TicketRule.AllowedStatus, $"[allowed-status] Ticket {Id} is 办理中 (InProgress); to dispatch it, it must be 已受理 (Registered) or 已退单 (Returned).");

        var replied = Replied();
        Refused<TicketStateException>(replied, () => replied.MergeInto(new TicketId("GD-20260930-0002"), Operator, Beijing("2026-10-15 11:00")),
            TicketRule.AllowedStatus,
            $"[allowed-status] Ticket {Id} is 已答复 (Replied); to merge it, it must be 已受理 (Registered) or 已派单 (Dispatched) or 已退单 (Returned) or 办理中 (InProgress).");
    }

    [Fact]
    public void Anything_after_the_close_is_refused_naming_when_it_closed_and_the_action()
    {
        var ticket = Closed();

        Refused<TicketStateException>(ticket, () => ticket.Reopen("仍未解决", Supervisor, Beijing("2026-10-17 09:00")),
            TicketRule.NothingAfterClose,
            $"[nothing-after-close] Ticket {Id} was closed at 2026-10-16 10:00:00 (Asia/Shanghai); nothing can happen after a close (a new request is a new ticket), so it cannot reopen it.");
        Refused<TicketStateException>(ticket, () => ticket.Reply("补充答复", true, HousingClerk, Beijing("2026-10-17 09:00")),
            TicketRule.NothingAfterClose, "*so it cannot reply to it.");
        Refused<TicketStateException>(ticket, () => ticket.ApproveExtension(Supervisor, Beijing("2026-10-17 09:00")),
            TicketRule.NothingAfterClose, "*so it cannot approve the extension request of it.");
    }

    [Fact]
    public void An_action_dated_before_the_last_event_names_both_instants_in_the_policys_zone()
    {
        var ticket = Replied();

        Refused<TicketChronologyException>(ticket, () => ticket.Close(Supervisor, Beijing("2026-10-15 09:59:59")),
            TicketRule.Chronology,
            $"[chronology] The attempt to close ticket {Id} is dated 2026-10-15 09:59:59 (Asia/Shanghai), before its event 4 at 2026-10-15 10:00:00 (Asia/Shanghai); instants never go backwards (record a correction instead).");
        Refused<TicketChronologyException>(ticket, () => ticket.DenyExtension("无", Supervisor, Beijing("2026-10-15 09:00")),
            TicketRule.Chronology, "*attempt to deny the extension request of ticket*");
    }

    [Fact]
    public void A_re_dispatch_to_the_unit_that_returned_the_ticket_points_to_rejecting_the_return()
    {
        var ticket = Returned();

        Refused<TicketStateException>(ticket, () => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 17:00")),
            TicketRule.RedispatchToAnotherUnit,
            $"[redispatch-to-another-unit] Ticket {Id} was returned by unit 住建局; a re-dispatch (改派) goes to another unit. To send it back to 住建局, reject the return (its clock keeps running).");
    }

    [Fact]
    public void A_second_request_in_a_round_names_the_round()
    {
        var ticket = Signed();
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.DenyExtension("理由不足", Supervisor, Beijing("2026-10-12 09:30"));

        RefusedExtension(ticket, () => ticket.RequestExtension(2, "再次申请", HousingClerk, Beijing("2026-10-12 10:00")),
            ExtensionRefusal.NoExtensionsLeft,
            $"[no-extensions-left] Ticket {Id} already had its extension request in this handling round (round 1); one request per round, and a denied request uses it up.");
    }

    [Fact]
    public void A_second_request_in_a_reopened_round_names_round_two()
    {
        var ticket = CalledBack(false, Satisfaction.Dissatisfied);
        ticket.Reopen("未解决", Supervisor, Beijing("2026-10-16 11:00"));
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-19 09:00"));
        ticket.ApproveExtension(Supervisor, Beijing("2026-10-19 09:30"));

        RefusedExtension(ticket, () => ticket.RequestExtension(2, "再次申请", HousingClerk, Beijing("2026-10-19 10:00")),
            ExtensionRefusal.NoExtensionsLeft, "*in this handling round (round 2)*");
    }

    [Fact]
    public void A_request_while_one_awaits_the_platform_names_the_pending_days()
    {
        var ticket = Signed();
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        Refused<TicketStateException>(ticket, () => ticket.RequestExtension(3, "再次申请", HousingClerk, Beijing("2026-10-12 10:00")),
            TicketRule.ExtensionPendingDecision,
            $"[extension-pending-decision] Ticket {Id}'s extension request of 2 working days awaits the platform's decision; the next request follows that decision.");
    }

    [Fact]
    public void A_request_for_a_complexity_the_policy_does_not_extend_names_the_complexity_and_the_rule()
    {
        var ticket = Signed(Complexity.General);

        RefusedExtension(ticket, () => ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00")),
            ExtensionRefusal.ComplexityNotExtended,
            $"[complexity-not-extended] Ticket {Id} is 一般 (General); policy '{Baoji}' extends only: 1× up to 5 working days for 特别复杂.");
    }

    [Fact]
    public void A_request_above_the_maximum_names_the_days_and_the_range()
    {
        var ticket = Signed();

        RefusedExtension(ticket, () => ticket.RequestExtension(6, "需协调", HousingClerk, Beijing("2026-10-12 09:00")),
            ExtensionRefusal.WorkingDaysOutOfRange,
            $"[working-days-out-of-range] An extension of 6 working days was requested for ticket {Id}; policy '{Baoji}' allows 1 to 5.");
    }

    [Fact]
    public void A_late_request_names_when_it_came_and_the_deadline()
    {
        var ticket = Signed();

        RefusedExtension(ticket, () => ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-21 00:00")),
            ExtensionRefusal.RequestedTooLate,
            $"[requested-too-late] The extension of ticket {Id} was requested at 2026-10-21 00:00:00 (Asia/Shanghai), at or after its deadline 2026-10-21 00:00:00 (Asia/Shanghai); an extension must be requested before the deadline.");
    }

    [Fact]
    public void Deciding_without_a_pending_request_names_the_decision_and_the_status()
    {
        var ticket = Signed();

        Refused<TicketStateException>(ticket, () => ticket.ApproveExtension(Supervisor, Beijing("2026-10-12 09:00")),
            TicketRule.PendingExtensionOnly, $"[pending-extension-only] Ticket {Id} has no pending extension request to approve (status InProgress).");
        Refused<TicketStateException>(ticket, () => ticket.DenyExtension("无申请", Supervisor, Beijing("2026-10-12 09:00")),
            TicketRule.PendingExtensionOnly, $"[pending-extension-only] Ticket {Id} has no pending extension request to deny (status InProgress).");
    }

    [Fact]
    public void Deciding_a_request_already_decided_is_not_called_a_lapse()
    {
        var ticket = Signed();
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.DenyExtension("理由不充分", Supervisor, Beijing("2026-10-12 10:00"));

        Refused<TicketStateException>(ticket, () => ticket.ApproveExtension(Supervisor, Beijing("2026-10-12 11:00")),
            TicketRule.PendingExtensionOnly, $"[pending-extension-only] Ticket {Id} has no pending extension request to approve (status InProgress).");
    }

    [Fact]
    public void A_request_that_lapsed_at_the_reply_says_so()
    {
        var ticket = Signed();
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.Reply("已处理", true, HousingClerk, Beijing("2026-10-13 09:00"));

        Refused<TicketStateException>(ticket, () => ticket.DenyExtension("过期", Supervisor, Beijing("2026-10-13 10:00")),
            TicketRule.PendingExtensionOnly, $"[pending-extension-only] Ticket {Id}'s extension request lapsed when the unit replied; it can no longer be decided.");
    }

    [Fact]
    public void A_reply_without_any_request_is_not_called_a_lapse()
    {
        var ticket = Replied();

        Refused<TicketStateException>(ticket, () => ticket.ApproveExtension(Supervisor, Beijing("2026-10-15 11:00")),
            TicketRule.PendingExtensionOnly, $"[pending-extension-only] Ticket {Id} has no pending extension request to approve (status Replied).");
    }

    [Fact]
    public void A_reopen_after_a_satisfied_callback_names_the_satisfaction_and_what_a_reopen_needs()
    {
        var ticket = CalledBack(true, Satisfaction.Satisfied);

        Refused<TicketStateException>(ticket, () => ticket.Reopen("再办一次", Supervisor, Beijing("2026-10-16 11:00")),
            TicketRule.ReopenNeedsDissatisfaction,
            $"[reopen-needs-dissatisfaction] Ticket {Id}'s callback found the matter resolved and the requester 满意 (Satisfied); a reopen needs an unresolved matter or 不满意/非常不满意. Close it instead.");
    }

    [Fact]
    public void A_merge_into_itself_asks_for_the_master_ticket()
    {
        var ticket = Dispatched();

        Refused<TicketStateException>(ticket, () => ticket.MergeInto(new TicketId(Id), Operator, Beijing("2026-09-30 17:00")),
            TicketRule.MergeIntoAnother, $"[merge-into-another] Ticket {Id} cannot be merged into itself; name the master ticket.");
    }

    [Fact]
    public void A_merge_into_a_ticket_whose_id_differs_only_in_case_is_a_merge_into_another()
    {
        var ticket = Dispatched();

        ticket.MergeInto(new TicketId(Id.ToLowerInvariant()), Operator, Beijing("2026-09-30 17:00"));

        ticket.MergedInto.Should().Be(new TicketId("gd-20260930-0001"));
        ticket.Status.Should().Be(TicketStatus.Closed);
    }

    [Fact]
    public void A_returned_ticket_may_go_to_a_unit_whose_id_differs_only_in_case()
    {
        // Unit ids compare ordinally: a differently cased id is another unit.
        var lower = new UnitId("住建局-a");
        var upper = new UnitId("住建局-A");
        var other = Ticket.Register(new TicketId("GD-2"), TicketCategory.Complaint, "噪音扰民", Policy, Operator, Beijing("2026-09-30 15:50"));
        other.Dispatch(lower, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));
        other.Return("不属于本单位", Actor.OfUnit(lower, "a-1"), Beijing("2026-09-30 16:10"));
        other.Dispatch(upper, Complexity.General, Dispatcher, Beijing("2026-09-30 16:20"));

        other.ResponsibleUnit.Should().Be(upper);
    }
}
