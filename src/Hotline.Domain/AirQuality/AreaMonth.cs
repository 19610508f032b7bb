using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>One area's line of input to the ranking: its name, its group, this month and the same month last year.</summary>
/// <param name="Area">The county or district, not blank.</param>
/// <param name="Group">Its group (for example 城区, 平原县, 山区县), not blank.</param>
/// <param name="ThisYear">This month's published values.</param>
/// <param name="LastYear">The same month last year.</param>
public sealed record AreaMonth(string Area, string Group, MonthlyAirQuality ThisYear, MonthlyAirQuality LastYear)
{
    /// <summary>The county or district.</summary>
    public string Area { get; } = Guard.Against.NullOrWhiteSpace(Area).Trim();

    /// <summary>The group it is ranked within.</summary>
    public string Group { get; } = Guard.Against.NullOrWhiteSpace(Group).Trim();

    /// <summary>This month's published values.</summary>
    public MonthlyAirQuality ThisYear { get; } = Guard.Against.Null(ThisYear);

    /// <summary>The same month last year.</summary>
    public MonthlyAirQuality LastYear { get; } = Guard.Against.Null(LastYear);
}
