using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// The limits Sᵢ of the composite index I = Σ Cᵢ/Sᵢ (空气质量综合指数, HJ 663 and the ministry's ranking rule):
/// annual SO2, NO2, PM10 and PM2.5 limits (µg/m³), the CO 24-hour limit (mg/m³) and the O3 8-hour limit (µg/m³).
/// </summary>
/// <remarks>
/// Every edition carries a set (<see cref="AirQualityStandard.CompositeIndexLimits"/>). No official source available to
/// this library fixes which set a composite index after 2026-03-01 uses: <see cref="AirQualityStandard.Edition2026"/>
/// carries <see cref="Gb3095Of2026Transitional"/>, and a caller who is told otherwise passes its own set (for example
/// <see cref="Gb3095Of2026Final"/>) to <see cref="MonthlyStatistics.Compute(NodaTime.YearMonth, IEnumerable{KeyValuePair{NodaTime.LocalDate, DailyConcentrations}}, AirQualityStandard, CompositeIndexLimits)"/>.
/// </remarks>
public sealed class CompositeIndexLimits
{
    /// <summary>The smallest limit accepted (in the pollutant's unit): smaller ones are not limits of any standard and would blow the index up.</summary>
    public const decimal MinimumLimit = 1m;

    /// <summary>The largest limit accepted (in the pollutant's unit).</summary>
    public const decimal MaximumLimit = 10_000m;

    private readonly Dictionary<Pollutant, decimal> _limits;

    /// <summary>Creates a set of limits; each must lie in <see cref="MinimumLimit"/> … <see cref="MaximumLimit"/>.</summary>
    /// <param name="so2">SO2 annual limit, µg/m³.</param>
    /// <param name="no2">NO2 annual limit, µg/m³.</param>
    /// <param name="pm10">PM10 annual limit, µg/m³.</param>
    /// <param name="pm25">PM2.5 annual limit, µg/m³.</param>
    /// <param name="co">CO 24-hour limit, mg/m³.</param>
    /// <param name="o3">O3 8-hour limit, µg/m³.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit lies outside the accepted range.</exception>
    public CompositeIndexLimits(decimal so2, decimal no2, decimal pm10, decimal pm25, decimal co, decimal o3)
    {
        _limits = new Dictionary<Pollutant, decimal>
        {
            [Pollutant.So2] = Check(so2, nameof(so2)),
            [Pollutant.No2] = Check(no2, nameof(no2)),
            [Pollutant.Pm10] = Check(pm10, nameof(pm10)),
            [Pollutant.Pm25] = Check(pm25, nameof(pm25)),
            [Pollutant.Co] = Check(co, nameof(co)),
            [Pollutant.O3] = Check(o3, nameof(o3)),
        };
    }

    /// <summary>GB 3095-2012 grade II: SO2 60, NO2 40, PM10 70, PM2.5 35 µg/m³, CO 4 mg/m³, O3 160 µg/m³.</summary>
    public static CompositeIndexLimits Gb3095Of2012 { get; } = new(60m, 40m, 70m, 35m, 4m, 160m);

    /// <summary>GB 3095-2026 grade II, transitional values until 2030-12-31: SO2 60, NO2 40, PM10 60, PM2.5 30 µg/m³, CO 4 mg/m³, O3 160 µg/m³.</summary>
    public static CompositeIndexLimits Gb3095Of2026Transitional { get; } = new(60m, 40m, 60m, 30m, 4m, 160m);

    /// <summary>GB 3095-2026 grade II, final values from 2031-01-01: SO2 20, NO2 30, PM10 50, PM2.5 25 µg/m³, CO 4 mg/m³, O3 160 µg/m³.</summary>
    public static CompositeIndexLimits Gb3095Of2026Final { get; } = new(20m, 30m, 50m, 25m, 4m, 160m);

    /// <summary>The limit S of one pollutant.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The limit in the pollutant's unit.</returns>
    public decimal Of(Pollutant pollutant) => _limits[Guard.Against.Null(pollutant)];

    /// <summary>The composite index Σ Cᵢ/Sᵢ of the six period values, rounded by GB/T 8170 to 2 decimals.</summary>
    internal decimal IndexOf(decimal so2, decimal no2, decimal pm10, decimal pm25, decimal co, decimal o3) =>
        Gb8170.Round(
            (so2 / Of(Pollutant.So2)) + (no2 / Of(Pollutant.No2)) + (pm10 / Of(Pollutant.Pm10))
            + (pm25 / Of(Pollutant.Pm25)) + (co / Of(Pollutant.Co)) + (o3 / Of(Pollutant.O3)),
            2);

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "SO2 {0}, NO2 {1}, PM10 {2}, PM2.5 {3} µg/m³, CO {4} mg/m³, O3 {5} µg/m³",
        Of(Pollutant.So2),
        Of(Pollutant.No2),
        Of(Pollutant.Pm10),
        Of(Pollutant.Pm25),
        Of(Pollutant.Co),
        Of(Pollutant.O3));

    private static decimal Check(decimal limit, string parameterName) =>
        limit is < MinimumLimit or > MaximumLimit
            ? throw new ArgumentOutOfRangeException(
                parameterName,
                limit,
                string.Format(CultureInfo.InvariantCulture, "A composite-index limit is {0} to {1:N0} in the pollutant's unit; {2} is not a limit of any standard.", MinimumLimit, MaximumLimit, limit))
            : limit;
}
