using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Calendars.OfficeHours;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>Every refusal of office hours: the exception, the parameter, and a builder left as it was.</summary>
public class WorkingHoursHostileInputTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;
    private static readonly TimeWindow Morning = W("08:30", "12:00");

    [Fact]
    public void A_schedule_needs_a_name_a_calendar_and_a_zone()
    {
        FluentActions.Invoking(() => WorkingHours.Create(null!, China, Shanghai)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => WorkingHours.Create("  ", China, Shanghai)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => WorkingHours.Create("x", null!, Shanghai)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => WorkingHours.Create("x", China, null!)).Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void A_season_needs_windows_and_no_null_among_them()
    {
        var builder = WorkingHours.Create("x", China, Shanghai);

        builder.Invoking(b => b.Season(new AnnualDate(1, 1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("windows");
        builder.Invoking(b => b.Season(new AnnualDate(1, 1))).Should().Throw<ArgumentException>().WithParameterName("windows").WithMessage("*at least one window*");
        builder.Invoking(b => b.Season(new AnnualDate(1, 1), Morning, null!)).Should().Throw<ArgumentException>().WithParameterName("windows").WithMessage("*null*");
        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>("the refused seasons were not added");
    }

    [Theory]
    [InlineData("08:30", "12:00", "11:00", "14:00")]
    [InlineData("08:30", "12:00", "08:30", "12:00")]
    [InlineData("08:30", "12:00", "09:00", "10:00")]
    public void Overlapping_windows_are_refused_in_any_order(string firstStart, string firstEnd, string secondStart, string secondEnd)
    {
        var builder = WorkingHours.Create("x", China, Shanghai);

        builder.Invoking(b => b.Season(new AnnualDate(1, 1), W(secondStart, secondEnd), W(firstStart, firstEnd)))
            .Should().Throw<ArgumentException>().WithParameterName("windows").WithMessage("*overlap*");
    }

    [Fact]
    public void Touching_windows_are_accepted()
    {
        var hours = WorkingHours.Create("x", China, Shanghai).Season(new AnnualDate(1, 1), W("14:00", "18:00"), W("08:30", "14:00")).Build();

        hours.WorkingTimeBetween(Beijing("2026-03-02 00:00"), Beijing("2026-03-03 00:00")).Should().Be(Duration.FromMinutes(570));
    }

    [Fact]
    public void A_season_cannot_start_on_the_29th_of_February()
    {
        var builder = WorkingHours.Create("x", China, Shanghai);

        builder.Invoking(b => b.Season(new AnnualDate(2, 29), Morning)).Should().Throw<ArgumentException>().WithParameterName("from").WithMessage("*02-29*");
        builder.Season(new AnnualDate(2, 28), Morning).Season(new AnnualDate(3, 1), W("09:00", "10:00")).Build().Seasons.Should().HaveCount(2);
    }

    [Fact]
    public void Two_seasons_cannot_start_on_the_same_day()
    {
        var builder = WorkingHours.Create("x", China, Shanghai).Season(new AnnualDate(5, 1), Morning);

        builder.Invoking(b => b.Season(new AnnualDate(5, 1), W("09:00", "10:00"))).Should().Throw<ArgumentException>().WithParameterName("from").WithMessage("*already starts on 05-01*");
        builder.Build().Seasons.Single().Windows.Should().Equal(Morning);
    }

    [Fact]
    public void A_schedule_without_a_season_is_not_built()
    {
        FluentActions.Invoking(() => WorkingHours.Create("x", China, Shanghai).Build())
            .Should().Throw<InvalidOperationException>().WithMessage("*no season*");
    }

    [Fact]
    public void A_negative_amount_is_refused()
    {
        FluentActions.Invoking(() => Centre.AddWorkingTime(Beijing("2026-03-02 09:00"), -Duration.Epsilon))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void Instants_outside_the_library_s_range_are_refused()
    {
        var inside = Beijing("2026-03-02 09:00");
        FluentActions.Invoking(() => Centre.IsWorkingTime(Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant");
        FluentActions.Invoking(() => Centre.WorkingTimeBetween(Instant.MinValue, inside)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        FluentActions.Invoking(() => Centre.WorkingTimeBetween(inside, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end");
        FluentActions.Invoking(() => Centre.AddWorkingTime(Instant.MaxValue, Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void A_non_ISO_date_is_refused()
    {
        var julian = D("2026-03-02").WithCalendar(CalendarSystem.Julian);

        Centre.Invoking(h => h.WindowsOn(julian)).Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void The_ends_of_the_instant_range_are_accepted_and_nothing_lands_past_them()
    {
        // Twelve hours ahead of UTC: the first accepted instant is 0001-01-01 12:00 local, the last 9900-01-01 11:59:59.999999999.
        var zone = DateTimeZone.ForOffset(Offset.FromHours(12));
        var first = WorkingHours.Create("first", EveryDay("first", new DateInterval(D("0000-12-01"), D("0001-02-01"))), zone).Season(new AnnualDate(1, 1), W("00:00", "23:00")).Build();
        var last = WorkingHours.Create("last", EveryDay("last", new DateInterval(D("9899-12-01"), D("9999-12-31"))), zone).Season(new AnnualDate(1, 1), W("00:00", "23:00")).Build();
        var earliest = Instant.FromUtc(1, 1, 1, 0, 0);
        var latest = Instant.FromUtc(9900, 1, 1, 0, 0) - Duration.Epsilon;

        first.IsWorkingTime(earliest).Should().BeTrue();
        first.WorkingTimeBetween(earliest, earliest + Duration.FromDays(1)).Should().Be(Duration.FromHours(23));
        first.Invoking(h => h.WorkingTimeBetween(earliest - Duration.Epsilon, earliest)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        first.Invoking(h => h.AddWorkingTime(earliest, Duration.MaxValue)).Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("0001-02-02"));

        last.IsWorkingTime(latest).Should().BeTrue();
        last.AddWorkingTime(latest - Duration.FromHours(1), Duration.FromHours(1)).Should().Be(latest);
        last.Invoking(h => h.AddWorkingTime(latest - Duration.FromHours(1), Duration.FromHours(1) + Duration.Epsilon))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount").WithMessage("*last instant the library accepts*");
        last.Invoking(h => h.AddWorkingTime(latest, Duration.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }
}
