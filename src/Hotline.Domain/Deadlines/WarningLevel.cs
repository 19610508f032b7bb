namespace Hotline.Domain.Deadlines;

/// <summary>The early-warning light of a work order (红黄灯): normal, due soon (yellow) or overdue (red).</summary>
public sealed class WarningLevel : Vocabulary<WarningLevel>
{
    /// <summary>正常: more working days remain than the policy's due-soon threshold.</summary>
    public static readonly WarningLevel Normal = new(nameof(Normal), 1, "normal", "正常", "绿灯");

    /// <summary>临期 (黄灯): the deadline is near; by default, on its last working day.</summary>
    public static readonly WarningLevel DueSoon = new(nameof(DueSoon), 2, "due-soon", "临期", "黄灯");

    /// <summary>超期 (红灯): at or after the due instant.</summary>
    public static readonly WarningLevel Overdue = new(nameof(Overdue), 3, "overdue", "超期", "红灯");

    private WarningLevel(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
