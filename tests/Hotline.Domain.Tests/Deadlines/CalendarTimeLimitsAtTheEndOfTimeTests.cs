using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// The calendar-time service levels (dispatch within, urgent hour limits) near the last instant the library accepts:
/// every instant a policy accepts gets an answer, even with the longest limit (30 days); beyond the range, an argument
/// error naming the parameter, never NodaTime's <see cref="OverflowException"/>.
/// </summary>
public class CalendarTimeLimitsAtTheEndOfTimeTests
{
    private static readonly Duration Longest = HandlingPolicy.MaxCalendarTimeLimit;

    private static readonly HandlingPolicy ThirtyDays =
        HandlingPolicy.CreateBuilder("thirty days", ChinaCalendars.Mainland)
            .Limit(TicketCategory.HelpRequest, 1)
            .DispatchWithin(Longest)
            .UrgentLimit(Urgency.Urgent, Duration.FromHours(1), Longest)
            .Build();

    [Fact]
    public void A_call_ten_days_before_NodaTimes_last_instant_is_refused_as_an_argument_naming_callReceived()
    {
        var received = Instant.MaxValue - Duration.FromDays(10);

        ThirtyDays.Invoking(p => p.DispatchDueAt(received)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("callReceived");
        ThirtyDays.Invoking(p => p.IsDispatchOnTime(received, received)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("callReceived");
    }

    [Fact]
    public void An_urgent_clock_started_ten_days_before_NodaTimes_last_instant_is_refused_as_an_argument_naming_start()
    {
        var start = Instant.MaxValue - Duration.FromDays(10);

        ThirtyDays.Invoking(p => p.UrgentDeadlineFor(Urgency.Urgent, start)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void The_last_accepted_instant_is_answered_with_the_longest_limits()
    {
        var last = Preconditions.Latest;

        ThirtyDays.DispatchDueAt(last).Should().Be(last + Longest);
        ThirtyDays.IsDispatchOnTime(last, last + Longest).Should().BeTrue();
        ThirtyDays.UrgentDeadlineFor(Urgency.Urgent, last).ResultBy.Should().Be(last + Longest);
        ThirtyDays.Invoking(p => p.DispatchDueAt(last + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("callReceived");
    }

    [Fact]
    public void The_first_accepted_instant_is_answered_and_one_tick_before_it_refused()
    {
        var first = Preconditions.Earliest;

        ThirtyDays.DispatchDueAt(first).Should().Be(first + Longest);
        ThirtyDays.Invoking(p => p.UrgentDeadlineFor(Urgency.Urgent, first - Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }
}
