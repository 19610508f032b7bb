using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests;

/// <summary>
/// Each input here once escaped as a crash (NullReference, Overflow, NodaTime's own range or skipped-time errors):
/// now it is an ArgumentException or a HotlineDomainException that says what was wrong.
/// </summary>
public class HostileInputTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;

    [Fact]
    public void A_null_interval_of_days_off_is_an_argument_error()
    {
        var act = () => CalendarLayer.CreateBuilder("x").DaysOff(null!, HolidayName.NewYear);
        act.Should().Throw<ArgumentNullException>().WithParameterName("days");
    }

    [Fact]
    public void Days_off_and_holidays_need_their_reason()
    {
        var layer = CalendarLayer.CreateBuilder("x");
        layer.Invoking(l => l.DayOff(D("2026-03-02"), null!)).Should().Throw<ArgumentNullException>().WithParameterName("reason");
        layer.Invoking(l => l.Holiday(D("2026-03-02"), null!)).Should().Throw<ArgumentNullException>().WithParameterName("holiday");
        layer.Invoking(l => l.DaysOff(new DateInterval(D("2026-03-02"), D("2026-03-03")), null!)).Should().Throw<ArgumentNullException>();
        layer.Build().Entries.Should().BeEmpty();
    }

    [Fact]
    public void A_null_complexity_in_an_extension_rule_is_an_argument_error()
    {
        var once = () => ExtensionRule.Once(5, Complexity.EspeciallyComplex, null!);
        once.Should().Throw<ArgumentException>().WithParameterName("complexities");
        var times = () => ExtensionRule.Times(2, 5, null!, Complexity.Complex);
        times.Should().Throw<ArgumentException>().WithParameterName("complexities");
    }

    [Fact]
    public void Extension_rules_are_bounded()
    {
        var tooMany = () => ExtensionRule.Times(int.MaxValue, 5, Complexity.Complex);
        tooMany.Should().Throw<ArgumentOutOfRangeException>();
        var tooLong = () => ExtensionRule.Once(int.MaxValue, Complexity.Complex);
        tooLong.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_default_day_classification_refuses_use_with_one_clear_error()
    {
        var none = default(DayClassification);

        new Action[] { () => _ = none.IsWorkingDay, () => _ = none.Kind, () => _ = none.Date, () => _ = none.Holiday, () => _ = none.Notice, () => _ = none.IsProvisional }
            .Should().AllSatisfy(act => act.Should().Throw<InvalidOperationException>().WithMessage("*default value*WorkingDayCalendar.Classify*"));
        none.ToString().Should().Contain("default");
        none.Should().Be(default(DayClassification));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(3_000_000)]
    [InlineData(-4_000_000)]
    public void Moving_beyond_the_representable_dates_is_an_argument_error(int days)
    {
        var act = () => China.AddWorkingDays(D("2026-01-01"), days, BeyondCoverage.AssumeWeekdays);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(days)).WithMessage("*beyond the dates NodaTime can represent*");
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Huge_moves_inside_a_rejecting_calendar_are_coverage_errors(int days)
    {
        var act = () => China.AddWorkingDays(D("2026-01-01"), days);
        act.Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void A_large_provisional_move_that_stays_representable_is_answered()
    {
        var answer = China.AddWorkingDays(D("2026-01-01"), 1_000_000, BeyondCoverage.AssumeWeekdays);
        answer.IsProvisional.Should().BeTrue();
        answer.Value.Year.Should().BeInRange(5800, 5900);
    }

    [Fact]
    public void A_provisional_date_prints_as_an_ISO_date_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            China.AddWorkingDays(D("2026-12-30"), 5, BeyondCoverage.AssumeWeekdays).ToString().Should().Be("2027-01-06 (provisional)");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_calendar_may_cover_the_last_representable_day()
    {
        var act = () => WorkingDayCalendarBuilder.WeekdaysOnly("x", new DateInterval(D("9999-01-01"), LocalDate.MaxIsoValue)).Build();
        act.Should().NotThrow();
    }

    [Fact]
    public void An_undefined_BeyondCoverage_is_refused_inside_the_coverage_too()
    {
        var inside = D("2026-03-02");
        new Action[]
        {
            () => China.IsWorkingDay(inside, (BeyondCoverage)7),
            () => China.Classify(inside, (BeyondCoverage)7),
            () => China.AddWorkingDays(inside, 1, (BeyondCoverage)7),
            () => China.WorkingDaysBetween(inside, inside, (BeyondCoverage)7),
            () => China.CountWorkingDays(new DateInterval(inside, inside), (BeyondCoverage)7),
        }.Should().AllSatisfy(act => act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("beyond"));
    }

    [Fact]
    public void A_non_ISO_date_is_reported_under_the_parameter_the_method_has()
    {
        var julian = new LocalDate(2026, 3, 2, CalendarSystem.Julian);

        China.Invoking(c => c.AddWorkingDays(julian, 1)).Should().Throw<ArgumentException>().WithParameterName("start");
        China.Invoking(c => c.WorkingDaysBetween(D("2026-03-02"), julian)).Should().Throw<ArgumentException>().WithParameterName("end");
        China.Invoking(c => c.IsWorkingDay(julian)).Should().Throw<ArgumentException>().WithParameterName("date");
        China.Invoking(c => c.NextWorkingDay(julian)).Should().Throw<ArgumentException>().WithParameterName("date");
        China.Invoking(c => c.PreviousOrSameWorkingDay(julian)).Should().Throw<ArgumentException>().WithParameterName("date");
        China.Invoking(c => c.Adjust(julian, BusinessDayConvention.Following)).Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void Limits_beyond_a_thousand_working_days_are_refused_by_the_builder()
    {
        var builder = HandlingPolicy.CreateBuilder("city", China);
        builder.Invoking(b => b.Limit(TicketCategory.Complaint, int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1000*");
        builder.Invoking(b => b.Limit(TicketCategory.Complaint, Complexity.General, 1001)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Limit(TicketCategory.Complaint, HandlingPolicy.MaxLimitInWorkingDays).Build()
            .LimitFor(TicketCategory.Complaint, Complexity.General).Should().Be(1000);
    }

    [Fact]
    public void The_longest_provisional_deadline_extended_to_the_full_is_still_a_date()
    {
        var policy = HandlingPolicy.CreateBuilder("city", China)
            .Limit(TicketCategory.Complaint, HandlingPolicy.MaxLimitInWorkingDays)
            .Extension(ExtensionRule.Times(ExtensionRule.MaxExtensionsLimit, HandlingPolicy.MaxLimitInWorkingDays, Complexity.General))
            .AllowProvisionalDeadlines()
            .Build();

        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-03-02 10:00"));
        for (var i = 0; i < ExtensionRule.MaxExtensionsLimit; i++)
        {
            deadline = deadline.Extend(HandlingPolicy.MaxLimitInWorkingDays);
        }

        deadline.IsProvisional.Should().BeTrue();
        deadline.DueDate.Year.Should().BeInRange(2068, 2072);
    }

    [Fact]
    public void Calendar_time_limits_longer_than_30_days_are_refused()
    {
        var builder = HandlingPolicy.CreateBuilder("city", China);
        builder.Invoking(b => b.DispatchWithin(Duration.MaxValue)).Should().Throw<ArgumentException>().WithParameterName("within");
        builder.Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.FromHours(1), Duration.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.MaxValue, Duration.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Instants_at_the_ends_of_time_are_argument_errors_naming_the_parameter()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-03-02 10:00"));

        baoji.Invoking(p => p.DeadlineFor(TicketCategory.Complaint, Complexity.General, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("clockStart");
        baoji.Invoking(p => p.DeadlineFor(TicketCategory.Complaint, Complexity.General, Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("clockStart");
        baoji.Invoking(p => p.DispatchDueAt(Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("callReceived");
        baoji.Invoking(p => p.UrgentDeadlineFor(Urgency.Urgent, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        deadline.Invoking(d => d.WorkingDaysRemainingAt(Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant");
        deadline.WarningAt(Instant.MaxValue).Should().Be(WarningLevel.Overdue);
    }

    [Fact]
    public void A_late_extension_request_at_the_end_of_time_is_refused_with_a_readable_message()
    {
        var deadline = HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-03-02 10:00"));

        var act = () => deadline.Extend(3, Instant.MaxValue);

        act.Should().Throw<ExtensionRefusedException>().WithMessage("*9999-12-31 23:59:59Z*2026-03-17 00:00:00*before the deadline*");
    }

    [Fact]
    public void A_deadline_whose_next_day_the_zone_skipped_ends_when_the_day_after_begins()
    {
        // Samoa moved across the date line: in Pacific/Apia, 2011-12-30 never happened (23:59:59 on the 29th, at −10,
        // was followed by 00:00 on the 31st, at +14).
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var policy = HandlingPolicy.CreateBuilder("Apia office", China).InZone(apia).Limit(TicketCategory.Complaint, 1).Build();
        var dispatched = new LocalDateTime(2011, 12, 28, 10, 0).InZoneStrictly(apia).ToInstant();

        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched);

        deadline.DueDate.Should().Be(D("2011-12-29"));
        deadline.DueAt.Should().Be(new LocalDateTime(2011, 12, 31, 0, 0).InZoneStrictly(apia).ToInstant());
        deadline.DueAt.Should().Be(Utc("2011-12-30T10:00:00Z"));
    }

    [Fact]
    public void A_policy_on_a_calendar_whose_middle_day_the_zone_skipped_can_be_built()
    {
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var calendar = WorkingDayCalendarBuilder.WeekdaysOnly("Apia", new DateInterval(D("2011-12-29"), D("2011-12-31"))).Build();

        var act = () => HandlingPolicy.CreateBuilder("Apia", calendar).InZone(apia).Limit(TicketCategory.Complaint, 1).Build();

        act.Should().NotThrow();
    }
}
