namespace Hotline.Domain.Accountability;

/// <summary>What an approved <see cref="ExemptionDecision"/> takes out of the unit's assessment.</summary>
public sealed class ExemptionScope : Vocabulary<ExemptionScope>
{
    /// <summary>不计入考核: the whole order leaves every count (its unit's and its assisting units').</summary>
    public static readonly ExemptionScope WholeTicket = new(nameof(WholeTicket), 1, "whole-ticket", "不计入考核", "不纳入考核");

    /// <summary>
    /// 满意度甄别: only the callback's judgement leaves 解决率 and 满意率; the order still counts as dispatched, due,
    /// replied and called back.
    /// </summary>
    public static readonly ExemptionScope Satisfaction = new(nameof(Satisfaction), 2, "satisfaction", "满意度甄别", "满意度剔除");

    private ExemptionScope(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
