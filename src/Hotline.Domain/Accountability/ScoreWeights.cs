using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The weights of a unit's composite score (综合得分): score = Σ wᵢ · rateᵢ · 100 ÷ Σ wᵢ over the weighted indicators
/// whose rate has a value (<see cref="UnitAssessment.Score"/>). Build with <see cref="Create"/>; immutable.
/// </summary>
public sealed class ScoreWeights
{
    private readonly (AssessmentIndicator Indicator, decimal Weight)[] _weights;

    internal ScoreWeights((AssessmentIndicator Indicator, decimal Weight)[] weights)
    {
        _weights = weights;
    }

    /// <summary>响应率 30, 解决率 35, 满意率 35: the weights cities publish for 响应率、解决率、满意率 (“三率”).</summary>
    public static ScoreWeights ResponseResolutionSatisfaction { get; } = Create()
        .Weight(AssessmentIndicator.ResponseRate, 30)
        .Weight(AssessmentIndicator.ResolutionRate, 35)
        .Weight(AssessmentIndicator.SatisfactionRate, 35)
        .Build();

    /// <summary>The weighted indicators, in the order they were given. A read-only view.</summary>
    public IReadOnlyList<AssessmentIndicator> Indicators => Array.AsReadOnly(_weights.Select(w => w.Indicator).ToArray());

    /// <summary>Starts a set of weights.</summary>
    /// <returns>An empty builder.</returns>
    public static ScoreWeightsBuilder Create() => new();

    /// <summary>The weight of an indicator, 0 when it is not weighted.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Its weight.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is null.</exception>
    public decimal WeightOf(AssessmentIndicator indicator)
    {
        Guard.Against.Null(indicator);
        foreach (var (i, w) in _weights)
        {
            if (ReferenceEquals(i, indicator))
            {
                return w;
            }
        }

        return 0m;
    }

    // Σ wᵢ·rateᵢ·100 ÷ Σ wᵢ over the indicators with a value; a lower-first indicator enters as 1 − rate, at least 0 (重办率
    // may exceed 100 % while reopened orders await their reply). Each term is w·100·n ÷ d: one division per term.
    internal decimal? ScoreOf(UnitAssessment unit)
    {
        var sum = 0m;
        var weights = 0m;
        foreach (var (indicator, w) in _weights)
        {
            var rate = indicator.RateOf(unit);
            if (!rate.HasValue)
            {
                continue;
            }

            var top = indicator.HigherIsBetter ? rate.Numerator : Math.Max(0, rate.Denominator - rate.Numerator);
            sum += w * 100m * top / rate.Denominator;
            weights += w;
        }

        return weights == 0m ? null : sum / weights;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", _weights.Select(w => w.Indicator.ChineseName + " " + w.Weight.ToString(CultureInfo.InvariantCulture)));
}
