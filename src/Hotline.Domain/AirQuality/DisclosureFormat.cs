using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>The disclosure table's printing conventions.</summary>
public static class DisclosureFormat
{
    private const int MaximumGoodDaysChange = 31;

    /// <summary>A change in good days: "增加7天", "减少1天", or "--" for no change.</summary>
    /// <param name="days">The signed change in days, −31 to 31 (a month has at most 31 good days).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> lies outside −31 … 31.</exception>
    public static string GoodDaysChange(int days) =>
        days is < -MaximumGoodDaysChange or > MaximumGoodDaysChange
            ? throw new ArgumentOutOfRangeException(nameof(days), days, $"A change in good days lies in -{MaximumGoodDaysChange} … {MaximumGoodDaysChange}: a month has at most {MaximumGoodDaysChange} days.")
        : days > 0 ? $"增加{days.ToString(CultureInfo.InvariantCulture)}天"
        : days < 0 ? $"减少{(-days).ToString(CultureInfo.InvariantCulture)}天"
        : "--";

    /// <summary>A percentage change with its sign and 1 decimal: "+2.5%", "-3.0%", "0.0%".</summary>
    /// <param name="percent">The change in percent; a value with more decimals is rounded by GB/T 8170 first (half to even), and the sign is that of the rounded value.</param>
    /// <returns>The text.</returns>
    public static string PercentChange(decimal percent)
    {
        // Round before choosing the sign: 0.04 prints "0.0%", not "+0.0%"; and half to even, as the disclosure rounds.
        var rounded = Gb8170.Round(percent, 1);
        return (rounded > 0 ? "+" : string.Empty) + rounded.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>An indicator's change as the table prints it.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="change">The change from <see cref="ImprovementRow.Change"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A change in good days that is not a whole number in −31 … 31.</exception>
    public static string Change(AirQualityIndicator indicator, decimal change) =>
        Guard.Against.Null(indicator).IsPercentChange ? PercentChange(change)
        : change is < -MaximumGoodDaysChange or > MaximumGoodDaysChange || change != decimal.Truncate(change)
            ? throw new ArgumentOutOfRangeException(nameof(change), change, $"A change in good days is a whole number in -{MaximumGoodDaysChange} … {MaximumGoodDaysChange}.")
            : GoodDaysChange((int)change);

    /// <summary>
    /// An indicator's value as the table prints it: the composite index with 2 decimals, the others as integers; a
    /// value with more decimals is rounded by GB/T 8170 (half to even), not by the formatter (half away from zero).
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Value(AirQualityIndicator indicator, decimal value)
    {
        if (Guard.Against.Null(indicator) == AirQualityIndicator.CompositeIndex)
        {
            return Gb8170.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
        }

        // Stryker disable once String : equivalent, a value rounded to 0 decimals prints the same with the "0" format or without one.
        return Gb8170.Round(value, 0).ToString("0", CultureInfo.InvariantCulture);
    }
}
