using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>Builds <see cref="ScoreWeights"/>: one positive weight per indicator (<see cref="ScoreWeights.Create"/>).</summary>
public sealed class ScoreWeightsBuilder
{
    /// <summary>The largest weight: far above any published scheme, and small enough that no score can overflow a <see cref="decimal"/>.</summary>
    public const decimal MaxWeight = 1_000_000m;

    private readonly List<(AssessmentIndicator Indicator, decimal Weight)> _weights = [];

    internal ScoreWeightsBuilder()
    {
    }

    /// <summary>Weighs an indicator.</summary>
    /// <param name="indicator">The indicator (once per set).</param>
    /// <param name="weight">Its weight: greater than 0, at most <see cref="MaxWeight"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is null or already weighted, or <paramref name="weight"/> is out of range.</exception>
    public ScoreWeightsBuilder Weight(AssessmentIndicator indicator, decimal weight)
    {
        Guard.Against.Null(indicator);
        Preconditions.OutOfRange(weight <= 0m || weight > MaxWeight, weight, nameof(weight), $"A weight must be greater than 0 and at most {MaxWeight}; {indicator.ChineseName} was given {weight}.");
        if (_weights.Exists(w => ReferenceEquals(w.Indicator, indicator)))
        {
            throw new ArgumentException($"{indicator.ChineseName} ({indicator.Code}) is weighted already; give each indicator one weight.", nameof(indicator));
        }

        _weights.Add((indicator, weight));
        return this;
    }

    /// <summary>The weights.</summary>
    /// <returns>The immutable weights.</returns>
    /// <exception cref="InvalidOperationException">No indicator was weighted.</exception>
    public ScoreWeights Build() =>
        _weights.Count == 0
            ? throw new InvalidOperationException("Weigh at least one indicator before building the score weights.")
            : new ScoreWeights(_weights.ToArray());
}
