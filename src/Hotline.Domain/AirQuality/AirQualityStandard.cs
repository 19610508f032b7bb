using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// An edition of China's ambient air-quality standards: GB 3095 (limits), HJ 633 (AQI) and HJ 663 (assessment).
/// It carries the grade-II limits used by the composite index and the IAQI breakpoints. The edition is always a
/// parameter — a 2019 report must be computed under the 2012 rules even after the 2026 editions took effect.
/// </summary>
public sealed class AirQualityStandard : Vocabulary<AirQualityStandard>
{
    private static readonly int[] IaqiSteps = [0, 50, 100, 150, 200, 300, 400, 500];

    /// <summary>GB 3095-2012 with HJ 633-2012 and HJ 663-2013.</summary>
    public static readonly AirQualityStandard Edition2012 = new(
        nameof(Edition2012), 2012, "gb3095-2012", "GB 3095-2012 / HJ 633-2012 / HJ 663-2013", new LocalDate(2016, 1, 1),
        pm10TwentyFourHourAt100: 150m, pm25TwentyFourHourAt100: 75m, pm10AnnualLimit: 70m, pm25AnnualLimit: 35m);

    /// <summary>
    /// GB 3095-2026 with HJ 633-2026, in force from 2026-03-01: PM10 24-hour breakpoint 120 µg/m³ and PM2.5 60 µg/m³
    /// at IAQI 100, and grade-II annual limits PM10 60 / PM2.5 30 µg/m³ (the transition values to 2030). Other
    /// breakpoints and limits are as in the 2012 edition.
    /// </summary>
    public static readonly AirQualityStandard Edition2026 = new(
        nameof(Edition2026), 2026, "gb3095-2026", "GB 3095-2026 / HJ 633-2026", new LocalDate(2026, 3, 1),
        pm10TwentyFourHourAt100: 120m, pm25TwentyFourHourAt100: 60m, pm10AnnualLimit: 60m, pm25AnnualLimit: 30m);

    private readonly Dictionary<(Pollutant, AveragingTime), decimal[]> _breakpoints;
    private readonly Dictionary<Pollutant, decimal> _compositeLimits;

    private AirQualityStandard(
        string name,
        int value,
        string code,
        string chineseName,
        LocalDate inForceFrom,
        decimal pm10TwentyFourHourAt100,
        decimal pm25TwentyFourHourAt100,
        decimal pm10AnnualLimit,
        decimal pm25AnnualLimit)
        : base(name, value, code, chineseName)
    {
        InForceFrom = inForceFrom;
        _breakpoints = new Dictionary<(Pollutant, AveragingTime), decimal[]>
        {
            [(Pollutant.So2, AveragingTime.TwentyFourHours)] = [0, 50, 150, 475, 800, 1600, 2100, 2620],
            [(Pollutant.So2, AveragingTime.OneHour)] = [0, 150, 500, 650, 800],
            [(Pollutant.No2, AveragingTime.TwentyFourHours)] = [0, 40, 80, 180, 280, 565, 750, 940],
            [(Pollutant.No2, AveragingTime.OneHour)] = [0, 100, 200, 700, 1200, 2340, 3090, 3840],
            [(Pollutant.Pm10, AveragingTime.TwentyFourHours)] = [0, 50, pm10TwentyFourHourAt100, 250, 350, 420, 500, 600],
            [(Pollutant.Co, AveragingTime.TwentyFourHours)] = [0, 2, 4, 14, 24, 36, 48, 60],
            [(Pollutant.Co, AveragingTime.OneHour)] = [0, 5, 10, 35, 60, 90, 120, 150],
            [(Pollutant.O3, AveragingTime.OneHour)] = [0, 160, 200, 300, 400, 800, 1000, 1200],
            [(Pollutant.O3, AveragingTime.EightHours)] = [0, 100, 160, 215, 265, 800],
            [(Pollutant.Pm25, AveragingTime.TwentyFourHours)] = [0, 35, pm25TwentyFourHourAt100, 115, 150, 250, 350, 500],
        };
        _compositeLimits = new Dictionary<Pollutant, decimal>
        {
            [Pollutant.So2] = 60m,
            [Pollutant.No2] = 40m,
            [Pollutant.Pm10] = pm10AnnualLimit,
            [Pollutant.Pm25] = pm25AnnualLimit,
            [Pollutant.Co] = 4m,
            [Pollutant.O3] = 160m,
        };
    }

    /// <summary>The day the edition took effect (for <see cref="InForceOn"/>).</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The edition in force on <paramref name="date"/> (2026 edition from 2026-03-01, else 2012).</summary>
    /// <param name="date">A day.</param>
    /// <returns>The edition.</returns>
    public static AirQualityStandard InForceOn(LocalDate date) => date >= Edition2026.InForceFrom ? Edition2026 : Edition2012;

    /// <summary>
    /// The grade-II limit S used by the composite index (HJ 663, ministry ranking rule): annual SO2, NO2, PM10 and
    /// PM2.5 limits, the CO 24-hour limit (mg/m³) and the O3 8-hour limit.
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The limit in the pollutant's unit.</returns>
    public decimal CompositeIndexLimit(Pollutant pollutant) => _compositeLimits[Guard.Against.Null(pollutant)];

    /// <summary>The concentration breakpoints of a pollutant and averaging time, for IAQI 0, 50, 100, 150, 200, 300, 400, 500 (as far as defined).</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging time.</param>
    /// <returns>The breakpoints, ascending.</returns>
    /// <exception cref="AirQualityException">The standard defines no IAQI for that pair (for example PM2.5 1-hour).</exception>
    public IReadOnlyList<decimal> Breakpoints(Pollutant pollutant, AveragingTime averaging) => Row(pollutant, averaging);

    /// <summary>
    /// The individual air-quality index (IAQI) of a concentration: linear interpolation between the breakpoints,
    /// rounded up to an integer (HJ 633). Returns <see langword="null"/> where the standard says not to compute it from
    /// this value: SO2 1-hour above 800 µg/m³ (use the 24-hour IAQI) and O3 8-hour above 800 µg/m³ (use the 1-hour IAQI).
    /// A concentration above the last breakpoint gives the top of the scale (500).
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging time.</param>
    /// <param name="concentration">The concentration in the pollutant's unit, 0 or more.</param>
    /// <returns>The IAQI, or <see langword="null"/>.</returns>
    public int? Iaqi(Pollutant pollutant, AveragingTime averaging, decimal concentration)
    {
        Guard.Against.Negative(concentration);
        var row = Row(pollutant, averaging);
        var top = row[row.Length - 1];
        if (concentration > top)
        {
            // The two rows that stop at 800 hand over to another averaging time instead of saturating.
            return row.Length < IaqiSteps.Length ? null : IaqiSteps[IaqiSteps.Length - 1];
        }

        for (var i = 1; i < row.Length; i++)
        {
            if (concentration <= row[i])
            {
                var (lowC, highC, lowI, highI) = (row[i - 1], row[i], IaqiSteps[i - 1], IaqiSteps[i]);
                var iaqi = ((highI - lowI) * (concentration - lowC) / (highC - lowC)) + lowI;
                return (int)decimal.Ceiling(iaqi);
            }
        }

        return 0;
    }

    private decimal[] Row(Pollutant pollutant, AveragingTime averaging)
    {
        Guard.Against.Null(pollutant);
        Guard.Against.Null(averaging);
        return _breakpoints.TryGetValue((pollutant, averaging), out var row)
            ? row
            : throw new AirQualityException($"{ChineseName} defines no IAQI for {pollutant.Symbol} {averaging.Code}.");
    }
}
