using CsCheck;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Rule 5 as properties over random action sequences (CsCheck; a failure prints a seed to pass to <c>seed:</c>).</summary>
public class RehydrationPropertyTests
{
    /// <summary>The policies the scripts run under: without step limits, and with every kind of them.</summary>
    public static TheoryData<string> Policies => new() { "baoji", "steps", "review" };

    // "review": the step policy with replies reviewed before the callback and three failed attempts to 无法回访.
    private static readonly HandlingPolicy ReviewPolicy = StepPolicy.ToBuilder().ReviewRepliesBeforeCallback().CallbackAttempts(3).Build();

    private static HandlingPolicy PolicyNamed(string name) => name switch { "steps" => StepPolicy, "review" => ReviewPolicy, _ => Policy };

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_random_scripts_reach_every_kind_of_event(string policyName)
    {
        var policy = PolicyNamed(policyName);
        var seen = new Dictionary<TicketEventKind, int>();
        TicketScripts.ScriptGen.Sample(script =>
        {
            var ticket = TicketScripts.Run(script, "GD-P", policy);
            lock (seen)
            {
                foreach (var kind in ticket.History.Select(TicketEventKind.Of))
                {
                    seen[kind] = seen.GetValueOrDefault(kind) + 1;
                }
            }
        }, iter: 20_000); // under review a reopen needs an accepted reply, a callback and a dissatisfied requester: some twenty in 20,000 scripts

        seen.Keys.Should().BeEquivalentTo(TicketEventKind.List, "a property that never reaches an event proves nothing about it");
        Console.WriteLine(string.Join(", ", seen.OrderBy(p => p.Key.Value).Select(p => $"{p.Key.Code} {p.Value}")));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void A_refused_attempt_leaves_the_ticket_exactly_as_it_was(string policyName)
    {
        var policy = PolicyNamed(policyName);
        TicketScripts.ScriptGen.Sample(script =>
        {
            TicketScripts.Run(script, "GD-P", policy, (ticket, before) =>
            {
                var after = Fingerprint.Of(ticket);
                if (after != before)
                {
                    throw new InvalidOperationException($"A refused attempt changed the ticket: {before} → {after}");
                }
            });
        }, iter: 5000);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Rehydrating_the_history_gives_an_identical_ticket(string policyName)
    {
        var policy = PolicyNamed(policyName);
        TicketScripts.ScriptGen.Sample(script =>
        {
            var live = TicketScripts.Run(script, "GD-P", policy);
            var history = live.History;
            history.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, history.Count));
            history.Zip(history.Skip(1)).Should().NotContain(pair => pair.First.At > pair.Second.At, "instants never decrease");

            var replayed = Ticket.Rehydrate(policy, history);
            Fingerprint.Of(replayed).Should().Be(Fingerprint.Of(live));
            replayed.History.Should().Equal(history);
            replayed.Id.Should().Be(live.Id);
            replayed.Category.Should().Be(live.Category);
            replayed.ReceivedAt.Should().Be(live.ReceivedAt);
            replayed.DeadlineDrifts.Should().BeEmpty();
            replayed.UncommittedEvents.Should().BeEmpty();
            replayed.LoadedVersion.Should().Be(live.Version);
        }, iter: 2000);
    }
}
