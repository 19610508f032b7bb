using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>The ends of replay: the uncommitted tail after a loaded history, and histories at the first and last supported instants.</summary>
public class ReplayEdgeTests
{
    [Fact]
    public void A_rehydrated_ticket_counts_only_the_events_after_its_loaded_history_as_uncommitted()
    {
        var ticket = Ticket.Rehydrate(Policy, Signed().History);

        ticket.Reply("已维修电梯", true, HousingClerk, Beijing("2026-10-15 10:00"));

        ticket.LoadedVersion.Should().Be(3);
        ticket.UncommittedEvents.Count.Should().Be(1);
        ticket.UncommittedEvents[0].Should().BeOfType<TicketReplied>().Which.Sequence.Should().Be(4);
    }

    [Fact]
    public void A_history_dated_at_the_first_and_last_supported_instants_replays()
    {
        var live = Ticket.Register(new TicketId("GD-1"), TicketCategory.Praise, "感谢", Policy, Operator, Preconditions.Earliest);
        live.AnswerDirectly("谢谢", Operator, Preconditions.Latest);

        var replayed = Ticket.Rehydrate(Policy, live.History);

        replayed.ReceivedAt.Should().Be(Preconditions.Earliest);
        replayed.Status.Should().Be(TicketStatus.Closed);
        replayed.History.Should().Equal(live.History);
    }
}
