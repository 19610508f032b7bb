using System.Globalization;
using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>
/// The edges of the disclosure's inputs and printing: published monthly values, composite-index limits, the
/// percentile, and how changes and values print.
/// </summary>
public class DisclosureBoundaryTests
{
    [Theory]
    [InlineData("0.1", "+0.1%")]
    [InlineData("-0.1", "-0.1%")]
    [InlineData("0.0", "0.0%")]
    [InlineData("16.7", "+16.7%")]
    public void A_percent_change_prints_a_plus_sign_only_when_positive(string change, string expected)
    {
        var value = decimal.Parse(change, CultureInfo.InvariantCulture);
        DisclosureFormat.PercentChange(value).Should().Be(expected);
        DisclosureFormat.Change(AirQualityIndicator.Pm25, value).Should().Be(expected);
    }

    [Theory]
    [InlineData(1, "增加1天")]
    [InlineData(-1, "减少1天")]
    [InlineData(31, "增加31天")]
    [InlineData(-31, "减少31天")]
    public void A_change_in_good_days_prints_in_days_up_to_a_whole_month(int days, string expected)
    {
        DisclosureFormat.Change(AirQualityIndicator.GoodDays, days).Should().Be(expected);
    }

    [Theory]
    [InlineData("32")]
    [InlineData("-32")]
    [InlineData("31.5")]
    [InlineData("0.5")]
    public void A_change_in_good_days_that_no_month_can_have_is_refused_with_the_value(string change)
    {
        var value = decimal.Parse(change, CultureInfo.InvariantCulture);
        var act = () => DisclosureFormat.Change(AirQualityIndicator.GoodDays, value);
        var error = act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A change in good days is a whole number in -31 … 31*").Which;
        error.ParamName.Should().Be("change");
        error.ActualValue.Should().Be(value);
    }

    [Fact]
    public void An_out_of_range_good_days_change_carries_its_value()
    {
        var act = () => DisclosureFormat.GoodDaysChange(32);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-31 … 31*at most 31 days*").Which.ActualValue.Should().Be(32);
    }

