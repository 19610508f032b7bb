using System.Collections.Generic;
using System.Globalization;

namespace Hotline.Domain.AirQuality;

/// <summary>A day's AQI as published (<see cref="DailyAqi.Publish"/>): a number, or "NA" when values are missing and the AQI of the others is 100 or less.</summary>
public sealed class PublishedDailyAqi
{
    internal PublishedDailyAqi(AirQualityStandard standard, DailyAqi? value, IReadOnlyList<Pollutant> missing)
    {
        Standard = standard;
        Value = value;
        MissingPollutants = missing;
    }

    /// <summary>The edition the day was published under.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>Whether an AQI is published; <see langword="false"/> means "NA".</summary>
    public bool IsAvailable => Value is not null;

    /// <summary>The day's AQI, or <see langword="null"/> for "NA". Check <see cref="DailyAqi.IsComplete"/>: a day with missing values can still publish an AQI above 100.</summary>
    public DailyAqi? Value { get; }

    /// <summary>The pollutants whose value was missing, in value order; read-only.</summary>
    public IReadOnlyList<Pollutant> MissingPollutants { get; }

    /// <summary>The AQI as printed: the number, or <c>NA</c>.</summary>
    public string Text => Value is { } aqi ? aqi.Aqi.ToString(CultureInfo.InvariantCulture) : "NA";

    /// <inheritdoc />
    public override string ToString() => Text;
}
