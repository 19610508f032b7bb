using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

public class StatisticsTests
{
    [Fact]
    public void The_annex_A_percentile_of_the_standard_example_is_6_5()
    {
        HjPercentile.Of([3m, 4m, 8m, 2m, 5m, 4m], 90).Should().Be(6.5m);
        HjPercentile.Of([7m], 95).Should().Be(7m);
        HjPercentile.Of([1m, 2m, 3m, 4m, 5m], 100).Should().Be(5m);
    }

    [Theory]
    [InlineData("2.5", 0, "2")]
    [InlineData("3.5", 0, "4")]
    [InlineData("0.125", 2, "0.12")]
    [InlineData("0.135", 2, "0.14")]
    [InlineData("-13.15", 1, "-13.2")]
    [InlineData("1.2501", 1, "1.3")]
    public void GB_T_8170_rounds_half_to_even(string value, int decimals, string expected)
    {
        Gb8170.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals)
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_month_of_constant_days_at_the_grade_II_limits_has_the_expected_composite_index_under_each_edition()
    {
        var days = Month(2019, 1, 31, _ => new DailyConcentrations(so2: 6, no2: 20, pm10: 70, pm25: 35, co: 0.8m, o3EightHourMax: 160));

        var old = MonthlyStatistics.Compute(new YearMonth(2019, 1), days, AirQualityStandard.Edition2012);
        old.CompositeIndex.Should().Be(3.80m); // 0.1 + 0.5 + 1 + 1 + 0.2 + 1
        old.GoodDays.Should().Be(31);
        old.IsValid.Should().BeTrue();

        var current = MonthlyStatistics.Compute(new YearMonth(2019, 1), days, AirQualityStandard.Edition2026);
        current.CompositeIndex.Should().Be(4.13m); // PM10 70/60 and PM2.5 35/30
    }

    [Fact]
    public void Monthly_values_are_rounded_means_and_percentiles()
    {
        // PM2.5 alternates 30 and 41: mean 35.5 → 36 (half to even); CO runs 0.1 … 3.0: 95th percentile 2.855 → 2.9.
        var days = Month(2026, 4, 30, d => new DailyConcentrations(
            so2: 5, no2: 20, pm10: 60, pm25: d % 2 == 0 ? 30 : 41, co: d / 10m, o3EightHourMax: 100 + d));

        var stats = MonthlyStatistics.Compute(new YearMonth(2026, 4), days, AirQualityStandard.Edition2026);

        stats.Pm25.Should().Be(36m);
        stats.Co.Should().Be(2.9m);
        stats.O3.Should().Be(127m); // 90th percentile of 101 … 130: k = 27.1 → 127.1
        stats.ToPublished().Should().Be(new MonthlyAirQuality(stats.CompositeIndex, stats.GoodDays, 36, 60, 127));
    }

    [Theory]
    [InlineData(2026, 1, 27, true)]
    [InlineData(2026, 1, 26, false)]
    [InlineData(2026, 2, 25, true)]
    [InlineData(2026, 2, 24, false)]
    public void A_month_needs_27_daily_values_or_25_in_February(int year, int month, int count, bool valid)
    {
        var stats = MonthlyStatistics.Compute(new YearMonth(year, month), Month(year, month, count, _ => new DailyConcentrations(5, 20, 60, 30, 0.5m, 100)), AirQualityStandard.Edition2026);

        stats.IsValid.Should().Be(valid);
        stats.RequiredDays.Should().Be(month == 2 ? 25 : 27);
        if (!valid)
        {
            stats.Invoking(s => s.ToPublished()).Should().Throw<AirQualityException>().WithMessage($"*{count} valid daily values*at least {stats.RequiredDays}*");
        }
    }

    [Fact]
    public void Days_outside_the_month_or_given_twice_are_rejected()
    {
        var march = new YearMonth(2026, 3);
        var day = new DailyConcentrations(5, 20, 60, 30, 0.5m, 100);
        var outside = () => MonthlyStatistics.Compute(march, [new(new LocalDate(2026, 4, 1), day)], AirQualityStandard.Edition2026);
        outside.Should().Throw<AirQualityException>().WithMessage("*2026-04-01*2026-03*");
        var twice = () => MonthlyStatistics.Compute(march, [new(new LocalDate(2026, 3, 1), day), new(new LocalDate(2026, 3, 1), day)], AirQualityStandard.Edition2026);
        twice.Should().Throw<AirQualityException>().WithMessage("*2026-03-01*2 times*");
    }

    private static List<KeyValuePair<LocalDate, DailyConcentrations>> Month(int year, int month, int count, Func<int, DailyConcentrations> day) =>
        Enumerable.Range(1, count).Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(year, month, d), day(d))).ToList();
}
