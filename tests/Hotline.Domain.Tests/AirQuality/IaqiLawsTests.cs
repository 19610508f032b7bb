using CsCheck;
using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>Laws every IAQI row obeys under both editions, over the whole accepted range of concentrations.</summary>
public class IaqiLawsTests
{
    private static readonly (Pollutant Pollutant, AveragingTime Averaging)[] DailyRows =
    [
        (Pollutant.So2, AveragingTime.TwentyFourHours), (Pollutant.No2, AveragingTime.TwentyFourHours),
        (Pollutant.Pm10, AveragingTime.TwentyFourHours), (Pollutant.Pm25, AveragingTime.TwentyFourHours),
        (Pollutant.Co, AveragingTime.TwentyFourHours), (Pollutant.O3, AveragingTime.OneHour),
        (Pollutant.No2, AveragingTime.OneHour), (Pollutant.Co, AveragingTime.OneHour),
    ];

    private static readonly Gen<decimal> Concentration = Gen.OneOf(
        Gen.Int[0, 4000].Select(i => (decimal)i),
        Gen.Int[0, 40000].Select(i => i / 10m),
        Gen.Int[0, 100_000].Select(i => (decimal)i));

    [Fact]
    public void An_IAQI_never_falls_when_the_concentration_rises_and_stays_within_0_to_500()
    {
        Gen.Select(Gen.Int[0, DailyRows.Length - 1], Concentration, Concentration, Gen.Bool).Sample((row, a, b, is2026) =>
        {
            var standard = is2026 ? AirQualityStandard.Edition2026 : AirQualityStandard.Edition2012;
            var (p, t) = DailyRows[row];
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lowIaqi = standard.Iaqi(p, t, low)!.Value;
            var highIaqi = standard.Iaqi(p, t, high)!.Value;
            return lowIaqi <= highIaqi && lowIaqi >= 0 && highIaqi <= 500;
        });
    }

    [Fact]
    public void Under_2026_the_IAQI_of_a_concentration_is_that_of_its_rounded_value()
    {
        Gen.Select(Gen.Int[0, DailyRows.Length - 1], Gen.Int[0, 1_000_000]).Sample((row, hundredths) =>
        {
            var (p, t) = DailyRows[row];
            var c = hundredths / 100m;
            var rounded = Gb8170.Round(c, p == Pollutant.Co ? 1 : 0);
            return AirQualityStandard.Edition2026.Iaqi(p, t, c) == AirQualityStandard.Edition2026.Iaqi(p, t, rounded);
        });
    }
}
