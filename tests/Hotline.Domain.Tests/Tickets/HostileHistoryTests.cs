using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Stored histories with absurd values: refused as malformed, or loaded with the drift reported, never a crash.</summary>
public class HostileHistoryTests
{
    private static readonly Instant Start = Beijing("2026-09-30 15:50");

    private static TicketEvent[] History(LocalDate dueDate, Instant dueAt) =>
    [
        new TicketRegistered(1, Start, null, "op-01", "GD-1", "complaint", "投诉"),
        new TicketDispatched(2, Start, null, "dp-02", "住建局", "especially-complex", Start, 10, dueDate, dueAt, false),
        new TicketSignedIn(3, Start, "住建局", "zj-11", null, null, null, null, false),
        new TicketExtensionRequested(4, Start, "住建局", "zj-11", 5, "需协调"),
        new TicketExtensionApproved(5, Start, null, "sv-03", 5, dueDate, dueAt, false),
        new TicketReplied(6, Start, "住建局", "zj-11", "已处理", true, true),
    ];

    [Fact]
    public void Extreme_recorded_deadlines_load_as_drift_or_are_refused_never_crash()
    {
        foreach (var (date, at) in new[] { (LocalDate.MaxIsoValue, Instant.MaxValue), (D("2026-10-20"), Instant.MaxValue), (LocalDate.MaxIsoValue, Beijing("2026-10-21 00:00")) })
        {
            var act = () => Ticket.Rehydrate(Policy, History(date, at));
            try
            {
                var ticket = act();
                ticket.DeadlineDrifts.Should().NotBeEmpty();
                _ = ticket.ToString();
                _ = ticket.IsOverdueAt(Instant.MaxValue);
            }
            catch (TicketHistoryException e)
            {
                e.Rule.Should().Be(TicketRule.WellFormedHistory);
            }
        }
    }

    [Fact]
    public void Recorded_dates_in_another_calendar_are_refused()
    {
        var julian = new LocalDate(2026, 10, 7, CalendarSystem.Julian);
        var e = FluentActions.Invoking(() => Ticket.Rehydrate(Policy, History(julian, Beijing("2026-10-21 00:00"))))
            .Should().Throw<TicketHistoryException>().Which;
        e.Position.Should().Be(2);
        e.Message.Should().Contain("ISO");
    }

    [Fact]
    public void Extreme_event_instants_are_refused_or_loaded_never_crash()
    {
        var history = History(D("2026-10-20"), Beijing("2026-10-21 00:00")).ToList();
        history[5] = history[5] with { At = Instant.MaxValue };
        FluentActions.Invoking(() => Ticket.Rehydrate(Policy, history)).Should().Throw<TicketHistoryException>();
        history[0] = history[0] with { At = Instant.MinValue };
        FluentActions.Invoking(() => Ticket.Rehydrate(Policy, history)).Should().Throw<TicketHistoryException>();
    }
}
