using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Ids and actors as values (equality, hash codes, text), the messages of their guards, and what a ticket shows of
/// itself: its text, its lateness by status, and its history and uncommitted views.
/// </summary>
public class IdentityAndViewTests
{
    [Fact]
    public void A_blank_id_is_refused_naming_the_kind_of_id()
    {
        FluentActions.Invoking(() => new TicketId(" ")).Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("A ticket id must not be blank.*");
        FluentActions.Invoking(() => new UnitId("")).Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("A unit id must not be blank.*");
        FluentActions.Invoking(() => Actor.Platform(null!)).Should().Throw<ArgumentNullException>().WithParameterName("staffId");
        FluentActions.Invoking(() => Actor.OfUnit(Housing, "\t")).Should().Throw<ArgumentException>().WithParameterName("staffId").WithMessage("A staff id must not be blank.*");
        FluentActions.Invoking(() => Actor.OfUnit(null!, "zj-11")).Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Theory]
    [InlineData(" GD-1")]
    [InlineData("GD-1 ")]
    [InlineData("\u3000GD-1")]
    public void An_id_padded_at_either_end_is_refused_quoting_it(string padded)
    {
        FluentActions.Invoking(() => new TicketId(padded)).Should().Throw<ArgumentException>().WithParameterName("value")
            .WithMessage($"A ticket id must not start or end with white space: '{padded}'.*");
        FluentActions.Invoking(() => Actor.Platform(padded)).Should().Throw<ArgumentException>().WithParameterName("staffId")
            .WithMessage($"A staff id must not start or end with white space: '{padded}'.*");
    }

    [Fact]
    public void Ids_with_inner_spaces_and_single_characters_are_accepted()
    {
        new TicketId("GD 1").Value.Should().Be("GD 1");
        new UnitId("A").ToString().Should().Be("A");
        Actor.Platform("x").StaffId.Should().Be("x");
    }

