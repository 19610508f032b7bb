using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// A policy in a zone with daylight saving, on a calendar covering 2026 (whose middle, 2026-07-02, is summer time):
/// a deadline ends at local midnight on either side of both changes, and the local date of an instant is the zone's,
/// however close to a change it falls.
/// </summary>
public class SteadyOffsetEdgeTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    // Clocks go forward at 01:00 UTC on Sunday 2026-03-29 and back at 01:00 UTC on Sunday 2026-10-25; the weekend
    // days before and at each change are made working days so that a due date can fall on them.
    private static readonly HandlingPolicy Policy = HandlingPolicy
        .CreateBuilder("London office", WorkingDayCalendarBuilder.WeekdaysOnly("weekdays 2026", new DateInterval(D("2026-01-01"), D("2026-12-31")))
            .AddLayer(CalendarLayer.CreateBuilder("weekend duty")
                .WorkingDay(D("2026-03-28")).WorkingDay(D("2026-03-29"))
                .WorkingDay(D("2026-10-24")).WorkingDay(D("2026-10-25")))
            .Build())
        .InZone(London)
        .Limit(TicketCategory.Complaint, 1)
        .Build();

    private static Instant LocalInstant(string local) =>
        NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(local).Value.InZoneStrictly(London).ToInstant();

    [Theory]
    [InlineData("2026-03-27 10:00", "2026-03-28", "2026-03-29T00:00:00Z")] // the day ends just before the spring change, in winter time
    [InlineData("2026-03-28 10:00", "2026-03-29", "2026-03-29T23:00:00Z")] // the day of the change ends in summer time
    [InlineData("2026-07-14 10:00", "2026-07-15", "2026-07-15T23:00:00Z")] // mid-summer
    [InlineData("2026-10-23 10:00", "2026-10-24", "2026-10-24T23:00:00Z")] // the day before the autumn change ends in summer time
    [InlineData("2026-10-24 10:00", "2026-10-25", "2026-10-26T00:00:00Z")] // the day of the change ends in winter time
    [InlineData("2026-12-01 10:00", "2026-12-02", "2026-12-03T00:00:00Z")] // mid-winter
    public void A_deadline_ends_at_local_midnight_on_both_sides_of_each_change(string dispatched, string dueDate, string dueAt)
    {
        var deadline = Policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, LocalInstant(dispatched));

        deadline.DueDate.Should().Be(D(dueDate));
        deadline.DueAt.Should().Be(Utc(dueAt));
        deadline.DueAt.Should().Be(deadline.DueDate.PlusDays(1).AtStartOfDayInZone(London).ToInstant());
    }

    [Theory]
    [InlineData("2026-03-29T00:30:00Z", "2026-03-30")] // 00:30 GMT on the 29th, just before the change: the day counted from is the 29th
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")] // 23:30 GMT on the 28th
    [InlineData("2026-10-24T23:30:00Z", "2026-10-26")] // 00:30 BST on the 25th
    [InlineData("2026-10-25T23:30:00Z", "2026-10-26")] // 23:30 GMT on the 25th, after the change: still the 25th
    [InlineData("2026-07-14T23:30:00Z", "2026-07-16")] // 00:30 BST on the 15th
    [InlineData("2026-01-05T23:30:00Z", "2026-01-06")] // 23:30 GMT on the 5th
    public void The_count_starts_from_the_local_date_next_to_each_change(string clockStart, string dueDate)
    {
        Policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Utc(clockStart)).DueDate.Should().Be(D(dueDate));
    }
}
