using Hotline.Domain.Deadlines;
using Hotline.Domain.Samples.Persistence;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Samples.Tests;

/// <summary>Rows written before the step-limit fields existed still load through the sample's JSON and replay.</summary>
public class OldRowsTests
{
    [Fact]
    public void Json_rows_without_the_step_fields_load_with_their_defaults_and_replay_as_an_order_without_limits()
    {
        (string Type, string Data)[] rows =
        [
            ("registered", """{"Sequence":1,"At":"2025-09-30T09:00:00Z","ByUnit":null,"ByStaff":"op-01","TicketId":"GD-OLD","Category":"complaint","Summary":"小区停水"}"""),
            ("dispatched", """{"Sequence":2,"At":"2025-09-30T09:20:00Z","ByUnit":null,"ByStaff":"dp-02","Unit":"住建局","Complexity":"general","ClockStartedAt":null,"WorkingDays":null,"DueDate":null,"DueAt":null,"IsProvisional":false}"""),
            ("signed-for", """{"Sequence":3,"At":"2025-10-13T01:00:00Z","ByUnit":"住建局","ByStaff":"zj-11","ClockStartedAt":"2025-10-13T01:00:00Z","WorkingDays":5,"DueDate":"2025-10-17","DueAt":"2025-10-17T16:00:00Z","IsProvisional":false}"""),
        ];
        var signInClock = StepPolicy.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build();

        var events = rows.Select(r => TicketEventJson.Read(r.Type, r.Data)).ToList();
        var ticket = Ticket.Rehydrate(signInClock, events);

        ((TicketRegistered)events[0]).Urgency.Should().BeNull();
        ((TicketDispatched)events[1]).SignInDueAt.Should().BeNull();
        ((TicketDispatched)events[1]).IsDesignated.Should().BeFalse();
        ((TicketSignedIn)events[2]).OnTime.Should().BeNull();
        ticket.Urgency.Should().Be(Urgency.Normal);
        ticket.SignInDueAt.Should().BeNull();
        ticket.SignedInOnTime.Should().BeNull();
        ticket.Status.Should().Be(TicketStatus.InProgress);
    }
}
