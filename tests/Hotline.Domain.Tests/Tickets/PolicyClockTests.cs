using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Rule 1: the clock starts at the event the policy names.</summary>
public class PolicyClockTests
{
    private static HandlingPolicy Starting(ClockStart start) =>
        HandlingPolicy.CreateBuilder("test " + start.Code, ChinaCalendars.Mainland)
            .ClockStartsAt(start)
            .Limit(TicketCategory.Complaint, 10)
            .Extension(ExtensionRule.Once(5, Complexity.EspeciallyComplex))
            .Build();

    [Fact]
    public void Clock_starting_at_sign_in_has_no_deadline_until_the_unit_signs()
    {
        var policy = Starting(ClockStart.SignIn);
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "投诉", policy, Operator, Beijing("2026-09-29 09:00"));
        ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-29 10:00"));

        ticket.Deadline.Should().BeNull();
        ticket.IsOverdueAt(Beijing("2027-01-01 00:00")).Should().BeFalse();

        ticket.SignIn(HousingClerk, Beijing("2026-09-30 16:00"));

        ticket.Deadline!.Value.ClockStart.Should().Be(Beijing("2026-09-30 16:00"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"));
        ticket.History[^1].Should().Be(new TicketSignedIn(3, Beijing("2026-09-30 16:00"), "住建局", "zj-11", Beijing("2026-09-30 16:00"), 10, D("2026-10-20"), Beijing("2026-10-21 00:00"), false));
        Ticket.Rehydrate(policy, ticket.History).Deadline.Should().Be(ticket.Deadline);
    }

    [Fact]
    public void Clock_starting_at_receipt_runs_from_the_registration_even_after_a_re_dispatch()
    {
        var policy = Starting(ClockStart.Receipt);
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "投诉", policy, Operator, Beijing("2026-09-30 15:50"));
        ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-10-08 09:00"));

        ticket.Deadline!.Value.ClockStart.Should().Be(Beijing("2026-09-30 15:50"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"));

        ticket.Return("非本单位职责", HousingClerk, Beijing("2026-10-08 10:00"));
        ticket.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-10-09 09:00"));
        ticket.Deadline!.Value.DueDate.Should().Be(D("2026-10-20"), "the request's clock started when the platform received it");
    }

    [Fact]
    public void A_category_the_policy_has_no_limit_for_can_be_registered_and_answered_but_not_dispatched()
    {
        var ticket = Registered(TicketCategory.Praise);
        var before = Snapshot(ticket);

        var act = () => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));

        act.Should().Throw<HandlingPolicyException>().WithMessage("*表扬*");
        Snapshot(ticket).Should().BeEquivalentTo(before);
        ticket.AnswerDirectly("感谢来电", Operator, Beijing("2026-09-30 16:00"));
        ticket.Status.Should().Be(TicketStatus.Closed);
    }

    [Fact]
    public void Same_category_under_sign_in_policy_is_refused_at_dispatch_not_later()
    {
        var policy = Starting(ClockStart.SignIn);
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Consultation, "咨询", policy, Operator, Beijing("2026-09-29 09:00"));
        var act = () => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-29 10:00"));
        act.Should().Throw<HandlingPolicyException>();
        ticket.Version.Should().Be(1);
    }

    [Fact]
    public void A_deadline_beyond_the_calendar_is_refused_at_dispatch_and_leaves_the_ticket_unchanged()
    {
        var ticket = Registered(at: "2026-12-28 09:00");
        var before = Snapshot(ticket);

        var act = () => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-12-28 10:00"));

        act.Should().Throw<CalendarCoverageException>();
        Snapshot(ticket).Should().BeEquivalentTo(before);
    }
}
