using CsCheck;
using Hotline.Domain.Samples.Persistence;
using Hotline.Domain.Tests.Tickets;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Samples.Tests;

/// <summary>Rule 5 through the sample's JSON of ticket events: a random history written and read back replays to an identical ticket.</summary>
public class JsonRoundTripPropertyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rehydrating_the_history_after_a_JSON_round_trip_gives_an_identical_ticket(bool withStepLimits)
    {
        var policy = withStepLimits ? StepPolicy : Policy;
        TicketScripts.ScriptGen.Sample(script =>
        {
            var live = TicketScripts.Run(script, "GD-P", policy);
            var history = live.History;

            var stored = history.Select(TicketEventJson.Write).ToArray();
            var reloaded = Ticket.Rehydrate(policy, stored.Select(s => TicketEventJson.Read(s.Type, s.Data)));

            Fingerprint.Of(reloaded).Should().Be(Fingerprint.Of(live));
            reloaded.History.Should().Equal(history);
            reloaded.Id.Should().Be(live.Id);
            reloaded.Category.Should().Be(live.Category);
            reloaded.ReceivedAt.Should().Be(live.ReceivedAt);
            reloaded.DeadlineDrifts.Should().BeEmpty();
            reloaded.UncommittedEvents.Should().BeEmpty();
            reloaded.LoadedVersion.Should().Be(live.Version);
        }, iter: 2000);
    }
}