    [Theory]
    [InlineData("CompositeIndex", "4.8", "4.80")]
    [InlineData("CompositeIndex", "4.05", "4.05")]
    [InlineData("Pm25", "33", "33")]
    [InlineData("O3", "150", "150")]
    [InlineData("GoodDays", "22", "22")]
    public void The_composite_index_prints_with_2_decimals_and_the_others_as_integers(string indicator, string value, string expected)
    {
        DisclosureFormat.Value(AirQualityIndicator.FromName(indicator), decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Theory]
    [InlineData("CompositeIndex", "4.845", "4.84")]
    [InlineData("CompositeIndex", "4.855", "4.86")]
    [InlineData("Pm25", "70.5", "70")]
    [InlineData("Pm25", "71.5", "72")]
    [InlineData("O3", "33.4", "33")]
    public void An_unrounded_value_prints_rounded_by_GB_T_8170_half_to_even(string indicator, string value, string expected)
    {
        DisclosureFormat.Value(AirQualityIndicator.FromName(indicator), decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Theory]
    [InlineData("0.04", "0.0%")]
    [InlineData("-0.04", "0.0%")]
    [InlineData("0.05", "0.0%")]
    [InlineData("0.15", "+0.2%")]
    [InlineData("-2.45", "-2.4%")]
    public void An_unrounded_percent_change_prints_rounded_half_to_even_and_signed_by_its_rounded_value(string change, string expected)
    {
        DisclosureFormat.PercentChange(decimal.Parse(change, CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Fact]
    public void Printing_refuses_a_null_indicator()
    {
        var value = () => DisclosureFormat.Value(null!, 1m);
        value.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("indicator");
        var change = () => DisclosureFormat.Change(null!, 1m);
        change.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("indicator");
    }

    [Theory]
    [InlineData("0", 0, true)]
    [InlineData("1000000", 31, true)]
    [InlineData("4.85", 20, true)]
    [InlineData("1000000.01", 20, false)]
    [InlineData("-0.01", 20, false)]
    [InlineData("4.855", 20, false)]
    public void A_published_composite_index_lies_in_0_to_a_million_with_at_most_2_decimals(string index, int goodDays, bool accepted)
    {
        var value = decimal.Parse(index, CultureInfo.InvariantCulture);
        var act = () => new MonthlyAirQuality(value, goodDays, 30, 60, 100);
        if (accepted)
        {
            act().CompositeIndex.Should().Be(value);
        }
        else
        {
            var error = act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A published composite index lies in 0 … 1000000 with at most 2 decimals*").Which;
            error.ParamName.Should().Be("CompositeIndex");
            error.ActualValue.Should().Be(value);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32)]
    public void Good_days_lie_in_0_to_31(int goodDays)
    {
        var act = () => new MonthlyAirQuality(4m, goodDays, 30, 60, 100);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("GoodDays");
        new MonthlyAirQuality(4m, 0, 0, 0, 0).GoodDays.Should().Be(0);
        new MonthlyAirQuality(4m, 31, 100_000, 100_000, 100_000).GoodDays.Should().Be(31);
    }

    [Fact]
    public void Published_concentrations_refuse_negative_values_naming_the_field()
    {
        var pm10 = () => new MonthlyAirQuality(4m, 20, 30, -1, 100);
        pm10.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Pm10");
        var o3 = () => new MonthlyAirQuality(4m, 20, 30, 60, 100_001);
        o3.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("O3");
    }

    [Fact]
    public void A_published_month_is_a_value_equal_field_by_field()
    {
        var month = new MonthlyAirQuality(4.85m, 22, Pm25: 33, Pm10: 70, O3: 150);
        month.Should().Be(new MonthlyAirQuality(4.85m, 22, 33, 70, 150));
        month.Should().NotBe(new MonthlyAirQuality(4.85m, 22, 33, 70, 151));
        month.Should().NotBe(new MonthlyAirQuality(4.86m, 22, 33, 70, 150));
        (month.CompositeIndex, month.GoodDays, month.Pm25, month.Pm10, month.O3).Should().Be((4.85m, 22, 33, 70, 150));
    }

    [Fact]
    public void Composite_index_limits_accept_1_to_10000_and_refuse_beyond_with_the_value_and_the_range()
    {
        var limits = new CompositeIndexLimits(1m, 10_000m, 2m, 3m, 4m, 5m);
        Pollutant.InValueOrder.Select(limits.Of).Should().Equal(1m, 10_000m, 2m, 3m, 4m, 5m);

        string[] names = ["so2", "no2", "pm10", "pm25", "co", "o3"];
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var bad in new[] { 0.99m, 10_000.01m })
            {
                var values = new[] { 60m, 40m, 70m, 35m, 4m, 160m };
                values[i] = bad;
                var act = () => new CompositeIndexLimits(values[0], values[1], values[2], values[3], values[4], values[5]);
                var error = act.Should().Throw<ArgumentOutOfRangeException>()
                    .WithMessage($"A composite-index limit is 1 to 10,000 in the pollutant's unit; {bad.ToString(CultureInfo.InvariantCulture)} is not a limit of any standard*").Which;
                error.ParamName.Should().Be(names[i]);
                error.ActualValue.Should().Be(bad);
            }
        }
    }

    [Fact]
    public void The_three_sets_of_limits_are_those_of_the_standards()
    {
        CompositeIndexLimits.Gb3095Of2012.ToString().Should().Be("SO2 60, NO2 40, PM10 70, PM2.5 35 µg/m³, CO 4 mg/m³, O3 160 µg/m³");
        CompositeIndexLimits.Gb3095Of2026Transitional.ToString().Should().Be("SO2 60, NO2 40, PM10 60, PM2.5 30 µg/m³, CO 4 mg/m³, O3 160 µg/m³");
        CompositeIndexLimits.Gb3095Of2026Final.ToString().Should().Be("SO2 20, NO2 30, PM10 50, PM2.5 25 µg/m³, CO 4 mg/m³, O3 160 µg/m³");
        var noPollutant = () => CompositeIndexLimits.Gb3095Of2012.Of(null!);
        noPollutant.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("pollutant");
    }

    [Theory]
    [InlineData(0, "2")]
    [InlineData(100, "8")]
    [InlineData(50, "4")]
    [InlineData(20, "3")]
    [InlineData(30, "3.5")]
    public void The_percentile_runs_from_the_smallest_value_at_0_to_the_largest_at_100(double p, string expected)
    {
        HjPercentile.Of([3m, 4m, 8m, 2m, 5m, 4m], (decimal)p).Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void A_percentile_outside_0_to_100_is_refused(string p)
    {
        var act = () => HjPercentile.Of([1m, 2m], decimal.Parse(p, CultureInfo.InvariantCulture));
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("p");
    }

    [Fact]
    public void A_percentile_of_nothing_is_refused_with_the_reason()
    {
        var none = () => HjPercentile.Of([], 90);
        none.Should().Throw<AirQualityException>().WithMessage("A percentile needs at least one value; none was given.");
        var nullValues = () => HjPercentile.Of(null!, 90);
        nullValues.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("values");
    }
}
