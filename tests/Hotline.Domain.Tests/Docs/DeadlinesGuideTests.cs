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
    public void Why_a_deadline_falls_where_it_does()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var zone = baoji.Zone;
        var hard = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex,
            new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant());
        var extended = hard.Extend(5);

        var explained = hard.Explain();
        explained.Days[0].ToString().Should().Be("2026-10-01 周四 法定节假日（国庆节），国办发明电〔2025〕7号：不计");
        explained.Days[9].ToString().Should().Be("2026-10-10 周六 调休上班日（国庆节），国办发明电〔2025〕7号：第 3 个工作日");
        explained.Days[^1].WorkingDayNumber.Should().Be(10);
        explained.ToString().Should().StartWith("工作日推算明细（宝鸡市 12345 (2019)，投诉·特别复杂，10 个工作日；")
            .And.Contain("\n起算：2026-09-30 周三（派单日，不计入），自次日起计\n2026-10-01 周四 法定节假日（国庆节），国办发明电〔2025〕7号：不计\n")
            .And.Contain("\n2026-10-10 周六 调休上班日（国庆节），国办发明电〔2025〕7号：第 3 个工作日（补班）\n")
            .And.EndWith("\n截止：2026-10-20 24:00（2026-10-21 00:00 Asia/Shanghai）");
        extended.Explain().ToString().Should().Contain("—— 延期 5 个工作日，自此续计 ——\n2026-10-21 周三 工作日：第 11 个工作日");
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

    [Fact]
    public void Step_limits()
    {
        var tianjin = HandlingPolicy.Baoji2019.ToBuilder()
            .Named("天津式签收规则（示例）")
            .SignInWithin(StepLimit.WorkingDays(1))                                            // otherwise: 1 working day
            .SignInWithin(Urgency.ExtremelyUrgent, StepLimit.CalendarTime(Duration.FromMinutes(15)))  // risk to life or property
            .SignInWithin(Urgency.Urgent, StepLimit.CalendarTime(Duration.FromMinutes(30)))           // water, power, gas, heating
            .ContactRequesterWithin(Urgency.Urgent, StepLimit.CalendarTime(Duration.FromMinutes(30)))
            .ReturnWithin(StepLimit.WorkingDays(1))
            .DesignateAfterDispatches(3)
            .Build();

        var dispatched = Instant.FromUtc(2025, 9, 30, 9, 20);                     // 17:20 on the eve of National Day
        var signInBy = tianjin.SignInDueAt(Urgency.Normal, dispatched);           // 2025-10-10 00:00: end of 10-09
        var urgentBy = tianjin.SignInDueAt(Urgency.ExtremelyUrgent, dispatched);  // 17:35 the same day
        var returnBy = tianjin.ReturnWindowEndsAt(dispatched);                    // 2025-10-10 00:00

        signInBy.Should().Be(Instant.FromUtc(2025, 10, 9, 16, 0));
        urgentBy.Should().Be(Instant.FromUtc(2025, 9, 30, 9, 35));
        returnBy.Should().Be(Instant.FromUtc(2025, 10, 9, 16, 0));
        tianjin.ContactDueAt(Urgency.Normal, dispatched).Should().BeNull();
    }
}
