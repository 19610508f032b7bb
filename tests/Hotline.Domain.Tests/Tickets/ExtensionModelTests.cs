using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// One extension model: the policy's <see cref="ExtensionRule"/> says how many extensions a handling round allows (once
/// under the national rule), and a work order allows exactly as many requests; a denied request uses one up.
/// </summary>
public class ExtensionModelTests
{
    // Shandong-style: up to two extensions of at most 5 working days for especially complex orders.
    private static readonly HandlingPolicy Twice = Policy.ToBuilder()
        .Extension(ExtensionRule.Times(2, 5, Complexity.EspeciallyComplex))
        .Build();

    private static Ticket SignedUnder(HandlingPolicy policy)
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0002"), TicketCategory.Complaint, "小区电梯停运三天", policy, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        return t;
    }

    [Fact]
    public void A_rule_allowing_two_extensions_lets_the_unit_ask_twice_in_a_round_and_extends_from_the_original_due_date()
    {
        var t = SignedUnder(Twice);
        t.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"));

        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));
        t.RequestExtension(3, "仍需协调", HousingClerk, Beijing("2026-10-23 09:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-10-23 10:00"));

        t.Deadline!.Value.ExtensionsUsed.Should().Be(2);
        t.Deadline!.Value.ExtendedByWorkingDays.Should().Be(8);
        t.Deadline!.Value.DueDate.Should().Be(D("2026-10-30"), "8 working days after 2026-10-20");
        Ticket.Rehydrate(Twice, t.History).Deadline.Should().Be(t.Deadline);
    }

    [Fact]
    public void A_third_request_under_a_two_extension_rule_is_refused_and_changes_nothing()
    {
        var t = SignedUnder(Twice);
        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        t.DenyExtension("理由不足", Supervisor, Beijing("2026-10-12 10:00"));
        t.RequestExtension(5, "补充材料", HousingClerk, Beijing("2026-10-13 09:00"));
        t.DenyExtension("仍不足", Supervisor, Beijing("2026-10-13 10:00"));
        var before = Snapshot(t);

        var act = () => t.RequestExtension(1, "再次申请", HousingClerk, Beijing("2026-10-14 09:00"));

        act.Should().Throw<ExtensionRefusedException>()
            .Where(e => e.Reason == ExtensionRefusal.NoExtensionsLeft)
            .WithMessage("*already had 2 extension requests in this handling round (round 1); policy '宝鸡市 12345 (2019)' allows 2 per round*");
        Snapshot(t).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void A_second_request_while_the_first_awaits_the_platform_is_refused()
    {
        var t = SignedUnder(Twice);
        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        var before = Snapshot(t);

        var act = () => t.RequestExtension(2, "再申请", HousingClerk, Beijing("2026-10-12 11:00"));

        act.Should().Throw<TicketStateException>()
            .Where(e => e.Rule == TicketRule.ExtensionPendingDecision)
            .WithMessage("*request of 5 working days awaits the platform's decision*");
        Snapshot(t).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Under_the_national_once_rule_the_ticket_and_the_deadline_agree_on_one_extension()
    {
        var t = SignedUnder(Policy);
        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));

        var second = () => t.Deadline!.Value.Extend(1);
        var request = () => t.RequestExtension(1, "再次申请", HousingClerk, Beijing("2026-10-13 09:00"));

        second.Should().Throw<ExtensionRefusedException>().WithMessage("*already extended 1 time(s)*allows 1*")
            .Which.Reason.Should().Be(ExtensionRefusal.NoExtensionsLeft);
        request.Should().Throw<ExtensionRefusedException>().Which.Reason.Should().Be(ExtensionRefusal.NoExtensionsLeft);
    }

    [Fact]
    public void A_replayed_third_request_under_a_two_extension_rule_is_refused_naming_its_position()
    {
        var t = SignedUnder(Twice);
        t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        t.DenyExtension("理由不足", Supervisor, Beijing("2026-10-12 10:00"));
        t.RequestExtension(5, "补充材料", HousingClerk, Beijing("2026-10-13 09:00"));
        t.DenyExtension("仍不足", Supervisor, Beijing("2026-10-13 10:00"));
        var history = t.History.ToList();
        history.Add(new TicketExtensionRequested(8, Beijing("2026-10-14 09:00"), Housing.Value, HousingClerk.StaffId, 1, "再次申请"));

        var refusal = FluentActions.Invoking(() => Ticket.Rehydrate(Twice, history)).Should().Throw<TicketHistoryException>().Which;

        refusal.Position.Should().Be(8);
        refusal.Rule.Should().Be(TicketRule.ExtensionAllowed);
        refusal.InnerException.Should().BeOfType<ExtensionRefusedException>().Which.Reason.Should().Be(ExtensionRefusal.NoExtensionsLeft);
    }
}
