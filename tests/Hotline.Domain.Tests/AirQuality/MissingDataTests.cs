using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

public class MissingDataTests
{
    private static readonly AirQualityStandard New = AirQualityStandard.Edition2026;

    [Fact]
    public void Under_2026_a_day_with_a_missing_value_publishes_its_AQI_when_above_100()
    {
        var published = DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: 200, pm25: null, co: 0.5m, o3EightHourMax: 90), New);

        published.IsAvailable.Should().BeTrue();
        published.Value!.Aqi.Should().Be(131); // PM10 200: 100 + 50 × 80/130 = 130.8
        published.Value.IsComplete.Should().BeFalse();
        published.Value.MissingPollutants.Should().Equal(Pollutant.Pm25);
        published.Value.IsGoodDay.Should().BeFalse();
        published.Text.Should().Be("131");
        published.MissingPollutants.Should().Equal(Pollutant.Pm25);
        var unknown = () => published.Value.Iaqi(Pollutant.Pm25);
        unknown.Should().Throw<AirQualityException>().WithMessage("*PM2.5*missing*");
    }

    [Theory]
    [InlineData(100)] // PM10 120 under 2026: exactly 100
    [InlineData(50)]
    public void Under_2026_a_day_with_a_missing_value_and_an_AQI_of_100_or_less_is_NA(int pm10Iaqi)
    {
        var pm10 = pm10Iaqi == 100 ? 120m : 50m;
        var published = DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: pm10, pm25: 30, co: null, o3EightHourMax: 90), New);

        published.IsAvailable.Should().BeFalse();
        published.Value.Should().BeNull();
        published.Text.Should().Be("NA");
        published.ToString().Should().Be("NA");
        published.MissingPollutants.Should().Equal(Pollutant.Co);
    }

    [Fact]
    public void A_day_with_nothing_measured_is_NA()
    {
        DailyAqi.Publish(new DailyReadings(null, null, null, null, null, null), New).Text.Should().Be("NA");
    }

    [Fact]
    public void The_O3_one_hour_value_is_not_a_daily_indicator_under_2026_so_it_cannot_stand_in_for_the_8_hour_one()
    {
        var published = DailyAqi.Publish(new DailyReadings(5, 20, 40, 30, 0.5m, o3EightHourMax: null, o3OneHourMax: 400), New);
        published.Text.Should().Be("NA");
        published.MissingPollutants.Should().Equal(Pollutant.O3);
    }

    [Fact]
    public void A_complete_day_publishes_the_same_AQI_as_Calculate_under_both_editions()
    {
        var day = new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150);
        foreach (var standard in AirQualityStandard.InValueOrder)
        {
            var published = DailyAqi.Publish(DailyReadings.From(day), standard);
            published.Value!.Aqi.Should().Be(DailyAqi.Calculate(day, standard).Aqi);
            published.Value.IsComplete.Should().BeTrue();
            published.MissingPollutants.Should().BeEmpty();
        }
    }

    [Fact]
    public void Under_2012_a_day_with_a_missing_value_is_an_error_not_a_guess()
    {
        var act = () => DailyAqi.Publish(new DailyReadings(5, 20, 200, null, 0.5m, 90), AirQualityStandard.Edition2012);
        act.Should().Throw<AirQualityException>().WithMessage("*PM2.5 missing*no rule*");
    }
}
