using Hotline.Domain.Accountability;
using Hotline.Domain.AirQuality;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of the package README (src/Hotline.Domain/PackageReadme.md), in order, with the values its comments promise.</summary>
public class PackageReadmeTests
{
    [Fact]
    public void The_package_readme_examples()
    {
        // Calendars
        var china = ChinaCalendars.Mainland;
        china.AddWorkingDays(new LocalDate(2026, 9, 30), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.Classify(new LocalDate(2026, 2, 16)).Notice!.DocumentNumber.Should().Be("国办发明电〔2025〕7号");

        // Deadlines
        var baoji = HandlingPolicy.Baoji2019;
        var dispatched = new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(baoji.Zone).ToInstant();
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, dispatched);
        deadline.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        deadline.Extend(5).DueDate.Should().Be(new LocalDate(2026, 10, 27));
        deadline.Extend(5).Invoking(d => d.Extend(1)).Should().Throw<ExtensionRefusedException>();

        // Work orders
        var housing = new UnitId("住建局");
        var ticket = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "电梯停运", baoji,
            Actor.Platform("op-01"), dispatched);
        ticket.Dispatch(housing, Complexity.General, Actor.Platform("op-01"), dispatched);
        ticket.SignIn(Actor.OfUnit(housing, "zj-11"), dispatched + Duration.FromHours(1));
        ticket.Invoking(t => t.SignIn(Actor.OfUnit(housing, "zj-11"), dispatched + Duration.FromHours(2)))
            .Should().Throw<TicketRuleException>();
        ticket.History.Should().HaveCount(3);
        var loaded = Ticket.Rehydrate(baoji, ticket.History);
        loaded.History.Should().Equal(ticket.History);
        loaded.Status.Should().Be(TicketStatus.InProgress);

        // Accountability
        var asOf = new LocalDateTime(2026, 10, 26, 9, 0).InZoneStrictly(baoji.Zone).ToInstant();
        var findings = AccountabilityReview.Review([loaded], asOf);
        loaded.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        findings.Select(f => f.ToString()).Should().Equal("住建局 GD-1 超期未办结 +4wd → 督办通知");
        var september = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 30));
        var rate = Assessment.Of([loaded], september, asOf).Units[0].CompletionRate;
        rate.ToString().Should().Be("0.0%");
        (rate.Numerator, rate.Denominator).Should().Be((0, 1));

        // Air quality
        var day = DailyAqi.Calculate(new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m,
            o3EightHourMax: 150), AirQualityStandard.Edition2012);
        day.Aqi.Should().Be(92);
        day.Level.ChineseName.Should().Be("良");
    }
}
