using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of docs/deadlines.md, verbatim where possible, with the values its comments promise.</summary>
public class DeadlinesGuideTests
{
    [Fact]
    public void The_preset()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var zone = baoji.Zone;
        zone.Id.Should().Be("Asia/Shanghai");

        var dispatched = new LocalDateTime(2019, 4, 28, 10, 0).InZoneStrictly(zone).ToInstant();
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched);
        deadline.DueDate.Should().Be(new LocalDate(2019, 5, 14));
        deadline.DueAt.Should().Be(new LocalDateTime(2019, 5, 15, 0, 0).InZoneStrictly(zone).ToInstant());
        deadline.DueAt.Should().Be(Instant.FromUtc(2019, 5, 14, 16, 0));

        var consultation = baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General,
            new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant());
        consultation.DueDate.Should().Be(new LocalDate(2026, 10, 9));
        var now = new LocalDateTime(2026, 10, 9, 10, 0).InZoneStrictly(zone).ToInstant();
        consultation.IsOverdueAt(now).Should().BeFalse();
        consultation.WorkingDaysRemainingAt(now).Should().Be(0);
        consultation.WarningAt(now).Should().Be(WarningLevel.DueSoon);

        var hard = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex,
            new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant());
        hard.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        var extended = hard.Extend(5);
        extended.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        extended.Invoking(e => e.Extend(1)).Should().Throw<ExtensionRefusedException>();

        baoji.Invoking(p => p.DeadlineFor(TicketCategory.Praise, Complexity.General, dispatched)).Should().Throw<HandlingPolicyException>();
        baoji.IsDispatchOnTime(dispatched, dispatched + Duration.FromMinutes(10)).Should().BeTrue();
        baoji.IsDispatchOnTime(dispatched, dispatched + Duration.FromMinutes(11)).Should().BeFalse();
    }

    [Fact]
    public void Your_own_citys_policy()
    {
        var guangdong = HandlingPolicy.CreateBuilder("广东省 (2022)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Receipt)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Limit(TicketCategory.Complaint, 15)
            .Limit(TicketCategory.Report, 15)
            .UrgentLimit(Urgency.Urgent, respondWithin: Duration.FromMinutes(30), resultWithin: Duration.FromHours(24))
            .DueSoonWithin(1)
            .Build();

        guangdong.AcceptedCategories.Should().BeEquivalentTo(
            [TicketCategory.Consultation, TicketCategory.HelpRequest, TicketCategory.Suggestion, TicketCategory.Complaint, TicketCategory.Report]);
        guangdong.Extension.Should().Be(ExtensionRule.None);
    }

    [Fact]
    public void Adapting_a_preset()
    {
        var strictlyNextYear = HandlingPolicy.Baoji2019.ToBuilder()
            .AllowProvisionalDeadlines()
            .InZone(DateTimeZoneProviders.Tzdb["Asia/Urumqi"])
            .Build();

        strictlyNextYear.Name.Should().Be(HandlingPolicy.Baoji2019.Name);
        strictlyNextYear.BeyondCoverage.Should().Be(BeyondCoverage.AssumeWeekdays);
        HandlingPolicy.Baoji2019.BeyondCoverage.Should().Be(BeyondCoverage.Reject);
    }
}
