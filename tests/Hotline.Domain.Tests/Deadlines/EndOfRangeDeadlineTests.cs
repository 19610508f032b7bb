using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// At the far end of the dates NodaTime represents, a deadline whose end (24:00) is still an instant is given, and
/// the first due date too close to the end is refused as an argument error naming the date — never an overflow.
/// </summary>
public class EndOfRangeDeadlineTests
{
    // 9999-12-31, the last representable date, is a Friday.
    private static readonly HandlingPolicy LastWeeks = HandlingPolicy
        .Create("end of time", WorkingDayCalendarBuilder.WeekdaysOnly("weekdays 9999", new DateInterval(D("9999-12-01"), LocalDate.MaxIsoValue)).Build())
        .Limit(TicketCategory.Complaint, 1)
        .Build();

    [Fact]
    public void A_deadline_due_three_days_before_the_last_date_ends_at_its_midnight()
    {
        var deadline = LastWeeks.DeadlineFor(TicketCategory.Complaint, Complexity.General, Utc("9999-12-27T02:00:00Z"));

        deadline.DueDate.Should().Be(D("9999-12-28"));
        deadline.DueAt.Should().Be(Utc("9999-12-28T16:00:00Z"), "24:00 in Beijing is 16:00 UTC");
    }

    [Fact]
    public void A_deadline_due_two_days_before_the_last_date_is_refused_naming_the_date()
    {
        var act = () => LastWeeks.DeadlineFor(TicketCategory.Complaint, Complexity.General, Utc("9999-12-28T02:00:00Z"));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date")
            .WithMessage("The due date 9999-12-29 is too close to the last date NodaTime represents for its end (24:00) to be an instant.*");
    }

    [Fact]
    public void Deadlines_in_an_ordinary_year_are_not_affected_by_the_end_of_time_check()
    {
        HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-16 10:00")).DueDate.Should().Be(D("2026-12-30"));
    }
}
