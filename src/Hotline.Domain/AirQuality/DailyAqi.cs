using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// A day's air-quality index (日AQI) under an edition of HJ 633: each pollutant's IAQI, the AQI, its level, the
/// primary pollutants, whether it is a good day and, under 2012, the non-attainment pollutants.
/// </summary>
/// <remarks>
/// The AQI is the formula's value. HJ 633-2026 states the AQI range as 1–500 (一级 优 1–50), yet an all-zero day
/// computes to 0: the library keeps the computed 0 (level 优) rather than inventing a 1.
/// </remarks>
public sealed class DailyAqi
{
    private readonly Dictionary<Pollutant, int> _iaqi;

    private DailyAqi(AirQualityStandard standard, Dictionary<Pollutant, int> iaqi, IReadOnlyList<Pollutant> missing)
    {
        Standard = standard;
        _iaqi = iaqi;
        MissingPollutants = missing;
        Aqi = AqiSummary.Aqi(iaqi);
        Level = AqiLevel.Of(Aqi);
        PrimaryPollutants = AqiSummary.Primary(iaqi, Aqi);
        NonAttainmentPollutants = standard.DefinesNonAttainmentPollutants ? AqiSummary.Where(iaqi, value => value > 100) : null;
    }

    /// <summary>The edition the AQI was computed under.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The AQI: the largest IAQI.</summary>
    public int Aqi { get; }

    /// <summary>The AQI level (优 … 严重污染).</summary>
    public AqiLevel Level { get; }

    /// <summary>The pollutants whose IAQI equals the AQI, when AQI &gt; 50 (none on an excellent day); read-only.</summary>
    public IReadOnlyList<Pollutant> PrimaryPollutants { get; }

    /// <summary>
    /// Under 2012, the non-attainment pollutants (超标污染物): every pollutant whose IAQI is above 100, possibly none.
    /// <see langword="null"/> under 2026, which deleted the notion (never an empty list standing in for it).
    /// </summary>
    public IReadOnlyList<Pollutant>? NonAttainmentPollutants { get; }

    /// <summary>The pollutants whose value was missing (only from <see cref="Publish"/>, under 2026, when the AQI is above 100); empty for a complete day.</summary>
    public IReadOnlyList<Pollutant> MissingPollutants { get; }

    /// <summary>Whether every daily indicator was measured.</summary>
    public bool IsComplete => MissingPollutants.Count == 0;

    /// <summary>A good day (优良天) has AQI ≤ 100.</summary>
    public bool IsGoodDay => Aqi <= 100;

    /// <summary>Computes a complete day's AQI (HJ 633 日AQI) under an edition.</summary>
    /// <remarks>
    /// <para>2026: six indicators — 24-hour SO2, NO2, CO, PM10, PM2.5 and the O3 daily maximum 8-hour mean; the O3
    /// 1-hour maximum is ignored even when given; concentrations are rounded by GB/T 8170 first; O3 8-hour above 800
    /// µg/m³ gives IAQI 300.</para>
    /// <para>2012: seven indicators — O3's IAQI is the larger of its 8-hour and (when given) 1-hour IAQIs; above 800
    /// µg/m³ the 8-hour value has no IAQI and the 1-hour value must be given.</para>
    /// </remarks>
    /// <param name="day">The day's concentrations.</param>
    /// <param name="standard">The edition to compute under.</param>
    /// <returns>The day's AQI.</returns>
    /// <exception cref="AirQualityException">Under 2012, O3 8-hour is above 800 µg/m³ and no 1-hour value is given.</exception>
    public static DailyAqi Calculate(DailyConcentrations day, AirQualityStandard standard)
    {
        // Stryker disable once Statement : equivalent, DailyReadings.From refuses a null day with the same ArgumentNullException("day").
        Guard.Against.Null(day);
        Guard.Against.Null(standard);
        return new DailyAqi(standard, IaqisOf(DailyReadings.From(day), standard), AqiSummary.None);
    }

