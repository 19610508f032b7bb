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
    public void Air_quality_under_both_editions()
    {
        var summer = new DailyConcentrations(so2: 5, no2: 20, pm10: 40, pm25: 20, co: 0.5m, o3EightHourMax: 120, o3OneHourMax: 250);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2012).Aqi.Should().Be(125);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2012).Level.Should().Be(AqiLevel.LightlyPolluted);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2026).Aqi.Should().Be(67);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2026).IsGoodDay.Should().BeTrue();
        AirQualityStandard.Edition2026.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 60.5m).Should().Be(100);

        var hour = HourlyAqi.Calculate(
            new HourlyConcentrations(so2: 801, no2: 20, co: 0.5m, o3: 60, pm10: 30, pm25: 20), AirQualityStandard.Edition2026);
        hour.Aqi.Should().Be(200);
        hour.PrimaryPollutants.Should().Equal(Pollutant.So2);

        DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: 50, pm25: null, co: 0.5m, o3EightHourMax: 90),
            AirQualityStandard.Edition2026).Text.Should().Be("NA");

        var january = Enumerable.Range(1, 31).Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(
            new LocalDate(2027, 1, d), new DailyConcentrations(so2: 6, no2: 20, pm10: 70, pm25: 35, co: 0.8m, o3EightHourMax: 160)));
        MonthlyStatistics.Compute(new YearMonth(2027, 1), january, AirQualityStandard.Edition2026).CompositeIndex.Should().Be(4.13m);
        MonthlyStatistics.Compute(new YearMonth(2027, 1), january, AirQualityStandard.Edition2026,
            CompositeIndexLimits.Gb3095Of2026Final).CompositeIndex.Should().Be(4.97m);
    }
}
