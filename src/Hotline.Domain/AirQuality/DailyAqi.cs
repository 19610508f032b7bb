using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>A day's air-quality index under an edition of HJ 633: each pollutant's IAQI, the AQI, its level, the primary pollutants and whether it is a good day.</summary>
public sealed class DailyAqi
{
    private readonly Dictionary<Pollutant, int> _iaqi;

    private DailyAqi(AirQualityStandard standard, Dictionary<Pollutant, int> iaqi)
    {
        Standard = standard;
        _iaqi = iaqi;
        Aqi = iaqi.Values.Max();
        Level = AqiLevel.Of(Aqi);
        PrimaryPollutants = Aqi <= 50
            ? []
            : iaqi.Where(p => p.Value == Aqi).Select(p => p.Key).OrderBy(p => p.Value).ToArray();
    }

    /// <summary>The edition the AQI was computed under.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The AQI: the largest IAQI.</summary>
    public int Aqi { get; }

    /// <summary>The AQI level (优 … 严重污染).</summary>
    public AqiLevel Level { get; }

    /// <summary>The pollutants whose IAQI equals the AQI, when AQI &gt; 50 (none on an excellent day).</summary>
    public IReadOnlyList<Pollutant> PrimaryPollutants { get; }

    /// <summary>A good day (优良天) has AQI ≤ 100.</summary>
    public bool IsGoodDay => Aqi <= 100;

    /// <summary>Computes the day's AQI (HJ 633 日AQI).</summary>
    /// <remarks>
    /// O3's IAQI is the larger of its 8-hour and 1-hour IAQIs; above 800 µg/m³ the 8-hour value has no IAQI and the
    /// 1-hour value must be given.
    /// </remarks>
    /// <param name="day">The day's concentrations.</param>
    /// <param name="standard">The edition to compute under.</param>
    /// <returns>The day's AQI.</returns>
    /// <exception cref="AirQualityException">O3 8-hour is above 800 µg/m³ and no 1-hour value is given.</exception>
    public static DailyAqi Calculate(DailyConcentrations day, AirQualityStandard standard)
    {
        Guard.Against.Null(day);
        Guard.Against.Null(standard);
        var day24 = AveragingTime.TwentyFourHours;
        var o3EightHour = standard.Iaqi(Pollutant.O3, AveragingTime.EightHours, day.O3EightHourMax);
        var o3OneHour = day.O3OneHourMax is { } oneHour ? standard.Iaqi(Pollutant.O3, AveragingTime.OneHour, oneHour) : null;
        if (o3EightHour is null && o3OneHour is null)
        {
            throw new AirQualityException(
                $"O3 8-hour maximum {day.O3EightHourMax} µg/m³ is above 800, where {standard.ChineseName} computes O3's IAQI from the 1-hour maximum: give the day's O3 1-hour maximum.");
        }

        var iaqi = new Dictionary<Pollutant, int>
        {
            [Pollutant.So2] = standard.Iaqi(Pollutant.So2, day24, day.So2)!.Value,
            [Pollutant.No2] = standard.Iaqi(Pollutant.No2, day24, day.No2)!.Value,
            [Pollutant.Pm10] = standard.Iaqi(Pollutant.Pm10, day24, day.Pm10)!.Value,
            [Pollutant.Pm25] = standard.Iaqi(Pollutant.Pm25, day24, day.Pm25)!.Value,
            [Pollutant.Co] = standard.Iaqi(Pollutant.Co, day24, day.Co)!.Value,
            [Pollutant.O3] = System.Math.Max(o3EightHour ?? 0, o3OneHour ?? 0),
        };
        return new DailyAqi(standard, iaqi);
    }

    /// <summary>A pollutant's IAQI on this day.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The IAQI.</returns>
    public int Iaqi(Pollutant pollutant) => _iaqi[Guard.Against.Null(pollutant)];
}