    /// <summary>
    /// The day's AQI as published, also when values are missing. A complete day publishes its AQI. Under 2026 a day
    /// with missing values publishes the AQI of the values present when it is above 100 (a missing value could only
    /// raise it), otherwise "NA". The 2012 material held here states no such rule: a day with missing values under
    /// 2012 is an error, not a guess.
    /// </summary>
    /// <param name="day">The day's readings.</param>
    /// <param name="standard">The edition to publish under.</param>
    /// <returns>The AQI, or "NA".</returns>
    /// <exception cref="AirQualityException">A value is missing under 2012; or, under 2012, O3 8-hour is above 800 µg/m³ and no 1-hour value is given.</exception>
    public static PublishedDailyAqi Publish(DailyReadings day, AirQualityStandard standard)
    {
        Guard.Against.Null(day);
        Guard.Against.Null(standard);
        var missing = day.Missing;
        if (missing.Count > 0 && !standard.StatesMissingDataRule)
        {
            throw new AirQualityException(
                $"{string.Join(", ", missing.Select(p => p.Symbol))} missing: {standard.ChineseName} as held by this library states no rule for a day with missing data. Supply the values, or publish under {AirQualityStandard.Edition2026.Code}, whose rule is: the AQI if above 100, otherwise NA.");
        }

        var iaqi = IaqisOf(day, standard);
        if (missing.Count > 0 && (iaqi.Count == 0 || AqiSummary.Aqi(iaqi) <= 100))
        {
            return new PublishedDailyAqi(standard, null, missing);
        }

        return new PublishedDailyAqi(standard, new DailyAqi(standard, iaqi, missing), missing);
    }

    /// <summary>A pollutant's IAQI on this day.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The IAQI.</returns>
    /// <exception cref="AirQualityException">The pollutant's value was missing.</exception>
    public int Iaqi(Pollutant pollutant) =>
        _iaqi.TryGetValue(Guard.Against.Null(pollutant), out var value)
            ? value
            : throw new AirQualityException($"{pollutant.Symbol} has no IAQI on this day: its value was missing.");

    private static Dictionary<Pollutant, int> IaqisOf(DailyReadings day, AirQualityStandard standard)
    {
        // No pattern variables in this method or the next: a mutated pattern leaves its variable unassigned, the
        // mutant does not compile, and Stryker would then drop every mutant of the method untested.
        var iaqi = new Dictionary<Pollutant, int>();
        foreach (var reading in day.ByPollutant())
        {
            if (reading.Value.HasValue)
            {
                iaqi[reading.Key] = DailyIaqi(reading.Key, reading.Value.Value, day.O3OneHourMax, standard);
            }
        }

        return iaqi;
    }

    private static int DailyIaqi(Pollutant pollutant, decimal value, decimal? o3OneHourMax, AirQualityStandard standard)
    {
        if (pollutant != Pollutant.O3)
        {
            // Every 24-hour row of either edition gives IAQI 500 above its top, never null.
            return standard.Iaqi(pollutant, AveragingTime.TwentyFourHours, value)!.Value;
        }

        var eightHour = standard.Iaqi(Pollutant.O3, AveragingTime.EightHours, value);
        if (!standard.DailyAqiUsesO3OneHour)
        {
            // 2026: O3 8-hour above 800 gives IAQI 300, never null.
            return eightHour!.Value;
        }

        // 2012: the larger of the 8-hour and 1-hour IAQIs; above 800 the 8-hour row hands over to the 1-hour one.
        var oneHour = o3OneHourMax.HasValue ? standard.Iaqi(Pollutant.O3, AveragingTime.OneHour, o3OneHourMax.Value) : null;
        if (eightHour is null && oneHour is null)
        {
            throw new AirQualityException(
                $"O3 8-hour maximum {value} µg/m³ is above 800, where {standard.ChineseName} computes O3's IAQI from the 1-hour maximum: give the day's O3 1-hour maximum.");
        }

        return System.Math.Max(eightHour ?? 0, oneHour ?? 0);
    }
}
