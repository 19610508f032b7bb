namespace Hotline.Domain.Accountability;

/// <summary>What one <see cref="ExemptionDecision"/> did to an assessment (<see cref="Exclusion.Effect"/>).</summary>
public sealed class ExemptionEffect : Vocabulary<ExemptionEffect>
{
    /// <summary>Approved and in force: the order (or its callback) left the counts of <see cref="Exclusion.Unit"/>.</summary>
    public static readonly ExemptionEffect Removed = new(nameof(Removed), 1, "removed", "已剔除");

    /// <summary>查否: the request was decided against; the order counts as it is.</summary>
    public static readonly ExemptionEffect Rejected = new(nameof(Rejected), 2, "rejected", "查否");

    /// <summary>A later decision for the same order and scope replaced it (an appeal decided by the district or city).</summary>
    public static readonly ExemptionEffect Superseded = new(nameof(Superseded), 3, "superseded", "已被后续决定取代");

    /// <summary>
    /// Approved and in force, but nothing of the order was counted in this assessment: the order was not assessed (not
    /// given, not in the period, never dispatched, or counting nowhere), it was already out by a whole-order exemption,
    /// or a 满意度甄别 found no callback to take out.
    /// </summary>
    public static readonly ExemptionEffect NothingToRemove = new(nameof(NothingToRemove), 4, "nothing-to-remove", "无可剔除");

    private ExemptionEffect(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
