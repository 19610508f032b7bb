namespace Hotline.Domain.Accountability;

/// <summary>Options of an <see cref="Assessment"/>. Immutable.</summary>
public sealed class AssessmentOptions
{
    /// <summary>The defaults: 基本满意 counts as satisfied.</summary>
    public static readonly AssessmentOptions Default = new(countBasicallySatisfied: true);

    /// <summary>基本满意 does not count as satisfied (only 非常满意 and 满意 do).</summary>
    public static readonly AssessmentOptions ExcludingBasicallySatisfied = new(countBasicallySatisfied: false);

    /// <summary>Creates options.</summary>
    /// <param name="countBasicallySatisfied">Whether 基本满意 counts as satisfied in <see cref="UnitAssessment.Satisfied"/>.</param>
    public AssessmentOptions(bool countBasicallySatisfied)
    {
        CountBasicallySatisfied = countBasicallySatisfied;
    }

    /// <summary>Whether 基本满意 counts as satisfied (default <see langword="true"/>).</summary>
    public bool CountBasicallySatisfied { get; }

    /// <inheritdoc />
    public override string ToString() => CountBasicallySatisfied ? "满意率 counts 非常满意, 满意 and 基本满意" : "满意率 counts 非常满意 and 满意";
}
