using Hotline.Domain.AirQuality;
using Hotline.Domain.Calendars;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests;

/// <summary>The README's examples, verbatim where possible, with the values its comments promise.</summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void Working_day_calendars()
    {
        var china = ChinaCalendars.Mainland;

        china.IsWorkingDay(new LocalDate(2026, 10, 10)).Should().BeTrue();
        var day = china.Classify(new LocalDate(2026, 2, 16));
        day.Kind.Should().Be(DayKind.StatutoryHoliday);
        day.Holiday.Should().Be(HolidayName.SpringFestival);
        day.Notice!.DocumentNumber.Should().Be("国办发明电〔2025〕7号");

        china.AddWorkingDays(new LocalDate(2026, 9, 30), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.AddWorkingDays(new LocalDate(2026, 10, 3), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.AddWorkingDays(new LocalDate(2026, 10, 8), -1).Should().Be(new LocalDate(2026, 9, 30));
        china.WorkingDaysBetween(new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 8)).Should().Be(1);
        china.CountWorkingDays(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))).Should().Be(248);
        new LocalDate(2026, 10, 1).With(china.NextWorkingDayAdjuster).Should().Be(new LocalDate(2026, 10, 8));
        china.Adjust(new LocalDate(2026, 5, 31), BusinessDayConvention.ModifiedFollowing).Should().Be(new LocalDate(2026, 5, 29));

        var due = china.AddWorkingDays(new LocalDate(2026, 12, 30), 5, BeyondCoverage.AssumeWeekdays);
        due.Value.Should().Be(new LocalDate(2027, 1, 6));
        due.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void Layers()
    {
        var sanyuesan = HolidayName.Create("三月三", "Sanyuesan Festival");
        var guangxi = WorkingDayCalendarBuilder.DerivedFrom(ChinaCalendars.Mainland)
            .Named("China (Guangxi)")
            .AddLayer(CalendarLayer.Named("广西壮族自治区")
                .Holiday(new LocalDate(2026, 4, 19), sanyuesan)
                .DayOff(new LocalDate(2026, 4, 20), sanyuesan))
            .AddLayer(CalendarLayer.Named("city emergency")
                .DaysOff(new DateInterval(new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 15)), HolidayName.Create("台风停工", "Typhoon closure")))
            .Build();

        guangxi.IsWorkingDay(new LocalDate(2026, 4, 20)).Should().BeFalse();
        guangxi.IsWorkingDay(new LocalDate(2026, 9, 15)).Should().BeFalse();
    }

    [Fact]
    public void Deadlines()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var zone = baoji.Zone;

        var dispatched = new LocalDateTime(2019, 4, 28, 10, 0).InZoneStrictly(zone).ToInstant();
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched);
        deadline.DueDate.Should().Be(new LocalDate(2019, 5, 14));
        deadline.DueAt.Should().Be(Instant.FromUtc(2019, 5, 14, 16, 0));

        var consultation = baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General,
            new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant());
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

        var guangdong = HandlingPolicy.Create("广东省 (2022)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Receipt)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Limit(TicketCategory.Complaint, 15)
            .Limit(TicketCategory.Report, 15)
            .UrgentLimit(Urgency.Urgent, respondWithin: Duration.FromMinutes(30), resultWithin: Duration.FromHours(24))
            .DueSoonWithin(1)
            .Build();
        guangdong.AcceptedCategories.Should().HaveCount(5);
    }

    [Fact]
    public void Air_quality()
    {
        var day = DailyAqi.Calculate(
            new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150),
            AirQualityStandard.Edition2012);
        day.Iaqi(Pollutant.Pm25).Should().Be(59);
        day.Iaqi(Pollutant.Pm10).Should().Be(73);
        day.Iaqi(Pollutant.O3).Should().Be(92);
        day.Aqi.Should().Be(92);
        day.Level.Should().Be(AqiLevel.Good);
        day.PrimaryPollutants.Should().Equal(Pollutant.O3);
        day.IsGoodDay.Should().BeTrue();

        HjPercentile.Of([3m, 4m, 8m, 2m, 5m, 4m], 90).Should().Be(6.5m);
        Gb8170.Round(0.125m, 2).Should().Be(0.12m);

        var rows = ImprovementRanking.Rank(
            [
                new AreaMonth("甲区", "城区", new MonthlyAirQuality(4.85m, 22, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
                new AreaMonth("乙区", "城区", new MonthlyAirQuality(4.94m, 20, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
                new AreaMonth("丙区", "城区", new MonthlyAirQuality(4.94m, 25, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
                new AreaMonth("丁区", "城区", new MonthlyAirQuality(4.10m, 19, 30, 60, 150), new MonthlyAirQuality(4.00m, 20, 30, 60, 150)),
            ],
            TieRanking.Dense);
        rows.Select(r => r.Rank(AirQualityIndicator.CompositeIndex)).Should().Equal(1, 2, 2, 3);
        rows.Select(r => r.Rank(AirQualityIndicator.GoodDays)).Should().Equal(2, 3, 1, 4);
        DisclosureFormat.Change(AirQualityIndicator.GoodDays, rows[0].Change(AirQualityIndicator.GoodDays)).Should().Be("增加2天");
        DisclosureFormat.Change(AirQualityIndicator.CompositeIndex, rows[3].Change(AirQualityIndicator.CompositeIndex)).Should().Be("+2.5%");
    }

    [Fact]
    public void Work_orders()
    {
        var policy = HandlingPolicy.Baoji2019;
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();

        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");           // a unit's staff
        var operatorOnDuty = Actor.Platform("op-01");         // platform staff: operators, dispatchers, supervisors
        var supervisor = Actor.Platform("sv-03");

        var ticket = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天",
            policy, operatorOnDuty, Beijing(9, 30, 15));
        ticket.Dispatch(housing, Complexity.EspeciallyComplex, supervisor, Beijing(9, 30, 16));  // due 2026-10-20
        ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        ticket.SignFor(clerk, Beijing(9, 30, 17));
        ticket.RequestExtension(5, "需协调电梯维保单位更换主板", clerk, Beijing(10, 19, 9));
        ticket.Invoking(t => t.ApproveExtension(clerk, Beijing(10, 19, 10)))
            .Should().Throw<TicketAuthorityException>().WithMessage("[platform-only]*");
        ticket.ApproveExtension(supervisor, Beijing(10, 19, 11));                               // due 2026-10-27
        ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        ticket.Reply("主板已更换，电梯恢复运行", resolved: true, clerk, Beijing(10, 27, 17));  // on time
        ticket.RecordCallback(resolved: true, Satisfaction.Satisfied, operatorOnDuty, Beijing(10, 28, 10));
        ticket.Close(supervisor, Beijing(10, 28, 11));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.RepliedOnTime.Should().BeTrue();
        ticket.History.Should().HaveCount(8);
        ticket.UncommittedEvents.Should().HaveCount(8);
        ticket.MarkCommitted();
        var loaded = Ticket.Rehydrate(policy, ticket.History);  // identical: status, unit, deadline, history …
        loaded.Status.Should().Be(ticket.Status);
        loaded.ResponsibleUnit.Should().Be(housing);
        loaded.Deadline.Should().Be(ticket.Deadline);
        loaded.History.Should().Equal(ticket.History);
        TicketEventKind.Of(loaded.History[1]).Code.Should().Be("dispatched");
        TicketEventKind.FromCode("dispatched").EventType.Should().Be<TicketDispatched>();
    }
}
