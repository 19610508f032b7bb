using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Replay checks the exits, the termination and statutory-period requests and the reply review as the live actions do:
/// a blank text or an unknown code is a malformed event naming what is blank, and an event whose action the live rules
/// refuse (wrong status, wrong actor, nothing pending) is refused at its position with the live rule.
/// </summary>
public class ExitReplayTests
{
    private static readonly Instant Evening = Beijing("2026-09-30 17:00");
    private static readonly Instant Asked = Beijing("2026-10-12 09:00");
    private static readonly Instant Decided = Beijing("2026-10-13 10:00");

    private static List<TicketEvent> RegisteredHistory() => Registered().History.ToList();

    private static List<TicketEvent> DispatchedHistory() => Dispatched().History.ToList();

    private static List<TicketEvent> SignedHistory() => Signed().History.ToList();

    private static void MalformedAt(IEnumerable<TicketEvent> history, int position, string message)
    {
        var refusal = RefusedOnReplay(history);
        refusal.Rule.Should().Be(TicketRule.WellFormedHistory);
        refusal.Position.Should().Be(position);
        refusal.Message.Should().EndWith(message);
    }

    private static void RefusedAt(IEnumerable<TicketEvent> history, int position, TicketRule rule)
    {
        var refusal = RefusedOnReplay(history);
        refusal.Rule.Should().Be(rule);
        refusal.Position.Should().Be(position);
    }

    [Fact]
    public void A_blank_route_reason_or_legal_basis_is_a_malformed_event_naming_it()
    {
        MalformedAt([.. RegisteredHistory(), new TicketReferredToLegalRoute(2, Evening, null, "op-01", " ")], 2, "the route is blank.");
        MalformedAt([.. RegisteredHistory(), new TicketDeclined(2, Evening, null, "op-01", "")], 2, "the reason is blank.");
        MalformedAt([.. RegisteredHistory(), new TicketMarkedInvalid(2, Evening, null, "op-01", "\t")], 2, "the reason is blank.");
        MalformedAt([.. SignedHistory(), new TicketWithdrawn(4, Asked, null, "op-01", " ")], 4, "the reason is blank.");
        MalformedAt([.. SignedHistory(), new TicketTerminationRequested(4, Asked, "住建局", "zj-11", " ")], 4, "the reason is blank.");
        MalformedAt(
            [.. SignedHistory(), new TicketTerminationRequested(4, Asked, "住建局", "zj-11", "无法核实"), new TicketTerminationDenied(5, Decided, null, "sv-03", " ")],
            5, "the reason is blank.");
        MalformedAt([.. SignedHistory(), new TicketStatutoryPeriodRequested(4, Asked, "住建局", "zj-11", new LocalDate(2026, 11, 29), " ")], 4, "the legal basis is blank.");
        MalformedAt(
            [.. SignedHistory(), new TicketStatutoryPeriodRequested(4, Asked, "住建局", "zj-11", new LocalDate(2026, 11, 29), "《信访工作条例》第三十二条"),
                new TicketStatutoryPeriodDenied(5, Decided, null, "sv-03", "")],
            5, "the reason is blank.");
    }

    [Fact]
    public void An_unknown_emergency_line_is_a_malformed_event_naming_the_code()
    {
        MalformedAt([.. RegisteredHistory(), new TicketTransferredToEmergencyLine(2, Evening, null, "op-01", "999")], 2, "'999' is not an EmergencyLine code.");
    }

    [Fact]
    public void An_exit_the_platform_takes_only_at_registration_is_refused_after_the_dispatch()
    {
        var dispatched = DispatchedHistory();

        RefusedAt([.. dispatched, new TicketTransferredToEmergencyLine(3, Evening, null, "op-01", "110")], 3, TicketRule.AllowedStatus);
        RefusedAt([.. dispatched, new TicketReferredToLegalRoute(3, Evening, null, "op-01", "行政复议")], 3, TicketRule.AllowedStatus);
        RefusedAt([.. dispatched, new TicketDeclined(3, Evening, null, "op-01", "不属于受理范围")], 3, TicketRule.AllowedStatus);
        RefusedAt([.. dispatched, new TicketMarkedInvalid(3, Evening, null, "op-01", "骚扰电话")], 3, TicketRule.AllowedStatus);
    }

    [Fact]
    public void A_withdrawal_or_a_transfer_by_a_unit_is_refused_as_platform_only()
    {
        RefusedAt([.. SignedHistory(), new TicketWithdrawn(4, Asked, "住建局", "zj-11", "诉求人撤回")], 4, TicketRule.PlatformOnly);
        RefusedAt([.. RegisteredHistory(), new TicketTransferredToEmergencyLine(2, Evening, "住建局", "zj-11", "119")], 2, TicketRule.PlatformOnly);
    }

    [Fact]
    public void A_denial_with_no_request_pending_is_refused()
    {
        RefusedAt([.. SignedHistory(), new TicketTerminationDenied(4, Decided, null, "sv-03", "诉求合理，应继续办理")], 4, TicketRule.PendingTerminationOnly);
        RefusedOnReplay([.. SignedHistory(), new TicketStatutoryPeriodDenied(4, Decided, null, "sv-03", "不适用")]).Position.Should().Be(4);
        RefusedOnReplay([.. SignedHistory(), new TicketStatutoryPeriodApproved(4, Decided, null, "sv-03", new LocalDate(2026, 11, 29), Beijing("2026-11-30 00:00"))])
            .Position.Should().Be(4);
    }

    [Fact]
    public void A_callback_attempt_or_a_review_by_a_unit_is_refused_as_platform_only()
    {
        var replied = Replied().History.ToList();
        var at = Beijing("2026-10-16 09:00");

        RefusedAt([.. replied, new TicketCallbackAttempted(5, at, "住建局", "zj-11", "no-answer", false)], 5, TicketRule.PlatformOnly);
        RefusedOnReplay([.. replied, new TicketReplyReviewed(5, at, "住建局", "zj-11", true, "答复完整")]).Position.Should().Be(5);
        MalformedAt([.. replied, new TicketReplyReviewed(5, at, null, "sv-03", true, " ")], 5, "the note is blank.");
    }

    [Fact]
    public void A_refusal_on_replay_names_the_staff_of_the_refused_event_not_the_staff_before_it()
    {
        // Registered by op-01, dispatched by dp-02, signed for by the unit: the refused request by sv-03 is the third
        // platform staff of the history.
        var refusal = RefusedOnReplay([.. SignedHistory(), new TicketTerminationRequested(4, Asked, null, "sv-03", "平台代申请")]);

        refusal.Message.Should().Contain("platform staff sv-03").And.NotContain("dp-02");
    }

    [Fact]
    public void A_ticket_hands_back_the_id_it_was_registered_with_and_a_replayed_one_makes_its_id_once()
    {
        var id = new TicketId("GD-20260930-0009");
        var registered = Ticket.Register(id, TicketCategory.Complaint, "小区电梯停运三天", Policy, Operator, Beijing("2026-09-30 15:50"));
        registered.Id.Should().BeSameAs(id, "reading the id allocates nothing");

        var replayed = Ticket.Rehydrate(Policy, registered.History);
        replayed.Id.Should().Be(id).And.BeSameAs(replayed.Id);
    }
}
