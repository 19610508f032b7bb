using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>One area's row of the monthly improvement table: per indicator, this month's value, the change and the rank within the group.</summary>
public sealed class ImprovementRow
{
    private readonly Dictionary<AirQualityIndicator, decimal> _changes;
    private readonly Dictionary<AirQualityIndicator, int> _ranks;

    internal ImprovementRow(AreaMonth input, Dictionary<AirQualityIndicator, decimal> changes, Dictionary<AirQualityIndicator, int> ranks)
    {
        Input = input;
        _changes = changes;
        _ranks = ranks;
    }

    /// <summary>The county or district.</summary>
    public string Area => Input.Area;

    /// <summary>Its group.</summary>
    public string Group => Input.Group;

    /// <summary>The input line the row was computed from.</summary>
    public AreaMonth Input { get; }

    /// <summary>This month's value of an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value.</returns>
    public decimal Value(AirQualityIndicator indicator) => Input.ThisYear.ValueOf(indicator);

    /// <summary>
    /// The change against the same month last year: a percentage to 1 decimal (GB/T 8170) computed from the rounded
    /// published values, or for good days the signed difference in days.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The change.</returns>
    public decimal Change(AirQualityIndicator indicator) => _changes[Guard.Against.Null(indicator)];

    /// <summary>The rank within the group by improvement (1 is the best).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The rank.</returns>
    public int Rank(AirQualityIndicator indicator) => _ranks[Guard.Against.Null(indicator)];
}
