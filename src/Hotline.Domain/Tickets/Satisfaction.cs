namespace Hotline.Domain.Tickets;

/// <summary>
/// The requester's satisfaction at the callback (回访), on the national five-level scale. 基本满意 counts as satisfied:
/// only <see cref="Dissatisfied"/> and <see cref="VeryDissatisfied"/> allow a reopen.
/// </summary>
public sealed class Satisfaction : Vocabulary<Satisfaction>
{
    /// <summary>非常满意: very satisfied.</summary>
    public static readonly Satisfaction VerySatisfied = new(nameof(VerySatisfied), 1, "very-satisfied", "非常满意", isSatisfied: true);

    /// <summary>满意: satisfied.</summary>
    public static readonly Satisfaction Satisfied = new(nameof(Satisfied), 2, "satisfied", "满意", isSatisfied: true);

    /// <summary>基本满意: basically satisfied (counts as satisfied).</summary>
    public static readonly Satisfaction BasicallySatisfied = new(nameof(BasicallySatisfied), 3, "basically-satisfied", "基本满意", isSatisfied: true);

    /// <summary>不满意: dissatisfied.</summary>
    public static readonly Satisfaction Dissatisfied = new(nameof(Dissatisfied), 4, "dissatisfied", "不满意", isSatisfied: false);

    /// <summary>非常不满意: very dissatisfied.</summary>
    public static readonly Satisfaction VeryDissatisfied = new(nameof(VeryDissatisfied), 5, "very-dissatisfied", "非常不满意", isSatisfied: false);

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: removing the body was checked by
    // hand: it fails 5 tests (every level would count as dissatisfied).
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private Satisfaction(string name, int value, string code, string chineseName, bool isSatisfied)
        : base(name, value, code, chineseName)
    {
        IsSatisfied = isSatisfied;
    }

    /// <summary>Whether the level counts as satisfied (非常满意, 满意, 基本满意).</summary>
    public bool IsSatisfied { get; }
}
