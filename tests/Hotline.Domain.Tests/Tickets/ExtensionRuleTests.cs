using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Rule 2: one extension request per handling round, as the policy allows, before the deadline, decided by the platform.</summary>
public class ExtensionRuleTests
{
    // Signed on 2026-09-30; due 2026-10-20, i.e. at 2026-10-21 00:00 Beijing.
    private static void Refused(Ticket ticket, Action act, ExtensionRefusal reason)
    {
        ticket.RefusesExtension(act, reason);
    }

    [Fact]
    public void A_second_request_after_an_approval_is_refused()
    {
        var ticket = Signed();
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));

        Refused(ticket, () => ticket.RequestExtension(2, "还需协调", HousingClerk, Beijing("2026-10-13 09:00")), ExtensionRefusal.NoExtensionsLeft);
    }

    [Fact]
    public void A_denied_request_uses_up_the_rounds_one_request()
    {
        var ticket = Signed();
        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.DenyExtension("理由不充分", Supervisor, Beijing("2026-10-12 10:00"));

        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"));
        Refused(ticket, () => ticket.RequestExtension(3, "再次申请", HousingClerk, Beijing("2026-10-13 09:00")), ExtensionRefusal.NoExtensionsLeft);
    }

    [Fact]
    public void More_than_the_policys_five_working_days_is_refused_and_does_not_use_up_the_request()
    {
        var ticket = Signed();
        Refused(ticket, () => ticket.RequestExtension(6, "需协调", HousingClerk, Beijing("2026-10-12 09:00")), ExtensionRefusal.WorkingDaysOutOfRange);

        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:05"));
        ticket.PendingExtensionWorkingDays.Should().Be(5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Zero_or_fewer_working_days_is_an_argument_error(int days)
    {
        var ticket = Signed();
        var act = () => ticket.RequestExtension(days, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        act.Should().Throw<ArgumentException>();
        ticket.Version.Should().Be(3);
    }

    [Fact]
    public void Int_max_working_days_is_refused_as_above_the_maximum()
    {
        var ticket = Signed();
        Refused(ticket, () => ticket.RequestExtension(int.MaxValue, "需协调", HousingClerk, Beijing("2026-10-12 09:00")), ExtensionRefusal.WorkingDaysOutOfRange);
    }

    [Fact]
    public void A_request_at_the_deadline_is_too_late_one_second_before_is_in_time()
    {
        var ticket = Signed();
        Refused(ticket, () => ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-21 00:00")), ExtensionRefusal.RequestedTooLate);

        var other = Signed();
        other.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-20 23:59:59"));
        other.PendingExtensionWorkingDays.Should().Be(5);
    }

    [Fact]
    public void A_request_in_time_may_be_approved_after_the_deadline_and_extends_from_the_original_due_date()
    {
        var ticket = Signed();
        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-20 17:00"));

        ticket.ApproveExtension(Supervisor, Beijing("2026-10-22 09:00"));

        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-27"));
        ticket.Deadline!.Value.OriginalDueDate.Should().Be(D("2026-10-20"));
        ticket.Deadline!.Value.ExtensionsUsed.Should().Be(1);
        ticket.IsOverdueAt(Beijing("2026-10-22 09:00")).Should().BeFalse();
    }

    [Theory]
    [InlineData("General")]
    [InlineData("Complex")]
    public void Only_especially_complex_orders_may_be_extended_under_Baoji_2019(string complexity)
    {
        var ticket = Signed(Complexity.FromName(complexity));
        Refused(ticket, () => ticket.RequestExtension(1, "需协调", HousingClerk, Beijing("2026-10-12 09:00")), ExtensionRefusal.ComplexityNotExtended);
    }

    [Fact]
    public void A_request_still_pending_at_the_reply_lapses_and_can_no_longer_be_approved()
    {
        var ticket = Signed();
        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        ticket.Reply("已处理", true, HousingClerk, Beijing("2026-10-13 09:00"));

        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.Refuses<TicketStateException>(() => ticket.ApproveExtension(Supervisor, Beijing("2026-10-13 10:00")), TicketRule.PendingExtensionOnly);
        var act = () => ticket.ApproveExtension(Supervisor, Beijing("2026-10-13 10:00"));
        act.Should().Throw<TicketStateException>().WithMessage("*lapsed*");
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"));
    }

    [Fact]
    public void No_extension_request_after_the_reply()
    {
        var ticket = Replied();
        var act = () => ticket.RequestExtension(1, "需协调", HousingClerk, Beijing("2026-10-15 11:00"));
        act.Should().Throw<TicketStateException>().Which.Rule.Should().Be(TicketRule.AllowedStatus);
    }

    [Fact]
    public void A_reopened_round_allows_a_new_request()
    {
        var ticket = Signed();
        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.DenyExtension("理由不充分", Supervisor, Beijing("2026-10-12 10:00"));
        ticket.Reply("已处理", false, HousingClerk, Beijing("2026-10-15 10:00"));
        ticket.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-10-16 09:00"));
        ticket.Reopen("未解决", Supervisor, Beijing("2026-10-16 11:00"));

        ticket.RequestExtension(5, "重办仍需协调", HousingClerk, Beijing("2026-10-19 09:00"));
        ticket.ApproveExtension(Supervisor, Beijing("2026-10-19 10:00"));

        ticket.Deadline!.Value.OriginalDueDate.Should().Be(D("2026-10-30"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-11-06"));
    }
}
