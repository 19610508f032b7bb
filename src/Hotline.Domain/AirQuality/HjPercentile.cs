using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>The percentile of HJ 663-2013 annex A.</summary>
public static class HjPercentile
{
    /// <summary>
    /// The <paramref name="p"/>-th percentile: sort ascending, k = 1 + (n − 1)·p/100, s = ⌊k⌋,
    /// mₚ = X₍ₛ₎ + (X₍ₛ₊₁₎ − X₍ₛ₎)(k − s). For {3, 4, 8, 2, 5, 4} and p = 90 it is 6.5.
    /// </summary>
    /// <param name="values">The values: concentrations, each 0 to <see cref="ConcentrationRange.Maximum"/>; at least one.</param>
    /// <param name="p">The percentile, 0 to 100.</param>
    /// <returns>The percentile, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value lies outside 0 … <see cref="ConcentrationRange.Maximum"/>, or <paramref name="p"/> outside 0 … 100.</exception>
    /// <exception cref="AirQualityException">No value was given.</exception>
    public static decimal Of(IEnumerable<decimal> values, decimal p)
    {
        Guard.Against.Null(values);
        Guard.Against.OutOfRange(p, nameof(p), 0m, 100m);
        // Bounded values keep the interpolation below from ever overflowing.
        var sorted = values.Select(v => ConcentrationRange.Check(v, nameof(values))).OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            throw new AirQualityException("A percentile needs at least one value; none was given.");
        }

        var k = 1 + ((sorted.Length - 1) * p / 100m);
        var s = (int)Math.Floor(k);
        var low = sorted[s - 1];
        var high = s < sorted.Length ? sorted[s] : low;
        return low + ((high - low) * (k - s));
    }
}
