using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

public class HourlyAqiTests
{
    private static readonly AirQualityStandard New = AirQualityStandard.Edition2026;

    [Fact]
    public void The_real_time_AQI_uses_the_one_hour_rows_and_the_24_hour_PM_rows()
    {
        var hour = HourlyAqi.Calculate(new HourlyConcentrations(so2: 100, no2: 150, co: 3, o3: 180, pm10: 100, pm25: 80), New);

        hour.Iaqi(Pollutant.So2).Should().Be(34); // 50 × 100/150 = 33.3
        hour.Iaqi(Pollutant.No2).Should().Be(75);
        hour.Iaqi(Pollutant.Co).Should().Be(30);
        hour.Iaqi(Pollutant.O3).Should().Be(75); // 1-hour row: 50 + 50 × 20/40
        hour.Iaqi(Pollutant.Pm10).Should().Be(86); // 24-hour row of 2026: 50 + 50 × 50/70 = 85.7
        hour.Iaqi(Pollutant.Pm25).Should().Be(119); // 24-hour row of 2026: 100 + 50 × 20/55 = 118.2
        hour.Aqi.Should().Be(119);
        hour.Level.Should().Be(AqiLevel.LightlyPolluted);
        hour.PrimaryPollutants.Should().Equal(Pollutant.Pm25);
        hour.Standard.Should().Be(New);
    }

    [Theory]
    [InlineData(800, 200)]
    [InlineData(801, 200)]
    [InlineData(5000, 200)]
    public void SO2_one_hour_above_800_is_IAQI_200(int so2, int expected)
    {
        var hour = HourlyAqi.Calculate(new HourlyConcentrations(so2, no2: 20, co: 0.5m, o3: 60, pm10: 30, pm25: 20), New);
        hour.Iaqi(Pollutant.So2).Should().Be(expected);
        hour.Aqi.Should().Be(200);
        hour.PrimaryPollutants.Should().Equal(Pollutant.So2);
    }

    [Fact]
    public void Hourly_concentrations_are_rounded_first()
    {
        var hour = HourlyAqi.Calculate(new HourlyConcentrations(so2: 5, no2: 20, co: 10.04m, o3: 60, pm10: 30, pm25: 60.5m), New);
        hour.Iaqi(Pollutant.Co).Should().Be(100); // 10.0 mg/m³
        hour.Iaqi(Pollutant.Pm25).Should().Be(100); // 60
    }

    [Fact]
    public void The_2012_real_time_AQI_is_refused_not_guessed()
    {
        var act = () => HourlyAqi.Calculate(new HourlyConcentrations(5, 20, 0.5m, 60, 30, 20), AirQualityStandard.Edition2012);
        act.Should().Throw<AirQualityException>().WithMessage("*sliding averages*gb3095-2026*");
        AirQualityStandard.Edition2012.Iaqi(Pollutant.So2, AveragingTime.OneHour, 801).Should().BeNull();
    }

    [Fact]
    public void Hourly_values_are_checked()
    {
        var negative = () => new HourlyConcentrations(-1, 20, 0.5m, 60, 30, 20);
        negative.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("so2");
        var absurd = () => new HourlyConcentrations(5, 20, 0.5m, 60, 30, 1e20m);
        absurd.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("pm25");
        var noHour = () => HourlyAqi.Calculate(null!, New);
        noHour.Should().Throw<ArgumentNullException>();
    }
}
