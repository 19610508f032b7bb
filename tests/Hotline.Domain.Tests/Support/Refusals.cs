using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Support;

/// <summary>"Refused with rule X, state unchanged": the one assertion every refusal test makes.</summary>
internal static class Refusals
{
    /// <summary>
    /// Runs <paramref name="action"/> on <paramref name="ticket"/> and asserts it throws exactly
    /// <typeparamref name="TException"/> carrying <paramref name="rule"/>, and that everything a query can see of the
    /// ticket (status, unit, deadline, reopen count, history, version, …: <c>TicketFixtures.Snapshot</c>) is as
    /// it was. Returns the exception for further checks of its message.
    /// </summary>
    public static TException Refuses<TException>(this Ticket ticket, Action action, TicketRule rule)
        where TException : TicketRuleException
    {
        var thrown = ticket.RefusesUnchanged<TException>(action);
        thrown.Rule.Should().Be(rule);
        return thrown;
    }

    /// <summary>
    /// As <see cref="Refuses{TException}"/> for an extension the policy's extension rule refuses: exactly an
    /// <see cref="ExtensionRefusedException"/> with <paramref name="reason"/>, the ticket unchanged.
    /// </summary>
    public static ExtensionRefusedException RefusesExtension(this Ticket ticket, Action action, ExtensionRefusal reason)
    {
        var thrown = ticket.RefusesUnchanged<ExtensionRefusedException>(action);
        thrown.Reason.Should().Be(reason);
        return thrown;
    }

    private static TException RefusesUnchanged<TException>(this Ticket ticket, Action action)
        where TException : Exception
    {
        var before = Snapshot(ticket);
        var thrown = action.Should().ThrowExactly<TException>().Which;
        Snapshot(ticket).Should().BeEquivalentTo(before, o => o.ComparingByValue<HandlingDeadline>(), "a refused action leaves the ticket exactly as it was");
        return thrown;
    }
}
