using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// The responsible unit is one <see cref="UnitId"/> instance while the unit stays the same, so reading it after every
/// event allocates nothing; a re-dispatch to another unit gives that unit's id.
/// </summary>
public class ResponsibleUnitInstanceTests
{
    [Fact]
    public void The_unit_instance_is_kept_through_the_loop_of_one_unit()
    {
        var t = Dispatched();
        var unit = t.ResponsibleUnit;

        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        t.Reply("已维修电梯", true, HousingClerk, Beijing("2026-10-15 10:00"));

        t.ResponsibleUnit.Should().BeSameAs(unit).And.Be(Housing);
    }

    [Fact]
    public void A_return_rejected_and_a_re_dispatch_to_another_unit_give_the_new_unit()
    {
        var t = Returned();
        var housing = t.ResponsibleUnit;
        t.RejectReturn("属于本单位职责", Dispatcher, Beijing("2026-09-30 17:00"));
        t.ResponsibleUnit.Should().BeSameAs(housing);
        t.Return("仍不属于本单位", HousingClerk, Beijing("2026-09-30 17:10"));

        t.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-09-30 17:20"));

        t.ResponsibleUnit.Should().Be(Urban);
        Ticket.Rehydrate(Policy, t.History).ResponsibleUnit.Should().Be(Urban);
    }
}
