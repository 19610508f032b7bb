using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

public class HandlingPolicyBuilderTests
{
    /// <summary>Guangdong 2022 (BRIEF §3): 咨询 2, 求助/建议 10, 投诉/举报 15 working days from receipt.</summary>
    private static HandlingPolicy Guangdong2022() =>
        HandlingPolicy.CreateBuilder("广东省 (2022)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Receipt)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Limit(TicketCategory.Complaint, 15)
            .Limit(TicketCategory.Report, 15)
            .Build();

    [Fact]
    public void A_second_city_is_a_policy_built_with_the_builder()
    {
        var guangdong = Guangdong2022();

        guangdong.ClockStart.Should().Be(ClockStart.Receipt);
        guangdong.Extension.Should().Be(ExtensionRule.None);
        guangdong.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00")).DueDate.Should().Be(D("2026-10-27"));
        guangdong.DeadlineFor(TicketCategory.HelpRequest, Complexity.General, Beijing("2026-09-30 16:00")).DueDate.Should().Be(D("2026-10-20"));
        var noExtension = () => guangdong.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00")).Extend(1);
        noExtension.Should().Throw<ExtensionRefusedException>();
    }

    [Fact]
    public void Urgent_orders_have_hour_limits_on_calendar_time()
    {
        var policy = HandlingPolicy.CreateBuilder("urgent", ChinaCalendars.Mainland)
            .Limit(TicketCategory.HelpRequest, 1)
            .UrgentLimit(Urgency.Urgent, respondWithin: Duration.FromMinutes(30), resultWithin: Duration.FromHours(24))
            .Build();

        var deadline = policy.UrgentDeadlineFor(Urgency.Urgent, Beijing("2026-10-01 10:00"));

        deadline.RespondBy.Should().Be(Beijing("2026-10-01 10:30"));
        deadline.ResultBy.Should().Be(Beijing("2026-10-02 10:00"), "hour limits run through holidays");
        policy.HasUrgentLimit(Urgency.ExtremelyUrgent).Should().BeFalse();
        policy.Invoking(p => p.UrgentDeadlineFor(Urgency.ExtremelyUrgent, Beijing("2026-10-01 10:00")))
            .Should().Throw<HandlingPolicyException>().WithMessage("*特急*紧急*");
    }

    [Fact]
    public void Zero_or_negative_limits_are_rejected()
    {
        var builder = HandlingPolicy.CreateBuilder("bad", ChinaCalendars.Mainland);
        builder.Invoking(b => b.Limit(TicketCategory.Complaint, 0)).Should().Throw<HandlingPolicyException>().WithMessage("*投诉*0 working days*1 or more*");
        builder.Invoking(b => b.Limit(TicketCategory.Complaint, Complexity.Complex, -3)).Should().Throw<HandlingPolicyException>();
    }

    [Fact]
    public void A_category_with_limits_for_some_complexities_only_is_rejected()
    {
        var builder = HandlingPolicy.CreateBuilder("partial", ChinaCalendars.Mainland).Limit(TicketCategory.HelpRequest, Complexity.General, 3);
        builder.Invoking(b => b.Build()).Should().Throw<HandlingPolicyException>().WithMessage("*求助*复杂, 特别复杂*");
    }

    [Fact]
    public void A_policy_without_any_limit_is_rejected()
    {
        HandlingPolicy.CreateBuilder("empty", ChinaCalendars.Mainland).Invoking(b => b.Build())
            .Should().Throw<HandlingPolicyException>().WithMessage("*no limits*");
    }

    [Fact]
    public void A_built_policy_does_not_change_when_its_builder_does()
    {
        var builder = HandlingPolicy.CreateBuilder("city", ChinaCalendars.Mainland).Limit(TicketCategory.Complaint, 10);
        var policy = builder.Build();
        builder.Limit(TicketCategory.Complaint, 3);
        policy.LimitFor(TicketCategory.Complaint, Complexity.General).Should().Be(10);
    }

    [Fact]
    public void Urgent_limits_must_be_positive_and_result_no_sooner_than_response()
    {
        var builder = HandlingPolicy.CreateBuilder("urgent", ChinaCalendars.Mainland);
        builder.Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.FromHours(2), Duration.FromMinutes(30))).Should().Throw<HandlingPolicyException>();
        builder.Invoking(b => b.UrgentLimit(Urgency.Normal, Duration.FromMinutes(30), Duration.FromHours(2))).Should().Throw<HandlingPolicyException>();
    }

    [Fact]
    public void The_policy_counts_in_its_own_zone()
    {
        var urumqi = DateTimeZoneProviders.Tzdb["Asia/Urumqi"]; // UTC+6
        var policy = HandlingPolicy.CreateBuilder("zone", ChinaCalendars.Mainland).InZone(urumqi).Limit(TicketCategory.Consultation, 2).Build();
        // 2026-09-29 17:30 UTC is 09-29 23:30 in Urumqi but 09-30 01:30 in Beijing.
        policy.DeadlineFor(TicketCategory.Consultation, Complexity.General, Utc("2026-09-29T17:30:00Z")).DueDate.Should().Be(D("2026-10-08"));
        HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Consultation, Complexity.General, Utc("2026-09-29T17:30:00Z")).DueDate.Should().Be(D("2026-10-09"));
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-27 10:00", "2026-03-29 00:00")] // clocks go forward at 01:00 on 03-29: midnight exists once
    [InlineData("America/Sao_Paulo", "2018-11-02 10:00", "2018-11-04 01:00")] // 2018-11-04 had no midnight: the day started at 01:00
    [InlineData("America/Havana", "2026-10-30 10:00", "2026-11-01 00:00")] // 00:00–01:00 on 11-01 happens twice: the earlier one
    [InlineData("Asia/Beirut", "2026-03-27 10:00", "2026-03-29 01:00")] // east of UTC, the day starts in the gap at 00:00 local
    public void Due_instants_follow_the_zone_through_daylight_saving_changes(string zoneId, string start, string expectedLocal)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var pattern = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
        // Saturdays made working days so that the due date is the day before each transition.
        var calendar = WorkingDayCalendarBuilder.WeekdaysOnly("weekdays", new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2030, 12, 31)))
            .AddLayer(CalendarLayer.CreateBuilder("test").WorkingDay(new LocalDate(2018, 11, 3)).WorkingDay(new LocalDate(2026, 3, 28)).WorkingDay(new LocalDate(2026, 10, 31)))
            .Build();
        var policy = HandlingPolicy.CreateBuilder("dst", calendar).InZone(zone).Limit(TicketCategory.Consultation, 1).Build();

        var deadline = policy.DeadlineFor(TicketCategory.Consultation, Complexity.General, pattern.Parse(start).Value.InZoneLeniently(zone).ToInstant());

        deadline.DueAt.InZone(zone).LocalDateTime.Should().Be(pattern.Parse(expectedLocal).Value);
        deadline.DueAt.Should().Be(deadline.DueDate.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }
}
