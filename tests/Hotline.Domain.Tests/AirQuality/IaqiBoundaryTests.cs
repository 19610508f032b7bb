using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>
/// IAQIs exactly at the breakpoints of HJ 633 table 1, just above them, and above the top of each row, under both
/// editions; the editions' rules and refusals.
/// </summary>
public class IaqiBoundaryTests
{
    private static readonly int[] Steps = [0, 50, 100, 150, 200, 300, 400, 500];

    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var standard in AirQualityStandard.InValueOrder)
        {
            foreach (var pollutant in Pollutant.InValueOrder)
            {
                foreach (var averaging in AveragingTime.InValueOrder)
                {
                    if (Defines(standard, pollutant, averaging))
                    {
                        data.Add(standard.Name, pollutant.Name, averaging.Name);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_concentration_exactly_at_a_breakpoint_has_exactly_that_breakpoint_IAQI(string standardName, string pollutantName, string averagingName)
    {
        var (standard, pollutant, averaging) = Row(standardName, pollutantName, averagingName);
        var breakpoints = standard.Breakpoints(pollutant, averaging);

        for (var i = 0; i < breakpoints.Count; i++)
        {
            standard.Iaqi(pollutant, averaging, breakpoints[i]).Should().Be(Steps[i], "{0} {1} at {2}", pollutant.Symbol, averaging.Code, breakpoints[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Under_2012_a_hair_above_a_breakpoint_rounds_up_to_the_next_integer_IAQI(string standardName, string pollutantName, string averagingName)
    {
        var (standard, pollutant, averaging) = Row(standardName, pollutantName, averagingName);
        if (standard != AirQualityStandard.Edition2012)
        {
            return;
        }

        var breakpoints = standard.Breakpoints(pollutant, averaging);
        for (var i = 0; i < breakpoints.Count - 1; i++)
        {
            standard.Iaqi(pollutant, averaging, breakpoints[i] + 0.001m).Should().Be(Steps[i] + 1, "{0} {1} just above {2}", pollutant.Symbol, averaging.Code, breakpoints[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Under_2026_a_concentration_that_rounds_to_a_breakpoint_has_that_breakpoint_IAQI(string standardName, string pollutantName, string averagingName)
    {
        var (standard, pollutant, averaging) = Row(standardName, pollutantName, averagingName);
        if (standard != AirQualityStandard.Edition2026)
        {
            return;
        }

        // µg/m³ are rounded to integers and CO (mg/m³) to 1 decimal before the IAQI (HJ 633-2026 §4.2.2).
        var below = pollutant == Pollutant.Co ? 0.04m : 0.4m;
        var breakpoints = standard.Breakpoints(pollutant, averaging);
        for (var i = 1; i < breakpoints.Count; i++)
        {
            standard.Iaqi(pollutant, averaging, breakpoints[i] - below).Should().Be(Steps[i], "{0} {1} rounds up to {2}", pollutant.Symbol, averaging.Code, breakpoints[i]);
        }
    }

    [Fact]
    public void Above_the_top_of_a_row_the_IAQI_is_500_except_the_rows_the_editions_hand_over_or_cap()
    {
        foreach (var r in Rows())
        {
            var (standard, pollutant, averaging) = Row((string)r[0], (string)r[1], (string)r[2]);
            var top = standard.Breakpoints(pollutant, averaging)[^1];
            var expected = (standard.Code, pollutant.Code, averaging.Code) switch
            {
                ("gb3095-2012", "so2", "1h") or ("gb3095-2012", "o3", "8h") => (int?)null,
                ("gb3095-2026", "so2", "1h") => 200,
                ("gb3095-2026", "o3", "8h") => 300,
                _ => 500,
            };

            standard.Iaqi(pollutant, averaging, top).Should().Be(Steps[standard.Breakpoints(pollutant, averaging).Count - 1], "the top itself is on the scale");
            standard.Iaqi(pollutant, averaging, top + 1).Should().Be(expected, "{0} {1} {2} above {3}", standard.Code, pollutant.Symbol, averaging.Code, top);
            standard.Iaqi(pollutant, averaging, ConcentrationRange.Maximum).Should().Be(expected);
        }
    }

    [Fact]
    public void Each_edition_defines_the_rows_of_its_tables()
    {
        string Names(string edition) => string.Join(", ", Rows().Where(r => (string)r[0] == edition).Select(r => $"{r[1]} {r[2]}"));

        Names("Edition2012").Should().Be(
            "So2 TwentyFourHours, So2 OneHour, No2 TwentyFourHours, No2 OneHour, Pm10 TwentyFourHours, Pm25 TwentyFourHours, "
            + "Co TwentyFourHours, Co OneHour, O3 OneHour, O3 EightHours");
        Names("Edition2026").Should().Be(
            "So2 TwentyFourHours, So2 OneHour, No2 TwentyFourHours, No2 OneHour, Pm10 TwentyFourHours, Pm10 OneHour, "
            + "Pm25 TwentyFourHours, Pm25 OneHour, Co TwentyFourHours, Co OneHour, O3 OneHour, O3 EightHours");
    }

    [Fact]
    public void The_2012_edition_computes_from_the_concentration_as_given_and_2026_rounds_half_to_even_first()
    {
        var old = AirQualityStandard.Edition2012;
        var now = AirQualityStandard.Edition2026;

        old.ConcentrationForIaqi(Pollutant.Pm25, 35.5m).Should().Be(35.5m);
        now.ConcentrationForIaqi(Pollutant.Pm25, 35.5m).Should().Be(36m);
        now.ConcentrationForIaqi(Pollutant.Pm25, 36.5m).Should().Be(36m, "half to even");
        now.ConcentrationForIaqi(Pollutant.Co, 2.05m).Should().Be(2.0m, "CO keeps 1 decimal, half to even");
        now.ConcentrationForIaqi(Pollutant.Co, 2.15m).Should().Be(2.2m);
        old.ConcentrationForIaqi(Pollutant.Co, 2.15m).Should().Be(2.15m);

        old.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 35.4m).Should().Be(51); // 50.5 rounded up
        now.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 35.4m).Should().Be(50);
        now.Iaqi(Pollutant.Co, AveragingTime.TwentyFourHours, 2.04m).Should().Be(50);
        now.Iaqi(Pollutant.Co, AveragingTime.TwentyFourHours, 2.06m).Should().Be(53); // 2.1: 50 + 50 × 0.1 / 2 = 52.5, rounded up
    }

    [Fact]
    public void The_IAQI_is_the_linear_interpolation_rounded_up_not_to_nearest()
    {
        // PM10 24-hour under 2012 between 50 (50) and 150 (100): 51 → 50.5 → 51; 149 → 99.5 → 100.
        var old = AirQualityStandard.Edition2012;
        old.Iaqi(Pollutant.Pm10, AveragingTime.TwentyFourHours, 51).Should().Be(51);
        old.Iaqi(Pollutant.Pm10, AveragingTime.TwentyFourHours, 149).Should().Be(100);
        old.Iaqi(Pollutant.Pm10, AveragingTime.TwentyFourHours, 100).Should().Be(75);

        // SO2 24-hour between 800 (200) and 1600 (300): 1200 → 250, 1201 → 250.125 → 251.
        old.Iaqi(Pollutant.So2, AveragingTime.TwentyFourHours, 1200).Should().Be(250);
        old.Iaqi(Pollutant.So2, AveragingTime.TwentyFourHours, 1201).Should().Be(251);
    }

    [Fact]
    public void A_pair_an_edition_does_not_define_is_refused_with_the_edition_and_the_pair_in_the_message()
    {
        var old = AirQualityStandard.Edition2012;
        var act = () => old.Iaqi(Pollutant.Pm25, AveragingTime.OneHour, 30);
        act.Should().Throw<AirQualityException>().WithMessage("GB 3095-2012*defines no IAQI for PM2.5 1h*");
        var breakpoints = () => old.Breakpoints(Pollutant.Pm10, AveragingTime.OneHour);
        breakpoints.Should().Throw<AirQualityException>().WithMessage("*PM10 1h*");
        var eightHourSo2 = () => AirQualityStandard.Edition2026.Breakpoints(Pollutant.So2, AveragingTime.EightHours);
        eightHourSo2.Should().Throw<AirQualityException>().WithMessage("GB 3095-2026*SO2 8h*");
    }

    [Fact]
    public void Null_pollutant_or_averaging_time_is_an_argument_error_naming_it()
    {
        var standard = AirQualityStandard.Edition2026;
        var pollutant = () => standard.Iaqi(null!, AveragingTime.OneHour, 1);
        pollutant.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("pollutant");
        var averaging = () => standard.Iaqi(Pollutant.So2, null!, 1);
        averaging.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("averaging");
        var forIaqi = () => standard.ConcentrationForIaqi(null!, 1);
        forIaqi.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("pollutant");
        var limit = () => standard.CompositeIndexLimit(null!);
        limit.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("-0.001")]
    [InlineData("100000.001")]
    public void A_concentration_outside_the_accepted_range_is_refused_with_the_value_and_the_range(string value)
    {
        var c = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var act = () => AirQualityStandard.Edition2012.ConcentrationForIaqi(Pollutant.So2, c);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"*0 to 100,000*{value}*")
            .Which.ActualValue.Should().Be(c);
    }

    [Fact]
    public void The_ends_of_the_accepted_range_are_accepted()
    {
        AirQualityStandard.Edition2012.ConcentrationForIaqi(Pollutant.So2, 0m).Should().Be(0m);
        AirQualityStandard.Edition2012.ConcentrationForIaqi(Pollutant.So2, ConcentrationRange.Maximum).Should().Be(ConcentrationRange.Maximum);
        new DailyConcentrations(0, 0, 0, 0, 0, 0, 0).O3OneHourMax.Should().Be(0m);
    }

    [Fact]
    public void The_edition_changes_on_1_March_2026()
    {
        AirQualityStandard.InForceOn(new LocalDate(2026, 2, 28)).Should().Be(AirQualityStandard.Edition2012);
        AirQualityStandard.InForceOn(new LocalDate(2026, 3, 1)).Should().Be(AirQualityStandard.Edition2026);
        AirQualityStandard.Edition2026.InForceFrom.Should().Be(new LocalDate(2026, 3, 1));
        AirQualityStandard.Edition2012.InForceFrom.Should().Be(new LocalDate(2016, 1, 1));
    }

    [Fact]
    public void Each_edition_carries_its_own_composite_index_limits()
    {
        AirQualityStandard.Edition2012.CompositeIndexLimit(Pollutant.Pm25).Should().Be(35m);
        AirQualityStandard.Edition2026.CompositeIndexLimit(Pollutant.Pm25).Should().Be(30m);
        AirQualityStandard.Edition2026.CompositeIndexLimit(Pollutant.Pm10).Should().Be(60m);
        AirQualityStandard.Edition2012.CompositeIndexLimits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2012);
        AirQualityStandard.Edition2026.CompositeIndexLimits.Should().BeSameAs(CompositeIndexLimits.Gb3095Of2026Transitional);
    }

    private static bool Defines(AirQualityStandard standard, Pollutant pollutant, AveragingTime averaging)
    {
        try
        {
            standard.Breakpoints(pollutant, averaging);
            return true;
        }
        catch (AirQualityException)
        {
            return false;
        }
    }

    private static (AirQualityStandard, Pollutant, AveragingTime) Row(string standard, string pollutant, string averaging) =>
        (AirQualityStandard.FromName(standard), Pollutant.FromName(pollutant), AveragingTime.FromName(averaging));
}
