using System;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// A target on one indicator, such as "办结率 above 96 %" (<see cref="Above"/>). Checked exactly on the counts
/// (numerator × 100 against percent × denominator), never on a rounded percentage.
/// </summary>
public sealed class RateTarget
{
    private readonly int _sign;
    private readonly bool _strict;

    private RateTarget(AssessmentIndicator indicator, decimal percent, int sign, bool strict)
    {
        Indicator = Guard.Against.Null(indicator);
        if (percent < 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A target is a percentage from 0 to 100.");
        }

        Percent = percent;
        _sign = sign;
        _strict = strict;
    }

    /// <summary>The indicator.</summary>
    public AssessmentIndicator Indicator { get; }

    /// <summary>The threshold, in percent.</summary>
    public decimal Percent { get; }

    /// <summary>The rate must be strictly above <paramref name="percent"/> (the city: 办结率 above 96 %).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="percent">0 to 100.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is null, or <paramref name="percent"/> is outside 0–100.</exception>
    public static RateTarget Above(AssessmentIndicator indicator, decimal percent) => new(indicator, percent, 1, true);

    /// <summary>The rate must be at least <paramref name="percent"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="percent">0 to 100.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is null, or <paramref name="percent"/> is outside 0–100.</exception>
    public static RateTarget AtLeast(AssessmentIndicator indicator, decimal percent) => new(indicator, percent, 1, false);

    /// <summary>The rate must be strictly below <paramref name="percent"/> (for 重办率).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="percent">0 to 100.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is null, or <paramref name="percent"/> is outside 0–100.</exception>
    public static RateTarget Below(AssessmentIndicator indicator, decimal percent) => new(indicator, percent, -1, true);

    /// <summary>The rate must be at most <paramref name="percent"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="percent">0 to 100.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is null, or <paramref name="percent"/> is outside 0–100.</exception>
    public static RateTarget AtMost(AssessmentIndicator indicator, decimal percent) => new(indicator, percent, -1, false);

    /// <summary>Whether <paramref name="rate"/> meets the target, or <see langword="null"/> when the rate has no value.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>Met, missed, or no value.</returns>
    public bool? IsMetBy(Rate rate)
    {
        if (!rate.HasValue)
        {
            return null;
        }

        var byCounts = ((decimal)rate.Numerator * 100m).CompareTo(Percent * rate.Denominator);

        // Stryker disable once Arithmetic : equivalent, _sign is 1 or -1, so dividing by it is multiplying by it.
        var comparison = byCounts * _sign;
        return _strict ? comparison > 0 : comparison >= 0;
    }

    /// <inheritdoc />
    public override string ToString() =>
        // Stryker disable once Equality : equivalent, _sign is 1 or -1, never 0, so _sign >= 0 and _sign > 0 agree.
        $"{Indicator.ChineseName} {(_sign > 0 ? (_strict ? ">" : "≥") : (_strict ? "<" : "≤"))} {Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}%";
}
