using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Instants never go backwards; equal instants are ordered by sequence.</summary>
public class ChronologyTests
{
    [Fact]
    public void An_action_dated_before_the_last_event_is_refused_naming_both_instants_and_the_position()
    {
        var ticket = Signed();

        ticket.Refuses<TicketChronologyException>(() => ticket.Reply("已处理", true, HousingClerk, Beijing("2026-09-30 16:29")), TicketRule.Chronology)
            .Message.Should().Match("*[chronology]*2026-09-30 16:29:00*event 3 at 2026-09-30 16:30:00*");
    }

    [Fact]
    public void An_action_at_the_same_instant_as_the_last_event_is_accepted()
    {
        var ticket = Signed();
        ticket.Reply("已处理", true, HousingClerk, Beijing("2026-09-30 16:30"));
        ticket.History[^1].Sequence.Should().Be(4);
        ticket.History[^1].At.Should().Be(ticket.History[^2].At);
    }

    [Fact]
    public void A_direct_answer_before_the_registration_is_refused()
    {
        var ticket = Registered();
        var act = () => ticket.AnswerDirectly("答复", Operator, Beijing("2026-09-30 15:49"));
        act.Should().Throw<TicketChronologyException>();
    }
}
