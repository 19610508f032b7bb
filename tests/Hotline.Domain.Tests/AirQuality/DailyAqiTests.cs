using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

public class DailyAqiTests
{
    private static readonly AirQualityStandard Old = AirQualityStandard.Edition2012;
    private static readonly AirQualityStandard New = AirQualityStandard.Edition2026;

    [Theory]
    [InlineData("Pm25", "TwentyFourHours", 42, 59)] // 58.75, rounded up
    [InlineData("Pm25", "TwentyFourHours", 75, 100)]
    [InlineData("Pm10", "TwentyFourHours", 96, 73)]
    [InlineData("O3", "EightHours", 150, 92)] // 91.67, rounded up
    [InlineData("So2", "TwentyFourHours", 0, 0)]
    [InlineData("Co", "TwentyFourHours", 4, 100)]
    [InlineData("No2", "TwentyFourHours", 940, 500)]
    [InlineData("Pm25", "TwentyFourHours", 600, 500)] // above the scale: the top
    public void Iaqi_interpolates_and_rounds_up_under_the_2012_edition(string pollutant, string averaging, double concentration, int expected)
    {
        Old.Iaqi(Pollutant.FromName(pollutant), AveragingTime.FromName(averaging), (decimal)concentration).Should().Be(expected);
    }

    [Theory]
    [InlineData("Pm25", 60, 100)]
    [InlineData("Pm25", 75, 114)] // 113.6 between 60 (100) and 115 (150)
    [InlineData("Pm10", 120, 100)]
    [InlineData("Pm10", 96, 83)] // 82.86 between 50 (50) and 120 (100)
    public void The_2026_edition_tightens_the_PM_breakpoints_at_IAQI_100(string pollutant, double concentration, int expected)
    {
        New.Iaqi(Pollutant.FromName(pollutant), AveragingTime.TwentyFourHours, (decimal)concentration).Should().Be(expected);
        AirQualityStandard.Edition2012.Iaqi(Pollutant.FromName(pollutant), AveragingTime.TwentyFourHours, (decimal)concentration)
            .Should().NotBe(expected, "the edition is a parameter and changes the answer");
    }

    [Fact]
    public void Above_800_SO2_one_hour_and_O3_eight_hour_hand_over_under_2012_and_saturate_under_2026()
    {
        Old.Iaqi(Pollutant.So2, AveragingTime.OneHour, 800).Should().Be(200);
        Old.Iaqi(Pollutant.So2, AveragingTime.OneHour, 801).Should().BeNull();
        Old.Iaqi(Pollutant.O3, AveragingTime.EightHours, 801).Should().BeNull();
        New.Iaqi(Pollutant.So2, AveragingTime.OneHour, 801).Should().Be(200);
        New.Iaqi(Pollutant.O3, AveragingTime.EightHours, 801).Should().Be(300);
    }

    [Fact]
    public void Above_800_O3_is_indexed_by_its_one_hour_maximum()
    {
        var day = new DailyConcentrations(so2: 10, no2: 30, pm10: 60, pm25: 30, co: 1, o3EightHourMax: 850, o3OneHourMax: 1000);
        var aqi = DailyAqi.Calculate(day, Old);
        aqi.Iaqi(Pollutant.O3).Should().Be(400);
        aqi.PrimaryPollutants.Should().Equal(Pollutant.O3);

        var withoutOneHour = () => DailyAqi.Calculate(new DailyConcentrations(10, 30, 60, 30, 1, 850), Old);
        withoutOneHour.Should().Throw<AirQualityException>().WithMessage("*850*800*1-hour*");
    }

    [Fact]
    public void A_day_at_AQI_100_is_still_a_good_day_with_its_primary_pollutant()
    {
        var aqi = DailyAqi.Calculate(new DailyConcentrations(so2: 8, no2: 30, pm10: 90, pm25: 75, co: 0.8m, o3EightHourMax: 120), Old);

        aqi.Aqi.Should().Be(100);
        aqi.Level.Should().Be(AqiLevel.Good);
        aqi.IsGoodDay.Should().BeTrue();
        aqi.PrimaryPollutants.Should().Equal(Pollutant.Pm25);
        aqi.Standard.Should().Be(Old);
    }

    [Fact]
    public void Ties_name_every_primary_pollutant_and_an_excellent_day_has_none()
    {
        var tied = DailyAqi.Calculate(new DailyConcentrations(so2: 8, no2: 30, pm10: 150, pm25: 75, co: 0.8m, o3EightHourMax: 120), Old);
        tied.PrimaryPollutants.Should().Equal(Pollutant.Pm10, Pollutant.Pm25);

        var clean = DailyAqi.Calculate(new DailyConcentrations(5, 10, 20, 10, 0.3m, 60), Old);
        clean.Level.Should().Be(AqiLevel.Excellent);
        clean.PrimaryPollutants.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "优", "#00E400")]
    [InlineData(50, "优", "#00E400")]
    [InlineData(51, "良", "#FFFF00")]
    [InlineData(101, "轻度污染", "#FF7E00")]
    [InlineData(200, "中度污染", "#FF0000")]
    [InlineData(300, "重度污染", "#99004C")]
    [InlineData(301, "严重污染", "#7E0023")]
    public void Levels_and_colours(int aqi, string level, string colour)
    {
        AqiLevel.Of(aqi).ChineseName.Should().Be(level);
        AqiLevel.Of(aqi).ColourHex.Should().Be(colour);
    }

    [Fact]
    public void Negative_concentrations_are_rejected()
    {
        var act = () => new DailyConcentrations(-1, 0, 0, 0, 0, 0);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_edition_in_force_changes_on_1_March_2026()
    {
        AirQualityStandard.InForceOn(new LocalDate(2026, 2, 28)).Should().Be(Old);
        AirQualityStandard.InForceOn(new LocalDate(2026, 3, 1)).Should().Be(New);
        AirQualityStandard.InForceOn(new LocalDate(2019, 6, 1)).Should().Be(Old);
    }

    [Fact]
    public void Pollutants_carry_units_and_are_found_by_symbol()
    {
        Pollutant.FromCode("pm2.5").Should().Be(Pollutant.Pm25);
        Pollutant.FromChineseName("PM2.5").Should().Be(Pollutant.Pm25);
        Pollutant.Co.Unit.Should().Be("mg/m³");
        Pollutant.O3.Unit.Should().Be("µg/m³");
    }
}
