using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>
/// The daily and hourly AQI at the edges HJ 633 draws: AQI 50 (no primary pollutant), AQI 100 (the last good day,
/// the last "NA" of a day with missing values, no non-attainment yet), ties at the top, and every refusal.
/// </summary>
public class DailyAqiBoundaryTests
{
    private static readonly AirQualityStandard Old = AirQualityStandard.Edition2012;
    private static readonly AirQualityStandard New = AirQualityStandard.Edition2026;

    [Fact]
    public void A_day_at_AQI_50_is_excellent_and_has_no_primary_pollutant()
    {
        // PM2.5 35 µg/m³ is exactly IAQI 50 in both editions.
        foreach (var standard in AirQualityStandard.InValueOrder)
        {
            var aqi = DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 35, 0, 0), standard);
            aqi.Aqi.Should().Be(50);
            aqi.Level.Should().Be(AqiLevel.Excellent);
            aqi.PrimaryPollutants.Should().BeEmpty("HJ 633 names a primary pollutant only above AQI 50");
            aqi.IsGoodDay.Should().BeTrue();
        }
    }

    [Fact]
    public void A_day_at_AQI_51_is_good_and_names_its_primary_pollutant()
    {
        // PM10 51 µg/m³ under 2026: 50 + 50 × 1/70 = 50.7, rounded up to 51.
        var aqi = DailyAqi.Calculate(new DailyConcentrations(0, 0, 51, 0, 0, 0), New);
        aqi.Aqi.Should().Be(51);
        aqi.Level.Should().Be(AqiLevel.Good);
        aqi.PrimaryPollutants.Should().Equal(Pollutant.Pm10);
    }

    [Fact]
    public void A_day_at_AQI_100_is_the_last_good_day_and_101_the_first_polluted_one()
    {
        var at100 = DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 60, 0, 0), New);
        at100.Aqi.Should().Be(100);
        at100.IsGoodDay.Should().BeTrue();
        at100.Level.Should().Be(AqiLevel.Good);

        var at101 = DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 61, 0, 0), New); // 100 + 50 × 1/55 = 100.9
        at101.Aqi.Should().Be(101);
        at101.IsGoodDay.Should().BeFalse();
        at101.Level.Should().Be(AqiLevel.LightlyPolluted);
    }

    [Fact]
    public void A_day_at_AQI_150_is_still_lightly_polluted()
    {
        // PM2.5 115 µg/m³ is IAQI 150 in both editions.
        var aqi = DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 115, 0, 0), New);
        aqi.Aqi.Should().Be(150);
        aqi.Level.Should().Be(AqiLevel.LightlyPolluted);
        AqiLevel.Of(150).Should().Be(AqiLevel.LightlyPolluted);
    }

    [Fact]
    public void Under_2012_a_pollutant_at_IAQI_100_is_not_non_attaining_and_one_at_101_is()
    {
        // NO2 80 µg/m³ is IAQI 100; PM2.5 75.001 µg/m³ rounds up to 101; PM10 151 µg/m³ is 100.5 → 101.
        var aqi = DailyAqi.Calculate(new DailyConcentrations(so2: 0, no2: 80, pm10: 151, pm25: 75.001m, co: 0, o3EightHourMax: 0), Old);
        aqi.Iaqi(Pollutant.No2).Should().Be(100);
        aqi.NonAttainmentPollutants.Should().Equal(Pollutant.Pm10, Pollutant.Pm25);

        var atLimit = DailyAqi.Calculate(new DailyConcentrations(0, 80, 150, 75, 0, 0), Old);
        atLimit.NonAttainmentPollutants.Should().NotBeNull().And.BeEmpty("no IAQI is above 100");
    }

    [Fact]
    public void Tied_primary_pollutants_are_all_named_in_value_order()
    {
        // Every pollutant exactly at IAQI 100: all six are primary.
        var aqi = DailyAqi.Calculate(new DailyConcentrations(so2: 150, no2: 80, pm10: 150, pm25: 75, co: 4, o3EightHourMax: 160), Old);
        aqi.Aqi.Should().Be(100);
        aqi.PrimaryPollutants.Should().Equal(Pollutant.So2, Pollutant.No2, Pollutant.Pm10, Pollutant.Pm25, Pollutant.Co, Pollutant.O3);
    }

    [Fact]
    public void The_AQI_is_the_largest_IAQI_whichever_pollutant_carries_it()
    {
        var pollutants = Pollutant.InValueOrder;
        for (var i = 0; i < pollutants.Count; i++)
        {
            // One pollutant well above the others (each at 0): the AQI is its IAQI, and it alone is primary.
            var values = new decimal[6];
            values[i] = pollutants[i] == Pollutant.Co ? 14 : 250;
            var day = new DailyConcentrations(values[0], values[1], values[2], values[3], values[4], values[5]);
            var aqi = DailyAqi.Calculate(day, New);
            aqi.Aqi.Should().Be(aqi.Iaqi(pollutants[i])).And.BeGreaterThan(50);
            aqi.PrimaryPollutants.Should().Equal(pollutants[i]);
            pollutants.Where(p => p != pollutants[i]).Should().OnlyContain(p => aqi.Iaqi(p) == 0);
        }
    }

    [Fact]
    public void Under_2012_O3_takes_the_larger_of_its_8_hour_and_1_hour_IAQIs()
    {
        // 8-hour 160 → 100; 1-hour 200 → 100; 1-hour 300 → 150; 1-hour 100 → 32.
        DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 160, o3OneHourMax: 300), Old).Iaqi(Pollutant.O3).Should().Be(150);
        DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 160, o3OneHourMax: 100), Old).Iaqi(Pollutant.O3).Should().Be(100);
        DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 160), Old).Iaqi(Pollutant.O3).Should().Be(100);
        DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 160, o3OneHourMax: 300), New).Iaqi(Pollutant.O3).Should().Be(100, "2026 ignores the 1-hour value");
    }

    [Fact]
    public void Under_2012_O3_above_800_without_a_1_hour_value_is_refused_with_the_value_and_the_rule()
    {
        var act = () => DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 800.5m), Old);
        act.Should().Throw<AirQualityException>().WithMessage("O3 8-hour maximum 800.5 µg/m³ is above 800*GB 3095-2012*1-hour maximum*");
        DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 800), Old).Iaqi(Pollutant.O3).Should().Be(300, "800 itself is on the scale");
    }

    [Fact]
    public void A_complete_day_has_no_missing_pollutant()
    {
        var aqi = DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 35, 0, 0), New);
        aqi.IsComplete.Should().BeTrue();
        aqi.MissingPollutants.Should().BeEmpty();
        aqi.Standard.Should().Be(New);
        aqi.NonAttainmentPollutants.Should().BeNull("2026 deleted the notion");
    }

    [Fact]
    public void Under_2026_a_day_with_a_missing_value_and_the_others_at_AQI_100_is_NA_and_at_101_is_published()
    {
        var at100 = DailyAqi.Publish(new DailyReadings(so2: 0, no2: 80, pm10: 0, pm25: null, co: 0, o3EightHourMax: 0), New);
        at100.IsAvailable.Should().BeFalse("the missing PM2.5 could raise an AQI of 100 above 100");
        at100.Value.Should().BeNull();
        at100.Text.Should().Be("NA");
        at100.ToString().Should().Be("NA");
        at100.MissingPollutants.Should().Equal(Pollutant.Pm25);
        at100.Standard.Should().Be(New);

        var at101 = DailyAqi.Publish(new DailyReadings(so2: 0, no2: 81, pm10: 0, pm25: null, co: 0, o3EightHourMax: 0), New); // 100.5 → 101
        at101.IsAvailable.Should().BeTrue();
        at101.Text.Should().Be("101");
        at101.ToString().Should().Be("101");
        at101.Value!.Aqi.Should().Be(101);
        at101.Value.IsComplete.Should().BeFalse();
        at101.Value.MissingPollutants.Should().Equal(Pollutant.Pm25);
        at101.Value.PrimaryPollutants.Should().Equal(Pollutant.No2);
        var missing = () => at101.Value.Iaqi(Pollutant.Pm25);
        missing.Should().Throw<AirQualityException>().WithMessage("PM2.5 has no IAQI on this day: its value was missing.");
    }

    [Fact]
    public void The_missing_pollutants_are_listed_in_value_order_and_the_O3_1_hour_value_does_not_count()
    {
        var readings = new DailyReadings(so2: null, no2: 10, pm10: null, pm25: 10, co: 0.5m, o3EightHourMax: null, o3OneHourMax: null);
        readings.Missing.Should().Equal(Pollutant.So2, Pollutant.Pm10, Pollutant.O3);
        new DailyReadings(1, 1, 1, 1, 1, 1, o3OneHourMax: null).Missing.Should().BeEmpty();
    }

    [Fact]
    public void Under_2012_a_missing_value_is_refused_with_the_pollutants_and_the_2026_rule_in_the_message()
    {
        var act = () => DailyAqi.Publish(new DailyReadings(null, 10, 10, null, 0.5m, 100), Old);
        act.Should().Throw<AirQualityException>().WithMessage("SO2, PM2.5 missing: GB 3095-2012*no rule*gb3095-2026*above 100*NA*");
    }

    [Fact]
    public void A_complete_day_publishes_its_AQI_even_at_or_below_100()
    {
        var published = DailyAqi.Publish(DailyReadings.From(new DailyConcentrations(0, 0, 0, 35, 0, 0)), Old);
        published.IsAvailable.Should().BeTrue();
        published.Text.Should().Be("50");
        published.MissingPollutants.Should().BeEmpty();
    }

    [Fact]
    public void Readings_from_a_complete_day_keep_every_value()
    {
        var day = new DailyConcentrations(1, 2, 3, 4, 5, 6, 7);
        var readings = DailyReadings.From(day);
        (readings.So2, readings.No2, readings.Pm10, readings.Pm25, readings.Co, readings.O3EightHourMax, readings.O3OneHourMax)
            .Should().Be((1m, 2m, 3m, 4m, 5m, 6m, 7m));
        readings.Should().Be(new DailyReadings(1, 2, 3, 4, 5, 6, 7), "readings are a value type: equal values, equal readings");
        readings.Should().NotBe(new DailyReadings(1, 2, 3, 4, 5, 6, null));
    }

    [Fact]
    public void Null_arguments_are_argument_errors_naming_the_parameter()
    {
        var calculateDay = () => DailyAqi.Calculate(null!, New);
        calculateDay.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("day");
        var calculateStandard = () => DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 0), null!);
        calculateStandard.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("standard");
        var publishDay = () => DailyAqi.Publish(null!, New);
        publishDay.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("day");
        var publishStandard = () => DailyAqi.Publish(new DailyReadings(0, 0, 0, 0, 0, 0), null!);
        publishStandard.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("standard");
        var from = () => DailyReadings.From(null!);
        from.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("day");
        var iaqi = () => DailyAqi.Calculate(new DailyConcentrations(0, 0, 0, 0, 0, 0), New).Iaqi(null!);
        iaqi.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("pollutant");
    }

    [Fact]
    public void An_hour_at_AQI_50_has_no_primary_pollutant_and_one_at_51_has()
    {
        // SO2 1-hour 150 µg/m³ is IAQI 50; 151 is 50 + 50 × 1/350, rounded up to 51.
        var at50 = HourlyAqi.Calculate(new HourlyConcentrations(so2: 150, no2: 0, co: 0, o3: 0, pm10: 0, pm25: 0), New);
        at50.Aqi.Should().Be(50);
        at50.Level.Should().Be(AqiLevel.Excellent);
        at50.PrimaryPollutants.Should().BeEmpty();
        at50.Standard.Should().Be(New);

        var at51 = HourlyAqi.Calculate(new HourlyConcentrations(so2: 151, no2: 0, co: 0, o3: 0, pm10: 0, pm25: 0), New);
        at51.Aqi.Should().Be(51);
        at51.Level.Should().Be(AqiLevel.Good);
        at51.PrimaryPollutants.Should().Equal(Pollutant.So2);
    }

    [Fact]
    public void Each_hourly_IAQI_comes_from_its_own_concentration()
    {
        // Distinct values on the 1-hour rows (PM on the 24-hour rows): SO2 500 → 100, NO2 200 → 100, CO 35 → 150,
        // O3 400 → 200, PM10 350 → 200, PM2.5 250 → 300.
        var hour = HourlyAqi.Calculate(new HourlyConcentrations(so2: 500, no2: 200, co: 35, o3: 400, pm10: 350, pm25: 250), New);
        Pollutant.InValueOrder.Select(hour.Iaqi).Should().Equal(100, 100, 200, 300, 150, 200);
        hour.Aqi.Should().Be(300);
        hour.Level.Should().Be(AqiLevel.HeavilyPolluted);
        hour.PrimaryPollutants.Should().Equal(Pollutant.Pm25);
    }

    [Fact]
    public void The_hourly_AQI_refuses_null_arguments_and_the_2012_edition_with_the_reason()
    {
        var hour = new HourlyConcentrations(1, 1, 1, 1, 1, 1);
        var noHour = () => HourlyAqi.Calculate(null!, New);
        noHour.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("hour");
        var noStandard = () => HourlyAqi.Calculate(hour, null!);
        noStandard.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("standard");
        var old = () => HourlyAqi.Calculate(hour, Old);
        old.Should().Throw<AirQualityException>().WithMessage("GB 3095-2012*sliding averages*gb3095-2026*DailyAqi*");
        var noPollutant = () => HourlyAqi.Calculate(hour, New).Iaqi(null!);
        noPollutant.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("pollutant");
    }

    [Fact]
    public void Concentrations_are_value_types()
    {
        new DailyConcentrations(1, 2, 3, 4, 5, 6).Should().Be(new DailyConcentrations(1, 2, 3, 4, 5, 6));
        new DailyConcentrations(1, 2, 3, 4, 5, 6).Should().NotBe(new DailyConcentrations(1, 2, 3, 4, 5, 6, 7));
        new HourlyConcentrations(1, 2, 3, 4, 5, 6).Should().Be(new HourlyConcentrations(1, 2, 3, 4, 5, 6));
        new HourlyConcentrations(1, 2, 3, 4, 5, 6).Should().NotBe(new HourlyConcentrations(1, 2, 3, 4, 6, 5));
        var hour = new HourlyConcentrations(so2: 1, no2: 2, co: 3, o3: 4, pm10: 5, pm25: 6);
        (hour.So2, hour.No2, hour.Co, hour.O3, hour.Pm10, hour.Pm25).Should().Be((1m, 2m, 3m, 4m, 5m, 6m));
    }
}
