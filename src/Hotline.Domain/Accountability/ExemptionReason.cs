namespace Hotline.Domain.Accountability;

/// <summary>
/// Why an order is asked to be left out of a unit's assessment (考核甄别): the grounds the platform, the district or the
/// city decides on after the fact (<see cref="ExemptionDecision"/>).
/// </summary>
public sealed class ExemptionReason : Vocabulary<ExemptionReason>
{
    /// <summary>不合理诉求: the request asks for what no rule grants (an unreasonable demand).</summary>
    public static readonly ExemptionReason Unreasonable = new(nameof(Unreasonable), 1, "unreasonable", "不合理诉求", "诉求不合理");

    /// <summary>超职责范围: the request lies beyond the unit's duties (another level's or body's matter).</summary>
    public static readonly ExemptionReason BeyondDuty = new(nameof(BeyondDuty), 2, "beyond-duty", "超职责范围", "超出职责范围");

    /// <summary>其他: another ground, stated in <see cref="ExemptionDecision.Grounds"/>.</summary>
    public static readonly ExemptionReason Other = new(nameof(Other), 3, "other", "其他");

    private ExemptionReason(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
