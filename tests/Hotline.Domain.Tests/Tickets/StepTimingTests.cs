using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// The per-step limits on the work order: urgency from the registration, sign-in, first contact and return window
/// fixed at each dispatch, designation at the policy's third dispatch (<see cref="TicketFixtures.StepPolicy"/>).
/// </summary>
public class StepTimingTests
{
    private static readonly UnitId Water = new("水务局");
    private static readonly Actor WaterClerk = Actor.OfUnit(Water, "sw-31");

    // Registered 2025-09-30 17:00, dispatched 17:20 on the eve of National Day (the holiday runs 10-01 to 10-08).
    private static Ticket DispatchedOnTheEve(Urgency? urgency = null, string at = "2025-09-30 17:20")
    {
        var t = Ticket.Register(new TicketId("GD-20250930-0042"), TicketCategory.Complaint, "小区停水", StepPolicy, Operator, Beijing("2025-09-30 17:00"), urgency ?? Urgency.Normal);
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing(at));
        return t;
    }

    [Fact]
    public void The_existing_registration_means_a_normal_order_and_records_no_urgency_code()
    {
        var t = Registered();
        t.Urgency.Should().Be(Urgency.Normal);
        t.History[0].Should().BeOfType<TicketRegistered>().Which.Urgency.Should().BeNull();
    }

    [Fact]
    public void An_urgent_registration_records_its_code()
    {
        var t = DispatchedOnTheEve(Urgency.Urgent);
        t.Urgency.Should().Be(Urgency.Urgent);
        t.History[0].Should().BeOfType<TicketRegistered>().Which.Urgency.Should().Be("urgent");
    }

    [Fact]
    public void A_dispatch_at_1720_on_the_eve_of_National_Day_fixes_and_records_its_step_limits()
    {
        var t = DispatchedOnTheEve();

        t.SignInDueAt.Should().Be(Beijing("2025-10-09 09:50"), "40 working minutes on 09-30, then 80 from 08:30 on 10-09");
        t.ContactDueAt.Should().Be(Beijing("2025-10-10 00:00"), "one working day: 24:00 of 10-09");
        t.ReturnWindowEndsAt.Should().Be(Beijing("2025-10-10 00:00"));
        t.IsDesignated.Should().BeFalse();
        t.SignedInOnTime.Should().BeNull();
        t.ContactedOnTime.Should().BeNull();
        var dispatched = t.History[1].Should().BeOfType<TicketDispatched>().Which;
        (dispatched.SignInDueAt, dispatched.ContactDueAt, dispatched.ReturnWindowEndsAt, dispatched.IsDesignated)
            .Should().Be((t.SignInDueAt, t.ContactDueAt, t.ReturnWindowEndsAt, false));
    }

    [Fact]
    public void The_limits_follow_the_orders_urgency()
    {
        var t = DispatchedOnTheEve(Urgency.ExtremelyUrgent);
        t.SignInDueAt.Should().Be(Beijing("2025-09-30 17:35"), "特急: 15 minutes of calendar time");
        t.ContactDueAt.Should().Be(StepPolicy.ContactDueAt(Urgency.ExtremelyUrgent, Beijing("2025-09-30 17:20")));
    }

    [Fact]
    public void A_policy_without_step_limits_fixes_none()
    {
        var t = Dispatched();
        (t.SignInDueAt, t.ContactDueAt, t.ReturnWindowEndsAt, t.IsDesignated).Should().Be(((Instant?)null, (Instant?)null, (Instant?)null, false));
        t.SignIn(HousingClerk, Beijing("2026-12-30 10:00"));
        t.SignedInOnTime.Should().BeNull();
        t.ContactRequester("电话联系", HousingClerk, Beijing("2026-12-30 10:05"));
        t.ContactedOnTime.Should().BeNull();
        t.RequesterContactedAt.Should().Be(Beijing("2026-12-30 10:05"));
    }

    [Fact]
    public void A_sign_in_one_minute_before_the_due_instant_is_on_time()
    {
        var t = DispatchedOnTheEve();
        t.SignIn(HousingClerk, Beijing("2025-10-09 09:49"));
        t.SignedInOnTime.Should().BeTrue();
        t.History[^1].Should().BeOfType<TicketSignedIn>().Which.OnTime.Should().BeTrue();
    }

    [Fact]
    public void A_sign_in_at_the_due_instant_is_late_and_recorded_so()
    {
        var t = DispatchedOnTheEve();
        t.SignIn(HousingClerk, Beijing("2025-10-09 09:50"));
        t.SignedInOnTime.Should().BeFalse();
        t.History[^1].Should().BeOfType<TicketSignedIn>().Which.OnTime.Should().BeFalse();
    }

    [Fact]
    public void A_thirty_minute_urgent_contact_limit_runs_over_midnight_on_a_holiday()
    {
        var t = DispatchedOnTheEve(Urgency.Urgent, "2025-10-01 23:45");
        t.ContactDueAt.Should().Be(Beijing("2025-10-02 00:15"));

        t.ContactRequester("已电话联系，约定上门", HousingClerk, Beijing("2025-10-02 00:14"));

        t.ContactedOnTime.Should().BeTrue();
        t.RequesterContactedAt.Should().Be(Beijing("2025-10-02 00:14"));
        t.Status.Should().Be(TicketStatus.Dispatched, "a contact before sign-in changes no status");
    }

    [Fact]
    public void A_first_contact_at_the_due_instant_is_late_and_a_later_contact_changes_nothing()
    {
        var t = DispatchedOnTheEve(Urgency.Urgent, "2025-10-01 23:45");
        t.ContactRequester("首次联系", HousingClerk, Beijing("2025-10-02 00:15"));
        t.ContactRequester("再次联系", HousingClerk, Beijing("2025-10-02 00:16"));

        t.ContactedOnTime.Should().BeFalse();
        t.RequesterContactedAt.Should().Be(Beijing("2025-10-02 00:15"));
        t.History.OfType<TicketRequesterContacted>().Select(c => c.OnTime).Should().Equal(false, null);
    }

    [Fact]
    public void The_unit_may_contact_the_requester_after_signing_and_in_a_reopened_round_but_not_after_its_reply()
    {
        var t = DispatchedOnTheEve();
        t.SignIn(HousingClerk, Beijing("2025-10-09 09:00"));
        t.ContactRequester("联系", HousingClerk, Beijing("2025-10-09 09:10"));
        t.ContactedOnTime.Should().BeTrue();
        t.Reply("已恢复供水", true, HousingClerk, Beijing("2025-10-10 10:00"));

        t.Refuses<TicketStateException>(() => t.ContactRequester("再联系", HousingClerk, Beijing("2025-10-10 11:00")), TicketRule.AllowedStatus);

        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2025-10-11 09:00"));
        t.Reopen("仍未供水", Supervisor, Beijing("2025-10-11 09:30"));
        t.ContactRequester("重办联系", HousingClerk, Beijing("2025-10-11 10:00"));
        t.RequesterContactedAt.Should().Be(Beijing("2025-10-09 09:10"), "a reopen is not a dispatch: the first contact stays the one that counts");
        t.ContactDueAt.Should().Be(Beijing("2025-10-10 00:00"));
    }

    [Fact]
    public void Only_the_dispatched_unit_contacts_the_requester()
    {
        var t = DispatchedOnTheEve();
        t.Refuses<TicketAuthorityException>(() => t.ContactRequester("联系", UrbanClerk, Beijing("2025-09-30 17:30")), TicketRule.DispatchedUnitOnly);
        t.Refuses<TicketAuthorityException>(() => t.ContactRequester("联系", Operator, Beijing("2025-09-30 17:30")), TicketRule.DispatchedUnitOnly);
    }

    [Fact]
    public void No_contact_before_a_dispatch_or_while_returned()
    {
        var registered = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "噪音", StepPolicy, Operator, Beijing("2025-09-30 17:00"));
        registered.Refuses<TicketAuthorityException>(() => registered.ContactRequester("联系", HousingClerk, Beijing("2025-09-30 17:30")), TicketRule.DispatchedUnitOnly);

        var t = DispatchedOnTheEve();
        t.Return("非本单位职责", HousingClerk, Beijing("2025-09-30 17:30"));
        t.Refuses<TicketStateException>(() => t.ContactRequester("联系", HousingClerk, Beijing("2025-09-30 17:40")), TicketRule.AllowedStatus);
    }

    [Fact]
    public void A_redispatch_fixes_new_limits_and_forgets_the_previous_units_steps()
    {
        var t = DispatchedOnTheEve();
        t.ContactRequester("联系", HousingClerk, Beijing("2025-09-30 17:25"));
        t.Return("非本单位职责", HousingClerk, Beijing("2025-09-30 17:30"));
        t.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2025-10-09 09:00"));

        t.SignInDueAt.Should().Be(Beijing("2025-10-09 11:00"));
        t.RequesterContactedAt.Should().BeNull();
        t.ContactedOnTime.Should().BeNull();
        t.SignedInOnTime.Should().BeNull();
        t.ReturnWindowEndsAt.Should().Be(Beijing("2025-10-11 00:00"), "one working day after 10-09: 24:00 of 10-10");
    }

    [Fact]
    public void A_return_just_before_the_window_ends_is_accepted()
    {
        var t = DispatchedOnTheEve();
        t.Return("非本单位职责", HousingClerk, Beijing("2025-10-09 23:59"));
        t.Status.Should().Be(TicketStatus.Returned);
    }

    [Fact]
    public void A_return_at_the_end_of_the_window_is_refused_and_the_ticket_unchanged()
    {
        var t = DispatchedOnTheEve();
        var refusal = t.Refuses<TicketStateException>(() => t.Return("非本单位职责", HousingClerk, Beijing("2025-10-10 00:00")), TicketRule.ReturnWindowClosed);
        refusal.Message.Should().Contain("2025-10-10 00:00:00").And.Contain("return window");
    }

    [Fact]
    public void A_rejected_return_keeps_the_dispatchs_window()
    {
        var t = DispatchedOnTheEve();
        t.Return("非本单位职责", HousingClerk, Beijing("2025-09-30 17:30"));
        t.RejectReturn("属于该单位", Supervisor, Beijing("2025-10-09 08:40"));
        t.ReturnWindowEndsAt.Should().Be(Beijing("2025-10-10 00:00"));
        t.Refuses<TicketStateException>(() => t.Return("仍非本单位", HousingClerk, Beijing("2025-10-10 08:00")), TicketRule.ReturnWindowClosed);
    }

    [Fact]
    public void The_third_dispatch_designates_its_unit_which_may_not_return_the_order()
    {
        var t = DispatchedOnTheEve();
        t.Return("非本单位职责", HousingClerk, Beijing("2025-09-30 17:30"));
        t.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2025-09-30 17:40"));
        t.IsDesignated.Should().BeFalse();
        t.Return("非本单位职责", UrbanClerk, Beijing("2025-09-30 17:50"));
        t.Dispatch(Water, Complexity.General, Dispatcher, Beijing("2025-09-30 17:55"));

        t.IsDesignated.Should().BeTrue();
        t.History[^1].Should().BeOfType<TicketDispatched>().Which.IsDesignated.Should().BeTrue();
        var refusal = t.Refuses<TicketStateException>(() => t.Return("非本单位职责", WaterClerk, Beijing("2025-09-30 18:00")), TicketRule.DesignatedUnitCannotReturn);
        refusal.Message.Should().Contain("dispatch 3").And.Contain("水务局").And.Contain("指定承办");
    }

    [Fact]
    public void An_urgent_orders_hour_limits_leave_its_working_day_deadline_and_its_step_limits_as_they_are()
    {
        var policy = StepPolicy.ToBuilder().UrgentLimit(Urgency.Urgent, Duration.FromMinutes(30), Duration.FromHours(24)).Build();
        var t = Ticket.Register(new TicketId("GD-U"), TicketCategory.Complaint, "燃气泄漏", policy, Operator, Beijing("2025-09-30 17:00"), Urgency.Urgent);
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-30 17:20"));

        t.Deadline!.Value.DueAt.Should().Be(Policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2025-09-30 17:20")).DueAt, "the order keeps its working-day deadline");
        t.ContactDueAt.Should().Be(Beijing("2025-09-30 17:50"), "the contact step limit for 紧急");
        t.SignInDueAt.Should().Be(Beijing("2025-10-09 09:50"), "no urgent sign-in limit: the general one, not the hour limit");
        policy.UrgentDeadlineFor(Urgency.Urgent, Beijing("2025-09-30 17:20")).RespondBy.Should().Be(Beijing("2025-09-30 17:50"), "the hour limit is the policy's, beside the ticket's steps");
    }

    [Fact]
    public void Contact_and_registration_guard_their_arguments()
    {
        var t = DispatchedOnTheEve();
        FluentActions.Invoking(() => t.ContactRequester(null!, HousingClerk, Beijing("2025-09-30 17:30"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => t.ContactRequester("  ", HousingClerk, Beijing("2025-09-30 17:30"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => t.ContactRequester("联系", null!, Beijing("2025-09-30 17:30"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => t.ContactRequester("联系", HousingClerk, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Ticket.Register(new TicketId("GD-N"), TicketCategory.Complaint, "噪音", StepPolicy, Operator, Beijing("2025-09-30 17:00"), null!))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_contact_dated_before_the_last_event_is_refused()
    {
        var t = DispatchedOnTheEve();
        t.Refuses<TicketChronologyException>(() => t.ContactRequester("联系", HousingClerk, Beijing("2025-09-30 17:19")), TicketRule.Chronology);
    }

    [Fact]
    public void A_dispatch_whose_step_limit_runs_past_the_calendars_coverage_is_refused_and_the_ticket_unchanged()
    {
        // Provisional deadlines allowed, so the handling deadline beyond 2026 is answered; the 2-working-hour sign-in limit
        // from 16:30 on the coverage's last day runs into 2027, which office hours do not guess.
        var policy = StepPolicy.ToBuilder().AllowProvisionalDeadlines().Build();
        policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-31 16:30")).IsProvisional.Should().BeTrue();
        var t = Ticket.Register(new TicketId("GD-20261231-0001"), TicketCategory.Complaint, "跨年停水", policy, Operator, Beijing("2026-12-31 16:00"));
        var before = Snapshot(t);

        FluentActions.Invoking(() => t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-12-31 16:30")))
            .Should().Throw<Domain.Calendars.CalendarCoverageException>();

        Snapshot(t).Should().BeEquivalentTo(before, "the step limits are decided before anything is applied");
    }
}
