
namespace Hotline.Domain.Accountability;

/// <summary>One unit against a <see cref="RateTarget"/>: its rate and whether it met the target.</summary>
public sealed class TargetCheck
{
    internal TargetCheck(UnitId unit, Rate rate, bool? met)
    {
        Unit = unit;
        Rate = rate;
        Met = met;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The unit's rate on the target's indicator.</summary>
    public Rate Rate { get; }

    /// <summary>Whether the target is met; <see langword="null"/> when the rate has no value.</summary>
    public bool? Met { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Unit} {Rate}: {(Met is null ? "no value" : Met.Value ? "met" : "missed")}";
}
