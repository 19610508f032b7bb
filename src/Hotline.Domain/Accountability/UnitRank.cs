
namespace Hotline.Domain.Accountability;

/// <summary>One line of a unit ranking: the unit, its rate and its rank (none when the rate has no value).</summary>
public sealed class UnitRank
{
    internal UnitRank(UnitId unit, Rate rate, int? rank)
    {
        Unit = unit;
        Rate = rate;
        Rank = rank;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The rate ranked on.</summary>
    public Rate Rate { get; }

    /// <summary>The rank, 1 being best; <see langword="null"/> when <see cref="Rate"/> has no value (such units come last).</summary>
    public int? Rank { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {Unit} {Rate} ({Rate.Numerator}/{Rate.Denominator})";
}
