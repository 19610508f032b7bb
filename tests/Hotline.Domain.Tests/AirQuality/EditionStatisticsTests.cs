using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

public class EditionStatisticsTests
{
    [Fact]
    public void In_February_2026_PM25_at_70_is_a_good_day_under_2012_only()
    {
        // Every fourth day PM2.5 is 70 µg/m³: IAQI 94 under 2012 (good), 110 under 2026 (lightly polluted).
        var days = Month(2026, 2, 28, d => new DailyConcentrations(5, 20, 40, d % 4 == 0 ? 70 : 30, 0.5m, 90));

        MonthlyStatistics.Compute(new YearMonth(2026, 2), days, AirQualityStandard.Edition2012).GoodDays.Should().Be(28);
        MonthlyStatistics.Compute(new YearMonth(2026, 2), days, AirQualityStandard.Edition2026).GoodDays.Should().Be(21);
    }

    [Fact]
    public void In_a_31_day_month_high_O3_one_hour_days_count_as_good_under_2026_only()
    {
        // Every fifth day the O3 1-hour maximum reaches 250 µg/m³ (IAQI 125 under 2012); the 8-hour value stays at 120.
        var days = Month(2026, 7, 31, d => new DailyConcentrations(5, 20, 40, 20, 0.5m, 120, o3OneHourMax: d % 5 == 0 ? 250 : 150));

        MonthlyStatistics.Compute(new YearMonth(2026, 7), days, AirQualityStandard.Edition2012).GoodDays.Should().Be(25);
        MonthlyStatistics.Compute(new YearMonth(2026, 7), days, AirQualityStandard.Edition2026).GoodDays.Should().Be(31);
    }

    [Fact]
    public void The_composite_index_limits_belong_to_the_edition()
    {
        AirQualityStandard.Edition2012.CompositeIndexLimits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2012);
        AirQualityStandard.Edition2026.CompositeIndexLimits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2026Transitional);
        AirQualityStandard.Edition2026.CompositeIndexLimit(Pollutant.Pm10).Should().Be(60m);
        AirQualityStandard.Edition2026.CompositeIndexLimit(Pollutant.Pm25).Should().Be(30m);
        CompositeIndexLimits.Gb3095Of2026Final.Of(Pollutant.So2).Should().Be(20m);
        CompositeIndexLimits.Gb3095Of2026Transitional.ToString().Should().Be("SO2 60, NO2 40, PM10 60, PM2.5 30 µg/m³, CO 4 mg/m³, O3 160 µg/m³");
    }

    [Fact]
    public void A_caller_can_pass_its_own_composite_index_limits()
    {
        var days = Month(2027, 1, 31, _ => new DailyConcentrations(so2: 6, no2: 20, pm10: 70, pm25: 35, co: 0.8m, o3EightHourMax: 160));

        var byEdition = MonthlyStatistics.Compute(new YearMonth(2027, 1), days, AirQualityStandard.Edition2026);
        byEdition.CompositeIndex.Should().Be(4.13m);
        byEdition.Limits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2026Transitional);

        var final = MonthlyStatistics.Compute(new YearMonth(2027, 1), days, AirQualityStandard.Edition2026, CompositeIndexLimits.Gb3095Of2026Final);
        final.CompositeIndex.Should().Be(4.97m); // 0.3 + 0.667 + 1.4 + 1.4 + 0.2 + 1
        final.Limits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2026Final);

        var own = MonthlyStatistics.Compute(new YearMonth(2027, 1), days, AirQualityStandard.Edition2026, new CompositeIndexLimits(60, 40, 70, 35, 4, 160));
        own.CompositeIndex.Should().Be(3.80m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.5)]
    [InlineData(1e20)]
    public void Composite_index_limits_that_no_standard_has_are_rejected(double limit)
    {
        var act = () => new CompositeIndexLimits(60, 40, 60, (decimal)limit, 4, 160);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("pm25");
        var none = () => MonthlyStatistics.Compute(new YearMonth(2027, 1), [], AirQualityStandard.Edition2026, null!);
        none.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("limits");
    }

    private static List<KeyValuePair<LocalDate, DailyConcentrations>> Month(int year, int month, int count, Func<int, DailyConcentrations> day) =>
        Enumerable.Range(1, count).Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(year, month, d), day(d))).ToList();
}
