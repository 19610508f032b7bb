namespace Hotline.Domain.Deadlines;

/// <summary>
/// Why an extension (延期) was refused: the part of the policy's <see cref="ExtensionRule"/> it broke. Carried by every
/// <see cref="ExtensionRefusedException"/>, whether a <see cref="HandlingDeadline"/> or a work order refused it.
/// </summary>
public sealed class ExtensionRefusal : Vocabulary<ExtensionRefusal>
{
    /// <summary>The rule does not extend orders of this complexity.</summary>
    public static readonly ExtensionRefusal ComplexityNotExtended = new(nameof(ComplexityNotExtended), 1, "complexity-not-extended", "该复杂程度不可延期");

    /// <summary>The rule's extensions are used up: on a work order a denied request uses one up too.</summary>
    public static readonly ExtensionRefusal NoExtensionsLeft = new(nameof(NoExtensionsLeft), 2, "no-extensions-left", "延期次数已用完");

    /// <summary>More working days than the rule's maximum (or fewer than one).</summary>
    public static readonly ExtensionRefusal WorkingDaysOutOfRange = new(nameof(WorkingDaysOutOfRange), 3, "working-days-out-of-range", "超过延期上限");

    /// <summary>Asked at or after the deadline in force (its <see cref="HandlingDeadline.DueAt"/>), or with no deadline running.</summary>
    public static readonly ExtensionRefusal RequestedTooLate = new(nameof(RequestedTooLate), 4, "requested-too-late", "须在期限前申请延期");

    /// <summary>A statutory handling period (法定办理期限) replaced the hotline's limit: the law's period is not extended here.</summary>
    public static readonly ExtensionRefusal StatutoryPeriodInForce = new(nameof(StatutoryPeriodInForce), 5, "statutory-period-in-force", "已适用法定期限");

    private ExtensionRefusal(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
