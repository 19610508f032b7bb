using System.Globalization;
using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>HJ 633-2026 as BRIEF §8 states it: table 3, the above-800 rules, six daily indicators, rounding first.</summary>
public class Hj633Of2026Tests
{
    private static readonly AirQualityStandard Old = AirQualityStandard.Edition2012;
    private static readonly AirQualityStandard New = AirQualityStandard.Edition2026;

    // Every row of table 3 at each breakpoint and one reporting step above it (1 µg/m³; 0.1 mg/m³ for CO).
    [Theory]
    [InlineData("So2", "TwentyFourHours", "0", 0, "1", 1)]
    [InlineData("So2", "TwentyFourHours", "50", 50, "51", 51)]
    [InlineData("So2", "TwentyFourHours", "150", 100, "151", 101)]
    [InlineData("So2", "TwentyFourHours", "475", 150, "476", 151)]
    [InlineData("So2", "TwentyFourHours", "800", 200, "801", 201)]
    [InlineData("So2", "TwentyFourHours", "1600", 300, "1601", 301)]
    [InlineData("So2", "TwentyFourHours", "2100", 400, "2101", 401)]
    [InlineData("So2", "TwentyFourHours", "2620", 500, "2621", 500)]
    [InlineData("So2", "OneHour", "0", 0, "1", 1)]
    [InlineData("So2", "OneHour", "150", 50, "151", 51)]
    [InlineData("So2", "OneHour", "500", 100, "501", 101)]
    [InlineData("So2", "OneHour", "650", 150, "651", 151)]
    [InlineData("So2", "OneHour", "800", 200, "801", 200)]
    [InlineData("No2", "TwentyFourHours", "0", 0, "1", 2)]
    [InlineData("No2", "TwentyFourHours", "40", 50, "41", 52)]
    [InlineData("No2", "TwentyFourHours", "80", 100, "81", 101)]
    [InlineData("No2", "TwentyFourHours", "180", 150, "181", 151)]
    [InlineData("No2", "TwentyFourHours", "280", 200, "281", 201)]
    [InlineData("No2", "TwentyFourHours", "565", 300, "566", 301)]
    [InlineData("No2", "TwentyFourHours", "750", 400, "751", 401)]
    [InlineData("No2", "TwentyFourHours", "940", 500, "941", 500)]
    [InlineData("No2", "OneHour", "0", 0, "1", 1)]
    [InlineData("No2", "OneHour", "100", 50, "101", 51)]
    [InlineData("No2", "OneHour", "200", 100, "201", 101)]
    [InlineData("No2", "OneHour", "700", 150, "701", 151)]
    [InlineData("No2", "OneHour", "1200", 200, "1201", 201)]
    [InlineData("No2", "OneHour", "2340", 300, "2341", 301)]
    [InlineData("No2", "OneHour", "3090", 400, "3091", 401)]
    [InlineData("No2", "OneHour", "3840", 500, "3841", 500)]
    [InlineData("Pm10", "TwentyFourHours", "0", 0, "1", 1)]
    [InlineData("Pm10", "TwentyFourHours", "50", 50, "51", 51)]
    [InlineData("Pm10", "TwentyFourHours", "120", 100, "121", 101)]
    [InlineData("Pm10", "TwentyFourHours", "250", 150, "251", 151)]
    [InlineData("Pm10", "TwentyFourHours", "350", 200, "351", 202)]
    [InlineData("Pm10", "TwentyFourHours", "420", 300, "421", 302)]
    [InlineData("Pm10", "TwentyFourHours", "500", 400, "501", 401)]
    [InlineData("Pm10", "TwentyFourHours", "600", 500, "601", 500)]
    [InlineData("Co", "TwentyFourHours", "0", 0, "0.1", 3)]
    [InlineData("Co", "TwentyFourHours", "2", 50, "2.1", 53)]
    [InlineData("Co", "TwentyFourHours", "4", 100, "4.1", 101)]
    [InlineData("Co", "TwentyFourHours", "14", 150, "14.1", 151)]
    [InlineData("Co", "TwentyFourHours", "24", 200, "24.1", 201)]
    [InlineData("Co", "TwentyFourHours", "36", 300, "36.1", 301)]
    [InlineData("Co", "TwentyFourHours", "48", 400, "48.1", 401)]
    [InlineData("Co", "TwentyFourHours", "60", 500, "60.1", 500)]
    [InlineData("Co", "OneHour", "0", 0, "0.1", 1)]
    [InlineData("Co", "OneHour", "5", 50, "5.1", 51)]
    [InlineData("Co", "OneHour", "10", 100, "10.1", 101)]
    [InlineData("Co", "OneHour", "35", 150, "35.1", 151)]
    [InlineData("Co", "OneHour", "60", 200, "60.1", 201)]
    [InlineData("Co", "OneHour", "90", 300, "90.1", 301)]
    [InlineData("Co", "OneHour", "120", 400, "120.1", 401)]
    [InlineData("Co", "OneHour", "150", 500, "150.1", 500)]
    [InlineData("O3", "OneHour", "0", 0, "1", 1)]
    [InlineData("O3", "OneHour", "160", 50, "161", 52)]
    [InlineData("O3", "OneHour", "200", 100, "201", 101)]
    [InlineData("O3", "OneHour", "300", 150, "301", 151)]
    [InlineData("O3", "OneHour", "400", 200, "401", 201)]
    [InlineData("O3", "OneHour", "800", 300, "801", 301)]
    [InlineData("O3", "OneHour", "1000", 400, "1001", 401)]
    [InlineData("O3", "OneHour", "1200", 500, "1201", 500)]
    [InlineData("O3", "EightHours", "0", 0, "1", 1)]
    [InlineData("O3", "EightHours", "100", 50, "101", 51)]
    [InlineData("O3", "EightHours", "160", 100, "161", 101)]
    [InlineData("O3", "EightHours", "215", 150, "216", 151)]
    [InlineData("O3", "EightHours", "265", 200, "266", 201)]
    [InlineData("O3", "EightHours", "800", 300, "801", 300)]
    [InlineData("Pm25", "TwentyFourHours", "0", 0, "1", 2)]
    [InlineData("Pm25", "TwentyFourHours", "35", 50, "36", 52)]
    [InlineData("Pm25", "TwentyFourHours", "60", 100, "61", 101)]
    [InlineData("Pm25", "TwentyFourHours", "115", 150, "116", 152)]
    [InlineData("Pm25", "TwentyFourHours", "150", 200, "151", 201)]
    [InlineData("Pm25", "TwentyFourHours", "250", 300, "251", 301)]
    [InlineData("Pm25", "TwentyFourHours", "350", 400, "351", 401)]
    [InlineData("Pm25", "TwentyFourHours", "500", 500, "501", 500)]
    public void Every_2026_breakpoint_gives_its_IAQI_and_one_step_above_it_the_next_one_up(
        string pollutant, string averaging, string breakpoint, int iaqiAtBreakpoint, string justAbove, int iaqiJustAbove)
    {
        var (p, a) = (Pollutant.FromName(pollutant), AveragingTime.FromName(averaging));

        New.Iaqi(p, a, Parse(breakpoint)).Should().Be(iaqiAtBreakpoint);
        New.Iaqi(p, a, Parse(justAbove)).Should().Be(iaqiJustAbove);
        New.Breakpoints(p, a).Should().Contain(Parse(breakpoint));
    }