    [Fact]
    public void Free_texts_must_not_be_blank_and_the_message_names_the_text()
    {
        var ticket = Signed();
        var at = Beijing("2026-10-12 09:00");

        ticket.Invoking(t => t.Reply(" ", true, HousingClerk, at)).Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("The result must not be blank.*");
        ticket.Invoking(t => t.RequestExtension(2, "", HousingClerk, at)).Should().Throw<ArgumentException>().WithParameterName("reason").WithMessage("The reason must not be blank.*");
        FluentActions.Invoking(() => Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "\t", Policy, Operator, at))
            .Should().Throw<ArgumentException>().WithParameterName("summary").WithMessage("The summary must not be blank.*");
        Registered().Invoking(t => t.AnswerDirectly(" ", Operator, at)).Should().Throw<ArgumentException>().WithParameterName("answer").WithMessage("The answer must not be blank.*");
        ticket.Invoking(t => t.ContactRequester(" ", HousingClerk, at)).Should().Throw<ArgumentException>().WithParameterName("note").WithMessage("The note must not be blank.*");
        ticket.Version.Should().Be(3);
    }

    [Fact]
    public void Free_texts_may_be_padded_and_are_kept_as_written()
    {
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, " 电梯停运 ", Policy, Operator, Beijing("2026-09-30 15:50"));

        ticket.Summary.Should().Be(" 电梯停运 ");
    }

    [Fact]
    public void Ticket_ids_are_equal_by_ordinal_value_with_equal_hash_codes()
    {
        var id = new TicketId("GD-1");

        EqualityContract.Holds(id, new TicketId("GD-1"), new TicketId("gd-1"), new TicketId("GD-2"));
        id.Equals((object)"GD-1").Should().BeFalse("a ticket id is not its text");
        ((TicketId?)null == null).Should().BeTrue();
        id.ToString().Should().Be("GD-1");
    }

    [Fact]
    public void Unit_ids_are_equal_by_ordinal_value_with_equal_hash_codes()
    {
        var id = new UnitId("住建局");

        EqualityContract.Holds(id, new UnitId("住建局"), new UnitId("城管局"));
        id.Equals((object)"住建局").Should().BeFalse("a unit id is not its text");
        ((UnitId?)null != null).Should().BeFalse();
    }

    [Fact]
    public void Actors_are_equal_when_both_are_the_platform_or_the_same_unit_and_their_staff_ids_match()
    {
        var clerk = Actor.OfUnit(Housing, "zj-11");

        EqualityContract.Holds(
            clerk,
            Actor.OfUnit(new UnitId("住建局"), "zj-11"),
            Actor.OfUnit(Housing, "zj-12"),
            Actor.OfUnit(Urban, "zj-11"),
            Actor.OfUnit(Housing, "ZJ-11"),
            Actor.Platform("zj-11"));
        EqualityContract.Holds(Actor.Platform("op-01"), Actor.Platform("op-01"), Actor.Platform("op-02"), Actor.OfUnit(Housing, "op-01"));
        clerk.Equals((object)"zj-11").Should().BeFalse();
        ((Actor?)null == null).Should().BeTrue();
    }

    [Fact]
    public void Actors_say_who_they_are()
    {
        Actor.Platform("op-01").ToString().Should().Be("platform staff op-01");
        Actor.Platform("op-01").IsPlatform.Should().BeTrue();
        Actor.Platform("op-01").Unit.Should().BeNull();
        HousingClerk.ToString().Should().Be("zj-11 of unit 住建局");
        HousingClerk.IsPlatform.Should().BeFalse();
        HousingClerk.Unit.Should().Be(Housing);
    }

    [Fact]
    public void A_ticket_prints_its_id_category_status_unit_due_date_and_version()
    {
        Registered().ToString().Should().Be("GD-20260930-0001 投诉 已受理 (v1)");
        Dispatched().ToString().Should().Be("GD-20260930-0001 投诉 已派单 → 住建局, due 2026-10-20 (v2)");
    }

    [Fact]
    public void A_ticket_under_a_sign_in_clock_prints_no_due_date_until_signed()
    {
        var policy = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "噪音", policy, Operator, Beijing("2026-09-30 15:50"));
        ticket.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2026-09-30 16:00"));

        ticket.ToString().Should().Be("GD-1 投诉 已派单 → 住建局 (v2)");
        ticket.IsOverdueAt(Beijing("2027-01-01 00:00")).Should().BeFalse("no clock runs before the sign-in");
    }

    [Fact]
    public void A_running_deadline_is_overdue_from_its_due_instant_while_dispatched_returned_or_in_progress()
    {
        var due = Beijing("2026-10-21 00:00");

        foreach (var ticket in new[] { Dispatched(), Returned(), Signed() })
        {
            ticket.IsOverdueAt(due).Should().BeTrue(ticket.Status.Name);
            ticket.IsOverdueAt(due - Duration.Epsilon).Should().BeFalse(ticket.Status.Name);
        }
    }

    [Fact]
    public void A_replied_called_back_closed_or_registered_ticket_is_never_overdue()
    {
        var late = Beijing("2026-12-01 00:00");

        Registered().IsOverdueAt(late).Should().BeFalse();
        Replied().IsOverdueAt(late).Should().BeFalse();
        CalledBack(false, Satisfaction.Dissatisfied).IsOverdueAt(late).Should().BeFalse();
        Closed().IsOverdueAt(late).Should().BeFalse();
    }

    [Fact]
    public void A_reply_at_the_due_instant_is_late_and_one_just_before_is_on_time()
    {
        var late = Signed();
        late.Reply("已处理", true, HousingClerk, Beijing("2026-10-21 00:00"));
        late.RepliedOnTime.Should().BeFalse();
        late.ReplyResolved.Should().BeTrue();
        late.RepliedAt.Should().Be(Beijing("2026-10-21 00:00"));

        var onTime = Signed();
        onTime.Reply("已处理", false, HousingClerk, Beijing("2026-10-21 00:00") - Duration.Epsilon);
        onTime.RepliedOnTime.Should().BeTrue();
        onTime.ReplyResolved.Should().BeFalse();
    }

    [Fact]
    public void The_uncommitted_view_lists_only_the_events_after_the_last_commit_in_order()
    {
        var ticket = Dispatched();
        ticket.MarkCommitted();
        ticket.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        ticket.RequestExtension(2, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        var view = ticket.UncommittedEvents;

        view.Should().HaveCount(2);
        view[0].Should().BeOfType<TicketSignedIn>().Which.Sequence.Should().Be(3);
        view[1].Should().BeOfType<TicketExtensionRequested>().Which.Sequence.Should().Be(4);
        view.Select(e => e.Sequence).Should().Equal(3, 4);
        ((System.Collections.IEnumerable)view).Cast<TicketEvent>().Should().Equal(ticket.History.Skip(2));
        FluentActions.Invoking(() => view[-1]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        FluentActions.Invoking(() => view[2]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        ticket.Version.Should().Be(4);
        ticket.LoadedVersion.Should().Be(2);
    }

    [Fact]
    public void A_ticket_built_by_actions_has_no_deadline_drifts()
    {
        Closed().DeadlineDrifts.Should().BeEmpty();
    }

    [Fact]
    public void The_kind_of_a_foreign_event_is_refused_naming_the_known_types()
    {
        FluentActions.Invoking(() => TicketEventKind.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("ticketEvent");
        FluentActions.Invoking(() => TicketEventKind.Of(new Foreign(1, Beijing("2026-09-30 15:50"), null, "op-01")))
            .Should().Throw<ArgumentException>().WithParameterName("ticketEvent")
            .WithMessage("Foreign is not a ticket event of this library. Known types: TicketRegistered, TicketAnsweredDirectly, TicketDispatched, *, TicketRequesterContacted, TicketAssistingUnitAdded, TicketAssistanceReported, TicketProgressReported, TicketReminded, TicketSupervised, TicketSupervisionAnswered, TicketEscalated, TicketTransferredToEmergencyLine, TicketReferredToLegalRoute, TicketDeclined, TicketMarkedInvalid, TicketWithdrawn, TicketTerminationRequested, TicketTerminationApproved, TicketTerminationDenied, TicketStatutoryPeriodRequested, TicketStatutoryPeriodApproved, TicketStatutoryPeriodDenied, TicketCallbackAttempted, TicketReplyReviewed.*");
        TicketEventKind.Of(Dispatched().History[1]).Should().Be(TicketEventKind.Dispatched);
    }

    [Fact]
    public void Every_event_of_a_full_loop_keeps_the_facts_of_its_action()
    {
        var ticket = Signed();
        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        ticket.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));

        var dispatched = ticket.History[1].Should().BeOfType<TicketDispatched>().Subject;
        dispatched.Unit.Should().Be("住建局");
        dispatched.Complexity.Should().Be("especially-complex");
        dispatched.ClockStartedAt.Should().Be(Beijing("2026-09-30 16:00"));
        dispatched.WorkingDays.Should().Be(10);
        dispatched.DueDate.Should().Be(D("2026-10-20"));
        dispatched.DueAt.Should().Be(Beijing("2026-10-21 00:00"));
        dispatched.IsProvisional.Should().BeFalse();
        dispatched.ByUnit.Should().BeNull();
        dispatched.ByStaff.Should().Be("dp-02");

        var signed = ticket.History[2].Should().BeOfType<TicketSignedIn>().Subject;
        signed.ByUnit.Should().Be("住建局");
        signed.ClockStartedAt.Should().BeNull("the clock started at the dispatch");
        signed.DueAt.Should().BeNull();

        var approved = ticket.History[4].Should().BeOfType<TicketExtensionApproved>().Subject;
        approved.WorkingDays.Should().Be(5);
        approved.DueDate.Should().Be(D("2026-10-27"));
        approved.DueAt.Should().Be(Beijing("2026-10-28 00:00"));
        ticket.PendingExtensionWorkingDays.Should().BeNull();
        ticket.ExtensionRequested.Should().BeTrue();
        ticket.Deadline!.Value.ExtendedByWorkingDays.Should().Be(5);
    }

    private sealed record Foreign(int Sequence, Instant At, string? ByUnit, string ByStaff) : TicketEvent(Sequence, At, ByUnit, ByStaff)
    {
        // Only a friend assembly can override the internal member; outside the library no such type can exist.
        internal override TicketEventKind Kind => null!;
    }
}
