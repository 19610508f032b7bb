using System;

namespace Hotline.Domain.AirQuality;

/// <summary>GB/T 8170 rounding ("四舍六入五成双"): round half to even, on <see cref="decimal"/> so that no binary error creeps in.</summary>
public static class Gb8170
{
    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> places, half to even (2.5 → 2, 3.5 → 4, 0.125 → 0.12).</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.ToEven);
}
