using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// At the far end of the instants the library accepts (the last is 9899-12-31T23:59:59.999999999Z), the longest limit
/// still gets a deadline; a clock start beyond it, up to NodaTime's own last dates, is refused as an argument error
/// naming the clock start — never an overflow.
/// </summary>
public class EndOfRangeDeadlineTests
{
    // 9999-12-31, the last representable date, is a Friday.
    private static readonly HandlingPolicy LastWeeks = HandlingPolicy
        .CreateBuilder("end of time", WorkingDayCalendarBuilder.WeekdaysOnly("weekdays 9999", new DateInterval(D("9999-12-01"), LocalDate.MaxIsoValue)).Build())
        .Limit(TicketCategory.Complaint, 1)
        .Build();

    private static readonly HandlingPolicy LongestFromTheLastYear = HandlingPolicy
        .CreateBuilder("longest", WorkingDayCalendarBuilder.WeekdaysOnly("weekdays 9899", new DateInterval(D("9899-12-01"), D("9899-12-31"))).Build())
        .Limit(TicketCategory.Complaint, HandlingPolicy.MaxLimitInWorkingDays)
        .AllowProvisionalDeadlines()
        .Build();

    [Fact]
    public void A_clock_started_in_the_last_week_of_NodaTimes_dates_is_refused_naming_the_clock_start()
    {
        var act = () => LastWeeks.DeadlineFor(TicketCategory.Complaint, Complexity.General, Utc("9999-12-27T02:00:00Z"));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("clockStart").WithMessage("*is outside the supported range*");
    }

    [Fact]
    public void The_longest_limit_from_the_last_accepted_instant_is_a_provisional_deadline_four_years_later()
    {
        var deadline = LongestFromTheLastYear.DeadlineFor(TicketCategory.Complaint, Complexity.General, Preconditions.Latest);

        // The last instant is already Monday 9900-01-01 in Beijing, the start day (not counted); 1,000 weekdays later.
        deadline.IsProvisional.Should().BeTrue();
        deadline.DueDate.Should().Be(D("9903-11-02"));
        deadline.DueAt.Should().Be(deadline.DueDate.PlusDays(1).AtMidnight().InUtc().ToInstant() - Duration.FromHours(8));
    }

    [Fact]
    public void Deadlines_in_an_ordinary_year_are_not_affected_by_the_end_of_time_check()
    {
        HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-16 10:00")).DueDate.Should().Be(D("2026-12-30"));
    }
}
