using Hotline.Domain.Accountability;
using Hotline.Domain.AirQuality;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests;

/// <summary>The README's tour, verbatim, with the values its comments promise. The guides' examples are in <c>Docs/</c>.</summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void The_tour()
    {
        // Calendars: working days under the State Council's notices.
        var china = ChinaCalendars.Mainland;
        china.AddWorkingDays(new LocalDate(2026, 9, 30), 1).Should().Be(new LocalDate(2026, 10, 8));

        // Deadlines: a city's handling limits, as data.
        var policy = HandlingPolicy.Baoji2019;
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();
        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing(11, 2, 9));
        deadline.DueDate.Should().Be(new LocalDate(2026, 11, 16));
        deadline.DueAt.Should().Be(new LocalDateTime(2026, 11, 17, 0, 0).InZoneStrictly(policy.Zone).ToInstant());

        // Work orders: each action checks its rules and records one event.
        var housing = new UnitId("住建局");
        var platform = Actor.Platform("op-01");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "夜间施工噪音", policy, platform, Beijing(11, 2, 9));
        ticket.Dispatch(housing, Complexity.General, platform, Beijing(11, 2, 9));
        ticket.SignIn(clerk, Beijing(11, 2, 10));
        ticket.Reply("已责令停工", resolved: true, clerk, Beijing(11, 18, 10));
        ticket.RepliedOnTime.Should().BeFalse();
        var loaded = Ticket.Rehydrate(policy, ticket.History);
        loaded.History.Should().Equal(ticket.History);
        (loaded.Status, loaded.ResponsibleUnit, loaded.Deadline).Should().Be((ticket.Status, ticket.ResponsibleUnit, ticket.Deadline));

        // Accountability: findings with a recommended measure, and exact rates.
        var asOf = Beijing(12, 1, 9);
        var findings = AccountabilityReview.Review([loaded], asOf);
        findings.Select(f => f.ToString()).Should().Equal("住建局 GD-1 逾期办结 +2wd → 督办通知");
        findings[0].WorkingDaysPastDeadline.Should().Be(2);
        findings[0].RecommendedMeasure.Should().Be(Measure.SupervisionNotice);
        var november = new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));
        var onTime = Assessment.Of([loaded], november, asOf).Units[0].OnTimeCompletionRate;
        onTime.ToString().Should().Be("0.0%");
        (onTime.Numerator, onTime.Denominator).Should().Be((0, 1));

        // Air quality: the daily AQI of HJ 633.
        var aqi = DailyAqi.Calculate(new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150),
            AirQualityStandard.Edition2012).Aqi;
        aqi.Should().Be(92);
        AqiLevel.Of(aqi).Should().Be(AqiLevel.Good);
    }
}
