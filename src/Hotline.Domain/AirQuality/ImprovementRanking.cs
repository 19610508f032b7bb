using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// The monthly improvement ranking (空气质量改善情况): per area, the change of each indicator against the same month
/// last year and its rank within the area's group by improvement, not by level.
/// </summary>
public static class ImprovementRanking
{
    /// <summary>Ranks areas within their groups.</summary>
    /// <remarks>
    /// Percent changes are (this − last) / last × 100 from the published values, rounded half to even to 1 decimal; a
    /// lower change ranks higher. Good days change by (this − last) days; more ranks higher. Ties share a rank, densely
    /// or by competition. Rows come back grouped in the order groups first appear, areas in input order.
    /// </remarks>
    /// <param name="areas">One line per area.</param>
    /// <param name="ties">How ties share a rank.</param>
    /// <returns>One row per area, read-only.</returns>
    /// <exception cref="AirQualityException">An area is given twice, or last year's value of a percentage indicator is zero.</exception>
    public static IReadOnlyList<ImprovementRow> Rank(IEnumerable<AreaMonth> areas, TieRanking ties)
    {
        Guard.Against.Null(areas);
        Guard.Against.Null(ties);
        var lines = areas.ToList();
        if (lines.Any(l => l is null))
        {
            throw new System.ArgumentException("An area line is null.", nameof(areas));
        }

        var twice = lines.GroupBy(l => l.Area).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new AirQualityException($"Area '{twice.Key}' is given {twice.Count()} times; each area appears once in the table.");
        }

        var changes = lines.ToDictionary(l => l, l => AirQualityIndicator.InValueOrder.ToDictionary(i => i, i => ChangeOf(l, i)));
        var ranks = lines.ToDictionary(l => l, _ => new Dictionary<AirQualityIndicator, int>());
        foreach (var group in lines.GroupBy(l => l.Group))
        {
            foreach (var indicator in AirQualityIndicator.InValueOrder)
            {
                var ordered = group.Select(l => changes[l][indicator]).Distinct().ToList();
                ordered.Sort(indicator.CompareImprovement);
                foreach (var line in group)
                {
                    var change = changes[line][indicator];
                    ranks[line][indicator] = ties == TieRanking.Dense
                        ? ordered.IndexOf(change) + 1
                        : group.Count(other => indicator.CompareImprovement(changes[other][indicator], change) < 0) + 1;
                }
            }
        }

        return System.Array.AsReadOnly(lines.GroupBy(l => l.Group).SelectMany(g => g).Select(l => new ImprovementRow(l, changes[l], ranks[l])).ToArray());
    }

    private static decimal ChangeOf(AreaMonth line, AirQualityIndicator indicator)
    {
        var now = line.ThisYear.ValueOf(indicator);
        var before = line.LastYear.ValueOf(indicator);
        if (!indicator.IsPercentChange)
        {
            return now - before;
        }

        if (before == 0)
        {
            throw new AirQualityException(
                $"{line.Area}: last year's {indicator.ChineseName} is 0, so its percentage change is undefined. Check the input; a published value is never 0.");
        }

        return Gb8170.Round((now - before) / before * 100m, 1);
    }
}
