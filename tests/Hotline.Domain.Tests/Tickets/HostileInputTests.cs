using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Null, blank and extreme arguments are argument errors or rule refusals, never a crash, and change nothing.</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" GD-1")]
    [InlineData("GD-1\t")]
    public void Ids_and_staff_ids_must_not_be_blank_or_padded(string? value)
    {
        FluentActions.Invoking(() => new TicketId(value!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new UnitId(value!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Actor.Platform(value!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Actor.OfUnit(Housing, value!)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Ids_and_actors_are_values()
    {
        new TicketId("GD-1").Should().Be(new TicketId("GD-1"));
        (new UnitId("住建局") == new UnitId("住建局")).Should().BeTrue();
        (new UnitId("住建局") != new UnitId("城管局")).Should().BeTrue();
        new UnitId("a").Should().NotBe(new UnitId("A"), "ids compare ordinally");
        Actor.OfUnit(Housing, "x").Should().Be(Actor.OfUnit(new UnitId("住建局"), "x"));
        Actor.Platform("x").Should().NotBe(Actor.OfUnit(Housing, "x"));
        Actor.Platform("x").IsPlatform.Should().BeTrue();
        Actor.OfUnit(Housing, "x").ToString().Should().Be("x of unit 住建局");
        FluentActions.Invoking(() => Actor.OfUnit(null!, "x")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Null_and_blank_arguments_are_argument_errors_and_change_nothing()
    {
        var ticket = Signed();
        var before = Snapshot(ticket);
        var at = Beijing("2026-10-12 09:00");

        var attempts = new Action[]
        {
            () => ticket.Reply(null!, true, HousingClerk, at),
            () => ticket.Reply(" ", true, HousingClerk, at),
            () => ticket.Reply("ok", true, null!, at),
            () => ticket.RequestExtension(3, "", HousingClerk, at),
            () => ticket.Return(null!, HousingClerk, at),
            () => ticket.RejectReturn("\t", Dispatcher, at),
            () => ticket.DenyExtension(null!, Supervisor, at),
            () => ticket.RecordCallback(true, null!, Operator, at),
            () => ticket.Reopen("", Supervisor, at),
            () => ticket.Close(null!, at),
            () => ticket.MergeInto(null!, Dispatcher, at),
            () => ticket.Dispatch(null!, Complexity.General, Dispatcher, at),
            () => ticket.Dispatch(Urban, null!, Dispatcher, at),
            () => ticket.AnswerDirectly("", Operator, at),
            () => ticket.SignIn(null!, at),
            () => ticket.ApproveExtension(null!, at),
        };

        foreach (var attempt in attempts)
        {
            attempt.Should().Throw<ArgumentException>();
        }

        Snapshot(ticket).Should().BeEquivalentTo(before, o => o.ComparingByValue<HandlingDeadline>());
    }

    [Fact]
    public void Register_rejects_null_and_blank_arguments()
    {
        var at = Beijing("2026-09-30 15:50");
        FluentActions.Invoking(() => Ticket.Register(null!, TicketCategory.Complaint, "s", Policy, Operator, at)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Ticket.Register(new TicketId("a"), null!, "s", Policy, Operator, at)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Ticket.Register(new TicketId("a"), TicketCategory.Complaint, " ", Policy, Operator, at)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Ticket.Register(new TicketId("a"), TicketCategory.Complaint, "s", null!, Operator, at)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Ticket.Register(new TicketId("a"), TicketCategory.Complaint, "s", Policy, null!, at)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extreme_instants_are_argument_errors_not_overflows(bool max)
    {
        var extreme = max ? Instant.MaxValue : Instant.MinValue;
        FluentActions.Invoking(() => Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "投诉", Policy, Operator, extreme))
            .Should().Throw<ArgumentOutOfRangeException>();

        var ticket = Registered();
        var before = Snapshot(ticket);
        var act = () => ticket.Dispatch(Housing, Complexity.General, Dispatcher, extreme);
        act.Should().Throw<ArgumentOutOfRangeException>();
        Snapshot(ticket).Should().BeEquivalentTo(before);
        ticket.IsOverdueAt(extreme).Should().BeFalse();
    }

    [Fact]
    public void Instants_far_outside_the_calendar_are_a_coverage_refusal()
    {
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "投诉", Policy, Operator, Instant.FromUtc(1900, 1, 1, 0, 0));
        var act = () => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Instant.FromUtc(1900, 1, 1, 1, 0));
        act.Should().Throw<Hotline.Domain.Calendars.CalendarCoverageException>();
        ticket.Version.Should().Be(1);
    }

    [Fact]
    public void The_history_and_uncommitted_views_cannot_be_cast_back_and_written()
    {
        var ticket = Signed();
        (ticket.History is List<TicketEvent>).Should().BeFalse();
        (ticket.History as IList<TicketEvent>)?.IsReadOnly.Should().BeTrue();
        (ticket.UncommittedEvents is List<TicketEvent>).Should().BeFalse();
        (ticket.DeadlineDrifts is List<DeadlineDrift>).Should().BeFalse();
    }

    [Fact]
    public void Uncommitted_events_are_a_live_view_that_MarkCommitted_empties()
    {
        var ticket = Dispatched();
        var view = ticket.UncommittedEvents;
        view.Should().HaveCount(2);

        ticket.MarkCommitted();
        view.Should().BeEmpty();
        ticket.LoadedVersion.Should().Be(2);

        ticket.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        view.Should().ContainSingle().Which.Should().BeOfType<TicketSignedIn>();
        FluentActions.Invoking(() => view[1]).Should().Throw<ArgumentOutOfRangeException>();
    }
}
