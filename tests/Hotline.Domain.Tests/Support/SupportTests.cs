using Hotline.Domain.Tickets;
using Xunit.Sdk;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Support;

/// <summary>The shared assertions can fail: each is fed a case it must reject.</summary>
public class SupportTests
{
    [Fact]
    public void The_equality_contract_rejects_equal_values_with_different_hash_codes()
    {
        var act = () => EqualityContract.Holds(new BadHash(1), new BadHash(1), new BadHash(2));

        act.Should().Throw<XunitException>().WithMessage("*equal hash codes*");
    }

    [Fact]
    public void The_equality_contract_rejects_a_value_equal_to_one_it_should_differ_from()
    {
        var act = () => EqualityContract.Holds(new TicketId("GD-1"), new TicketId("GD-1"), new TicketId("GD-1"));

        act.Should().Throw<XunitException>();
    }

    [Fact]
    public void Refuses_rejects_an_action_that_is_accepted()
    {
        var ticket = Registered();

        var act = () => ticket.Refuses<TicketStateException>(() => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Later(ticket)), TicketRule.AllowedStatus);

        act.Should().Throw<XunitException>();
    }

    [Fact]
    public void Refuses_rejects_the_wrong_rule_and_a_base_exception_type()
    {
        var ticket = Signed();

        var wrongRule = () => ticket.Refuses<TicketStateException>(() => ticket.RecordCallback(true, Satisfaction.Satisfied, Operator, Later(ticket)), TicketRule.NothingAfterClose);
        var baseType = () => ticket.Refuses<TicketRuleException>(() => ticket.RecordCallback(true, Satisfaction.Satisfied, Operator, Later(ticket)), TicketRule.AllowedStatus);

        wrongRule.Should().Throw<XunitException>();
        baseType.Should().Throw<XunitException>();
        ticket.Refuses<TicketStateException>(() => ticket.RecordCallback(true, Satisfaction.Satisfied, Operator, Later(ticket)), TicketRule.AllowedStatus);
    }

    [Fact]
    public void Refuses_rejects_a_refusal_that_changed_the_ticket()
    {
        var ticket = Registered();

        var act = () => ticket.Refuses<TicketStateException>(
            () =>
            {
                ticket.Dispatch(Housing, Complexity.General, Dispatcher, Later(ticket));
                ticket.Dispatch(Housing, Complexity.General, Dispatcher, Later(ticket));
            },
            TicketRule.AllowedStatus);

        act.Should().Throw<XunitException>().WithMessage("*exactly as it was*");
    }

    private static Instant Later(Ticket ticket) => ticket.History[^1].At + Duration.FromMinutes(5);

    private sealed class BadHash(int value) : IEquatable<BadHash>
    {
        private static int _calls;

        public int Value { get; } = value;

        public bool Equals(BadHash? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as BadHash);

        public override int GetHashCode() => Interlocked.Increment(ref _calls);
    }
}
