using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of docs/air-quality.md, verbatim where possible, with the values its comments promise.</summary>
public class AirQualityGuideTests
{
    [Fact]
    public void Editions_of_the_standards()
    {
        var day = DailyAqi.Calculate(
            new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150),
            AirQualityStandard.Edition2012);
        day.Iaqi(Pollutant.Pm25).Should().Be(59);
        day.Iaqi(Pollutant.Pm10).Should().Be(73);
        day.Iaqi(Pollutant.O3).Should().Be(92);
        day.Aqi.Should().Be(92);
        day.Level.Should().Be(AqiLevel.Good);
        day.Level.ChineseName.Should().Be("良");
        day.PrimaryPollutants.Should().Equal(Pollutant.O3);
        day.IsGoodDay.Should().BeTrue();

        var summer = new DailyConcentrations(so2: 5, no2: 20, pm10: 40, pm25: 20, co: 0.5m, o3EightHourMax: 120, o3OneHourMax: 250);
        var in2012 = DailyAqi.Calculate(summer, AirQualityStandard.Edition2012);
        (in2012.Aqi, in2012.Level, in2012.IsGoodDay).Should().Be((125, AqiLevel.LightlyPolluted, false));
        var in2026 = DailyAqi.Calculate(summer, AirQualityStandard.Edition2026);
        (in2026.Aqi, in2026.Level, in2026.IsGoodDay).Should().Be((67, AqiLevel.Good, true));
        AirQualityStandard.Edition2026.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 60.5m).Should().Be(100);

        var hour = HourlyAqi.Calculate(
            new HourlyConcentrations(so2: 801, no2: 20, co: 0.5m, o3: 60, pm10: 30, pm25: 20), AirQualityStandard.Edition2026);
        hour.Aqi.Should().Be(200);
        hour.PrimaryPollutants.Should().Equal(Pollutant.So2);

        DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: 50, pm25: null, co: 0.5m, o3EightHourMax: 90),
            AirQualityStandard.Edition2026).Text.Should().Be("NA");
    }

    [Fact]
    public void Statistics_and_the_ranking()
    {
        HjPercentile.Of([3m, 4m, 8m, 2m, 5m, 4m], 90).Should().Be(6.5m);
        Gb8170.Round(0.125m, 2).Should().Be(0.12m);

        var january = Enumerable.Range(1, 31).Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(
            new LocalDate(2027, 1, d), new DailyConcentrations(so2: 6, no2: 20, pm10: 70, pm25: 35, co: 0.8m, o3EightHourMax: 160)));
        MonthlyStatistics.Compute(new YearMonth(2027, 1), january, AirQualityStandard.Edition2026).CompositeIndex.Should().Be(4.13m);
        MonthlyStatistics.Compute(new YearMonth(2027, 1), january, AirQualityStandard.Edition2026,
            CompositeIndexLimits.Gb3095Of2026Final).CompositeIndex.Should().Be(4.97m);

        AreaMonth[] areas =
        [
            new AreaMonth("甲区", "城区", new MonthlyAirQuality(4.85m, 22, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
            new AreaMonth("乙区", "城区", new MonthlyAirQuality(4.94m, 20, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
            new AreaMonth("丙区", "城区", new MonthlyAirQuality(4.94m, 25, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
            new AreaMonth("丁区", "城区", new MonthlyAirQuality(4.10m, 19, 30, 60, 150), new MonthlyAirQuality(4.00m, 20, 30, 60, 150)),
        ];
        var rows = ImprovementRanking.Rank(areas, TieRanking.Dense);
        rows.Select(r => r.Change(AirQualityIndicator.CompositeIndex)).Should().Equal(-3.0m, -1.2m, -1.2m, 2.5m);
        rows.Select(r => r.Rank(AirQualityIndicator.CompositeIndex)).Should().Equal(1, 2, 2, 3);
        ImprovementRanking.Rank(areas, TieRanking.Competition).Select(r => r.Rank(AirQualityIndicator.CompositeIndex)).Should().Equal(1, 2, 2, 4);
        rows.Select(r => r.Change(AirQualityIndicator.GoodDays)).Should().Equal(2m, 0m, 5m, -1m);
        rows.Select(r => r.Rank(AirQualityIndicator.GoodDays)).Should().Equal(2, 3, 1, 4);
        DisclosureFormat.Change(AirQualityIndicator.GoodDays, rows[0].Change(AirQualityIndicator.GoodDays)).Should().Be("增加2天");
        DisclosureFormat.Change(AirQualityIndicator.CompositeIndex, rows[3].Change(AirQualityIndicator.CompositeIndex)).Should().Be("+2.5%");
    }
}
