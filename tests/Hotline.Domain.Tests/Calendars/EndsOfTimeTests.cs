using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>Calendars whose coverage touches an end of NodaTime's range reach that very day, and not one further.</summary>
public class EndsOfTimeTests
{
    private static readonly WorkingDayCalendar EndOfTime =
        WorkingDayCalendarBuilder.WeekdaysOnly("end of time", new DateInterval(D("9999-12-01"), LocalDate.MaxIsoValue)).Build();

    private static readonly WorkingDayCalendar StartOfTime =
        WorkingDayCalendarBuilder.WeekdaysOnly("start of time", new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(30))).Build();

    [Fact]
    public void The_last_representable_day_a_Friday_is_reached()
    {
        EndOfTime.AddWorkingDays(D("9999-12-30"), 1).Should().Be(LocalDate.MaxIsoValue);
        EndOfTime.AddWorkingDays(D("9999-12-30"), 1, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<LocalDate>(LocalDate.MaxIsoValue, false));
        EndOfTime.AddWorkingDays(D("9999-12-29"), 2, BeyondCoverage.Reject).Value.Should().Be(LocalDate.MaxIsoValue);
    }

    [Fact]
    public void The_first_representable_day_a_Monday_is_reached()
    {
        var wednesday = LocalDate.MinIsoValue.PlusDays(2);

        StartOfTime.AddWorkingDays(wednesday, -2).Should().Be(LocalDate.MinIsoValue);
        StartOfTime.AddWorkingDays(wednesday, -2, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<LocalDate>(LocalDate.MinIsoValue, false));
        StartOfTime.PreviousOrSameWorkingDay(LocalDate.MinIsoValue).Should().Be(LocalDate.MinIsoValue);
    }

    [Fact]
    public void One_working_day_past_either_end_is_out_of_range_naming_the_count_and_the_start()
    {
        EndOfTime.Invoking(c => c.AddWorkingDays(LocalDate.MaxIsoValue, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days")
            .WithMessage("Adding 1 working days to 9999-12-31 reaches beyond the dates NodaTime can represent (-9998-01-01 to 9999-12-31).*")
            .Which.ActualValue.Should().Be(1);
        EndOfTime.Invoking(c => c.AddWorkingDays(LocalDate.MaxIsoValue, 1, BeyondCoverage.AssumeWeekdays)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days")
            .WithMessage("Adding 1 working days to 9999-12-31 reaches beyond the dates NodaTime can represent (-9998-01-01 to 9999-12-31).*");
        StartOfTime.Invoking(c => c.AddWorkingDays(LocalDate.MinIsoValue, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days")
            .WithMessage("Adding -1 working days to -9998-01-01 reaches beyond*");
        StartOfTime.Invoking(c => c.AddWorkingDays(LocalDate.MinIsoValue, -1, BeyondCoverage.AssumeWeekdays)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days");
    }

    [Fact]
    public void Past_the_far_end_of_such_a_calendar_the_day_beyond_its_coverage_is_named()
    {
        EndOfTime.Invoking(c => c.AddWorkingDays(D("9999-12-01"), -1)).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("9999-11-30"));
        StartOfTime.Invoking(c => c.AddWorkingDays(LocalDate.MinIsoValue.PlusDays(30), 1)).Should().Throw<CalendarCoverageException>()
            .Which.Date.Should().Be(LocalDate.MinIsoValue.PlusDays(31));
        EndOfTime.AddWorkingDays(D("9999-12-01"), -1, BeyondCoverage.AssumeWeekdays).Should().Be(new CalendarAnswer<LocalDate>(D("9999-11-30"), true));
    }
}
