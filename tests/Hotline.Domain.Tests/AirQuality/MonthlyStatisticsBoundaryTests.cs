using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>A month's statistics at the edges of the month and of its inputs.</summary>
public class MonthlyStatisticsBoundaryTests
{
    private static readonly DailyConcentrations Clean = new(5, 20, 60, 30, 0.5m, 100);

    [Fact]
    public void The_first_and_last_days_of_the_month_count_and_the_days_either_side_are_refused()
    {
        var march = new YearMonth(2026, 3);
        var stats = MonthlyStatistics.Compute(march, [Day(2026, 3, 1), Day(2026, 3, 31)], AirQualityStandard.Edition2026);
        stats.ValidDays.Should().Be(2);

        var before = () => MonthlyStatistics.Compute(march, [Day(2026, 3, 1), Day(2026, 2, 28)], AirQualityStandard.Edition2026);
        before.Should().Throw<AirQualityException>().WithMessage("2026-02-28 is not in 2026-03; give only the month's days.");
        var after = () => MonthlyStatistics.Compute(march, [Day(2026, 4, 1)], AirQualityStandard.Edition2026);
        after.Should().Throw<AirQualityException>().WithMessage("2026-04-01 is not in 2026-03*");
    }

    [Fact]
    public void A_leap_February_still_needs_25_days()
    {
        var days = Enumerable.Range(1, 29).Select(d => Day(2028, 2, d)).ToList();
        var stats = MonthlyStatistics.Compute(new YearMonth(2028, 2), days, AirQualityStandard.Edition2026);
        stats.RequiredDays.Should().Be(25);
        stats.ValidDays.Should().Be(29);
        stats.IsValid.Should().BeTrue();
        stats.Month.Should().Be(new YearMonth(2028, 2));
        stats.Standard.Should().Be(AirQualityStandard.Edition2026);
        stats.Limits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2026Transitional);
    }

    [Fact]
    public void A_month_without_any_day_is_refused_with_the_month()
    {
        var act = () => MonthlyStatistics.Compute(new YearMonth(2026, 3), [], AirQualityStandard.Edition2026);
        act.Should().Throw<AirQualityException>().WithMessage("2026-03 has no daily values.");
    }

    [Fact]
    public void Missing_arguments_are_refused_before_the_days_are_looked_at()
    {
        var march = new YearMonth(2026, 3);
        var noDays = () => MonthlyStatistics.Compute(march, null!, AirQualityStandard.Edition2026);
        noDays.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("days");
        var noStandard = () => MonthlyStatistics.Compute(march, [], null!);
        noStandard.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("standard");
        var noStandardWithLimits = () => MonthlyStatistics.Compute(march, [], null!, CompositeIndexLimits.Gb3095Of2012);
        noStandardWithLimits.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("standard");
        var noLimits = () => MonthlyStatistics.Compute(march, [Day(2026, 3, 1)], AirQualityStandard.Edition2026, null!);
        noLimits.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("limits");
    }

    [Fact]
    public void Good_days_count_the_days_at_AQI_100_and_not_those_at_101()
    {
        // PM2.5 60 µg/m³ is IAQI 100 under 2026, 61 is 101.
        var days = new[]
        {
            new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(2026, 3, 1), new DailyConcentrations(5, 20, 60, 60, 0.5m, 100)),
            new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(2026, 3, 2), new DailyConcentrations(5, 20, 60, 61, 0.5m, 100)),
        };
        MonthlyStatistics.Compute(new YearMonth(2026, 3), days, AirQualityStandard.Edition2026).GoodDays.Should().Be(1);
    }

    private static KeyValuePair<LocalDate, DailyConcentrations> Day(int year, int month, int day) => new(new LocalDate(year, month, day), Clean);
}
