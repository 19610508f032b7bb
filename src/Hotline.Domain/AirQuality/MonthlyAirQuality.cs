using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// A month's published values for one area, as the disclosure prints them: the composite index (2 decimals), the good
/// days, and the PM2.5, PM10 and O3 (90th percentile of daily max 8-hour) values in µg/m³ as integers.
/// </summary>
/// <remarks>
/// Values are bounded so that no change computed from them can overflow: the composite index is 0 to
/// <see cref="MaximumCompositeIndex"/> with at most 2 decimals (as published), concentrations 0 to
/// <see cref="ConcentrationRange.Maximum"/>.
/// </remarks>
/// <param name="CompositeIndex">The composite index, 0 to <see cref="MaximumCompositeIndex"/>, at most 2 decimals.</param>
/// <param name="GoodDays">Days with AQI ≤ 100, 0 to 31.</param>
/// <param name="Pm25">PM2.5 monthly mean, 0 to <see cref="ConcentrationRange.Maximum"/>.</param>
/// <param name="Pm10">PM10 monthly mean, 0 to <see cref="ConcentrationRange.Maximum"/>.</param>
/// <param name="O3">O3 daily max 8-hour mean, 90th percentile, 0 to <see cref="ConcentrationRange.Maximum"/>.</param>
public sealed record MonthlyAirQuality(decimal CompositeIndex, int GoodDays, int Pm25, int Pm10, int O3)
{
    /// <summary>The largest composite index accepted: six concentrations at <see cref="ConcentrationRange.Maximum"/> over limits of <see cref="CompositeIndexLimits.MinimumLimit"/> stay below it.</summary>
    public const decimal MaximumCompositeIndex = 1_000_000m;

    /// <summary>The composite index, 0 to <see cref="MaximumCompositeIndex"/>, at most 2 decimals.</summary>
    public decimal CompositeIndex { get; } = CheckIndex(CompositeIndex, nameof(CompositeIndex));

    /// <summary>Days with AQI ≤ 100, 0 to 31.</summary>
    public int GoodDays { get; } = Guard.Against.OutOfRange(GoodDays, nameof(GoodDays), 0, 31);

    /// <summary>PM2.5 monthly mean, µg/m³.</summary>
    public int Pm25 { get; } = (int)ConcentrationRange.Check(Pm25, nameof(Pm25));

    /// <summary>PM10 monthly mean, µg/m³.</summary>
    public int Pm10 { get; } = (int)ConcentrationRange.Check(Pm10, nameof(Pm10));

    /// <summary>O3 daily max 8-hour mean, 90th percentile, µg/m³.</summary>
    public int O3 { get; } = (int)ConcentrationRange.Check(O3, nameof(O3));

    /// <summary>The value of one indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value (days for <see cref="AirQualityIndicator.GoodDays"/>).</returns>
    public decimal ValueOf(AirQualityIndicator indicator) => Guard.Against.Null(indicator).Read(this);

    private static decimal CheckIndex(decimal index, string parameterName) =>
        index < 0m || index > MaximumCompositeIndex || index != Gb8170.Round(index, 2)
            ? throw new System.ArgumentOutOfRangeException(
                parameterName,
                index,
                $"A published composite index lies in 0 … {MaximumCompositeIndex:0} with at most 2 decimals (round it with Gb8170.Round(value, 2) first).")
            : index;
}
