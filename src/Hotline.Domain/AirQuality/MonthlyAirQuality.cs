using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// A month's published values for one area, as the disclosure prints them: the composite index (2 decimals), the good
/// days, and the PM2.5, PM10 and O3 (90th percentile of daily max 8-hour) values in µg/m³ as integers.
/// </summary>
/// <param name="CompositeIndex">The composite index, 0 or more.</param>
/// <param name="GoodDays">Days with AQI ≤ 100, 0 to 31.</param>
/// <param name="Pm25">PM2.5 monthly mean, 0 or more.</param>
/// <param name="Pm10">PM10 monthly mean, 0 or more.</param>
/// <param name="O3">O3 daily max 8-hour mean, 90th percentile, 0 or more.</param>
public sealed record MonthlyAirQuality(decimal CompositeIndex, int GoodDays, int Pm25, int Pm10, int O3)
{
    /// <summary>The composite index, 0 or more.</summary>
    public decimal CompositeIndex { get; } = Guard.Against.Negative(CompositeIndex);

    /// <summary>Days with AQI ≤ 100, 0 to 31.</summary>
    public int GoodDays { get; } = Guard.Against.OutOfRange(GoodDays, nameof(GoodDays), 0, 31);

    /// <summary>PM2.5 monthly mean, µg/m³.</summary>
    public int Pm25 { get; } = Guard.Against.Negative(Pm25);

    /// <summary>PM10 monthly mean, µg/m³.</summary>
    public int Pm10 { get; } = Guard.Against.Negative(Pm10);

    /// <summary>O3 daily max 8-hour mean, 90th percentile, µg/m³.</summary>
    public int O3 { get; } = Guard.Against.Negative(O3);

    /// <summary>The value of one indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value (days for <see cref="AirQualityIndicator.GoodDays"/>).</returns>
    public decimal ValueOf(AirQualityIndicator indicator) => Guard.Against.Null(indicator).Read(this);
}
