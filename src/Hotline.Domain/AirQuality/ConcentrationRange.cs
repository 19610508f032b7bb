using System;
using System.Globalization;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// The range of concentrations the library accepts: 0 to <see cref="Maximum"/> in the pollutant's unit (µg/m³, or
/// mg/m³ for CO). No instrument reports more: the IAQI scales end at 3,840 µg/m³ (NO2 1-hour) and 150 mg/m³ (CO
/// 1-hour). The ceiling is checked where values come in, so a wrong input is an <see cref="ArgumentException"/> at
/// once and never an arithmetic overflow in a mean, a percentile or a ranking later.
/// </summary>
public static class ConcentrationRange
{
    /// <summary>The largest concentration accepted: 100,000 in the pollutant's unit.</summary>
    public const decimal Maximum = 100_000m;

    /// <summary>Checks that <paramref name="value"/> lies in 0 … <see cref="Maximum"/>.</summary>
    internal static decimal Check(decimal value, string parameterName)
    {
        if (value < 0m || value > Maximum)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                value,
                string.Format(CultureInfo.InvariantCulture, "A concentration is 0 to {0:N0} in its unit (µg/m³, or mg/m³ for CO); {1} is not a reading any instrument reports.", Maximum, value));
        }

        return value;
    }

    /// <summary>Checks an optional concentration.</summary>
    internal static decimal? Check(decimal? value, string parameterName) => value is { } v ? Check(v, parameterName) : null;
}
