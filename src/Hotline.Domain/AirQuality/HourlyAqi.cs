using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// The real-time (hourly) AQI of HJ 633-2026 (实时报): six 1-hour IAQIs — SO2, NO2, CO and O3 on their 1-hour
/// breakpoint rows, PM10 and PM2.5 on their 24-hour rows — the AQI, its level and the primary pollutants.
/// </summary>
public sealed class HourlyAqi
{
    private readonly Dictionary<Pollutant, int> _iaqi;

    private HourlyAqi(AirQualityStandard standard, Dictionary<Pollutant, int> iaqi)
    {
        Standard = standard;
        _iaqi = iaqi;
        Aqi = AqiSummary.Aqi(iaqi);
        Level = AqiLevel.Of(Aqi);
        PrimaryPollutants = AqiSummary.Primary(iaqi, Aqi);
    }

    /// <summary>The edition the AQI was computed under.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The AQI: the largest IAQI.</summary>
    public int Aqi { get; }

    /// <summary>The AQI level (优 … 严重污染).</summary>
    public AqiLevel Level { get; }

    /// <summary>The pollutants whose IAQI equals the AQI, when AQI &gt; 50; read-only.</summary>
    public IReadOnlyList<Pollutant> PrimaryPollutants { get; }

    /// <summary>Computes an hour's AQI.</summary>
    /// <remarks>
    /// Concentrations are rounded by GB/T 8170 first; SO2 1-hour above 800 µg/m³ gives IAQI 200. The 2012 real-time
    /// report was computed from other inputs (sliding averages) that this library does not hold, so it is refused
    /// rather than guessed.
    /// </remarks>
    /// <param name="hour">The hour's 1-hour concentrations.</param>
    /// <param name="standard">The edition; one whose <see cref="AirQualityStandard.HasHourlyAqi"/> is true.</param>
    /// <returns>The hour's AQI.</returns>
    /// <exception cref="AirQualityException">The edition is one whose hourly AQI the library does not compute (2012).</exception>
    public static HourlyAqi Calculate(HourlyConcentrations hour, AirQualityStandard standard)
    {
        Guard.Against.Null(hour);
        Guard.Against.Null(standard);
        if (!standard.HasHourlyAqi)
        {
            throw new AirQualityException(
                $"{standard.ChineseName}: its real-time AQI was computed from inputs (sliding averages) this library does not hold. Compute hourly AQIs under {AirQualityStandard.Edition2026.Code}, or daily AQIs with DailyAqi.");
        }

        var oneHour = AveragingTime.OneHour;

        // Every 2026 1-hour row gives an IAQI above its top (SO2: 200), so none is null.
        var iaqi = new Dictionary<Pollutant, int>
        {
            [Pollutant.So2] = standard.Iaqi(Pollutant.So2, oneHour, hour.So2)!.Value,
            [Pollutant.No2] = standard.Iaqi(Pollutant.No2, oneHour, hour.No2)!.Value,
            [Pollutant.Pm10] = standard.Iaqi(Pollutant.Pm10, oneHour, hour.Pm10)!.Value,
            [Pollutant.Pm25] = standard.Iaqi(Pollutant.Pm25, oneHour, hour.Pm25)!.Value,
            [Pollutant.Co] = standard.Iaqi(Pollutant.Co, oneHour, hour.Co)!.Value,
            [Pollutant.O3] = standard.Iaqi(Pollutant.O3, oneHour, hour.O3)!.Value,
        };
        return new HourlyAqi(standard, iaqi);
    }

    /// <summary>A pollutant's 1-hour IAQI in this hour.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The IAQI.</returns>
    public int Iaqi(Pollutant pollutant) => _iaqi[Guard.Against.Null(pollutant)]; // an hour holds all six pollutants
}