    [Theory]
    [InlineData("Pm25", "60", 82, 100)] // 2012: 50 + 50 × 25/40 = 81.25
    [InlineData("Pm25", "75", 100, 114)] // 2026: 100 + 50 × 15/55 = 113.6
    [InlineData("Pm10", "120", 85, 100)]
    [InlineData("Pm10", "150", 100, 112)] // 2026: 100 + 50 × 30/130 = 111.5
    public void The_old_PM_breakpoints_give_different_IAQIs_under_the_two_editions(string pollutant, string concentration, int under2012, int under2026)
    {
        var p = Pollutant.FromName(pollutant);
        Old.Iaqi(p, AveragingTime.TwentyFourHours, Parse(concentration)).Should().Be(under2012);
        New.Iaqi(p, AveragingTime.TwentyFourHours, Parse(concentration)).Should().Be(under2026);
    }

    [Fact]
    public void PM25_at_150_is_IAQI_200_under_both_editions_because_only_the_IAQI_100_breakpoint_moved()
    {
        Old.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 150).Should().Be(200);
        New.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 150).Should().Be(200);
        Old.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 100).Should().Be(132); // 100 + 50 × 25/40 = 131.25
        New.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 100).Should().Be(137); // 100 + 50 × 40/55 = 136.4
    }

    [Theory]
    [InlineData("60.4", 100)]
    [InlineData("60.5", 100)] // rounded half to even: 60
    [InlineData("60.6", 101)] // 61
    [InlineData("61.5", 102)] // 62: 101.8
    public void Under_2026_PM25_is_rounded_half_to_even_before_its_IAQI(string pm25, int expected)
    {
        New.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, Parse(pm25)).Should().Be(expected);
        New.ConcentrationForIaqi(Pollutant.Pm25, Parse(pm25)).Should().Be(decimal.Round(Parse(pm25), 0, MidpointRounding.ToEven));
    }

    [Theory]
    [InlineData("75", 100)]
    [InlineData("75.4", 101)] // 100.5: no rounding of the concentration under 2012
    [InlineData("75.5", 101)] // 100.625
    public void Under_2012_PM25_is_computed_as_given(string pm25, int expected)
    {
        Old.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, Parse(pm25)).Should().Be(expected);
        Old.ConcentrationForIaqi(Pollutant.Pm25, Parse(pm25)).Should().Be(Parse(pm25));
    }

    [Theory]
    [InlineData("4.04", 100, 101)] // 2026: 4.0; 2012: 100.2
    [InlineData("4.05", 100, 101)] // 2026: 4.0, half to even
    [InlineData("4.15", 101, 101)] // 2026: 4.2 → 101
    public void CO_is_rounded_to_one_decimal_under_2026_only(string co, int under2026, int under2012)
    {
        New.Iaqi(Pollutant.Co, AveragingTime.TwentyFourHours, Parse(co)).Should().Be(under2026);
        Old.Iaqi(Pollutant.Co, AveragingTime.TwentyFourHours, Parse(co)).Should().Be(under2012);
    }

    [Fact]
    public void The_rounding_decides_a_good_day_under_2026()
    {
        var day = new DailyConcentrations(so2: 5, no2: 20, pm10: 40, pm25: 60.5m, co: 0.5m, o3EightHourMax: 90);
        DailyAqi.Calculate(day, New).IsGoodDay.Should().BeTrue("60.5 rounds half to even to 60, IAQI 100");
        DailyAqi.Calculate(day with { }, New).Aqi.Should().Be(100);
        DailyAqi.Calculate(new DailyConcentrations(5, 20, 40, 61.5m, 0.5m, 90), New).IsGoodDay.Should().BeFalse();
    }

    [Fact]
    public void O3_eight_hour_801_is_IAQI_300_under_2026_without_a_one_hour_value()
    {
        New.Iaqi(Pollutant.O3, AveragingTime.EightHours, 801).Should().Be(300);
        var day = DailyAqi.Calculate(new DailyConcentrations(so2: 10, no2: 30, pm10: 60, pm25: 30, co: 1, o3EightHourMax: 801), New);
        day.Aqi.Should().Be(300);
        day.Level.Should().Be(AqiLevel.HeavilyPolluted);
        day.PrimaryPollutants.Should().Equal(Pollutant.O3);
    }

    [Fact]
    public void O3_eight_hour_801_hands_over_to_the_one_hour_value_under_2012()
    {
        Old.Iaqi(Pollutant.O3, AveragingTime.EightHours, 801).Should().BeNull();
        var day = DailyAqi.Calculate(new DailyConcentrations(10, 30, 60, 30, 1, o3EightHourMax: 801, o3OneHourMax: 900), Old);
        day.Iaqi(Pollutant.O3).Should().Be(350); // 1-hour 900 between 800 (300) and 1000 (400)

        var withoutOneHour = () => DailyAqi.Calculate(new DailyConcentrations(10, 30, 60, 30, 1, 801), Old);
        withoutOneHour.Should().Throw<AirQualityException>().WithMessage("*801*800*1-hour*");
    }

    [Fact]
    public void A_high_O3_one_hour_day_is_polluted_under_2012_and_a_good_day_under_2026()
    {
        var day = new DailyConcentrations(so2: 5, no2: 20, pm10: 40, pm25: 20, co: 0.5m, o3EightHourMax: 120, o3OneHourMax: 250);

        var old = DailyAqi.Calculate(day, Old);
        old.Aqi.Should().Be(125); // O3 1-hour 250: 100 + 50 × 50/100
        old.IsGoodDay.Should().BeFalse();
        old.PrimaryPollutants.Should().Equal(Pollutant.O3);

        var current = DailyAqi.Calculate(day, New);
        current.Iaqi(Pollutant.O3).Should().Be(67); // the 8-hour value only: 50 + 50 × 20/60
        current.Aqi.Should().Be(67);
        current.IsGoodDay.Should().BeTrue();
    }

    [Fact]
    public void The_editions_say_what_they_contain()
    {
        New.DailyAqiUsesO3OneHour.Should().BeFalse();
        Old.DailyAqiUsesO3OneHour.Should().BeTrue();
        New.RoundsConcentrations.Should().BeTrue();
        Old.RoundsConcentrations.Should().BeFalse();
        New.HasHourlyAqi.Should().BeTrue();
        Old.HasHourlyAqi.Should().BeFalse();
        New.DefinesNonAttainmentPollutants.Should().BeFalse();
        Old.DefinesNonAttainmentPollutants.Should().BeTrue();
    }

    [Fact]
    public void The_non_attainment_pollutants_exist_under_2012_only()
    {
        var day = new DailyConcentrations(so2: 5, no2: 20, pm10: 200, pm25: 115, co: 0.5m, o3EightHourMax: 100);

        DailyAqi.Calculate(day, Old).NonAttainmentPollutants.Should().Equal(Pollutant.Pm10, Pollutant.Pm25); // IAQI 125 and 150
        DailyAqi.Calculate(new DailyConcentrations(5, 20, 40, 20, 0.5m, 90), Old).NonAttainmentPollutants.Should().BeEmpty();
        DailyAqi.Calculate(day, New).NonAttainmentPollutants.Should().BeNull("HJ 633-2026 deleted the notion");
    }

    [Fact]
    public void An_all_zero_day_keeps_the_computed_AQI_0_under_2026()
    {
        var day = DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 0), New);
        day.Aqi.Should().Be(0, "the formula gives 0; the library does not invent the 1 of the stated range 1–500");
        day.Level.Should().Be(AqiLevel.Excellent);
        day.PrimaryPollutants.Should().BeEmpty();
    }

    [Fact]
    public void The_PM_one_hour_rows_of_2026_are_the_24_hour_rows()
    {
        New.Breakpoints(Pollutant.Pm25, AveragingTime.OneHour).Should().Equal(New.Breakpoints(Pollutant.Pm25, AveragingTime.TwentyFourHours));
        New.Breakpoints(Pollutant.Pm10, AveragingTime.OneHour).Should().Equal(0m, 50m, 120m, 250m, 350m, 420m, 500m, 600m);
        var old = () => Old.Breakpoints(Pollutant.Pm25, AveragingTime.OneHour);
        old.Should().Throw<AirQualityException>();
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
