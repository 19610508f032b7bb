namespace Hotline.Domain.Accountability;

/// <summary>One unit's composite score and its rank (<see cref="Assessment.RankByScore"/>).</summary>
public sealed class UnitScore
{
    internal UnitScore(UnitId unit, decimal? score, int? rank)
    {
        Unit = unit;
        Score = score;
        Rank = rank;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Its score, 0–100, or <see langword="null"/> when no weighted indicator has a value.</summary>
    public decimal? Score { get; }

    /// <summary>Its rank (1 is best), or <see langword="null"/> when it has no score.</summary>
    public int? Rank { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {Unit} {(Score is { } s ? s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a")}";
}
