namespace Hotline.Domain.Accountability;

/// <summary>
/// The accountability rules (BRIEF §6) the review checks. Each has a small evaluator that reads a ticket's digest at an
/// as-of instant and yields zero or more <see cref="Finding"/>s; the value orders findings of one ticket.
/// </summary>
public sealed class AccountabilityRule : Vocabulary<AccountabilityRule>
{
    /// <summary>超期未办结: not replied, and the deadline in force (extension included) has passed.</summary>
    public static readonly AccountabilityRule OverdueUnreplied = new(nameof(OverdueUnreplied), 1, "overdue-unreplied", "超期未办结", AccountableParty.Unit);

    /// <summary>逾期办结: the latest handling round's reply came at or after its deadline.</summary>
    public static readonly AccountabilityRule RepliedLate = new(nameof(RepliedLate), 2, "replied-late", "逾期办结", AccountableParty.Unit);

    /// <summary>派单超时: the platform's own fault — the first dispatch came after the policy's dispatch service level.</summary>
    public static readonly AccountabilityRule DispatchLate = new(nameof(DispatchLate), 3, "dispatch-late", "派单超时", AccountableParty.Platform);

    /// <summary>不当退单: the unit returned the order and the platform rejected the return (推诿扯皮).</summary>
    public static readonly AccountabilityRule ImproperReturn = new(nameof(ImproperReturn), 4, "improper-return", "不当退单", AccountableParty.Unit);

    /// <summary>虚假办结: a reply said the matter was resolved and the callback found it unresolved (in any round).</summary>
    public static readonly AccountabilityRule FalseCompletion = new(nameof(FalseCompletion), 5, "false-completion", "虚假办结", AccountableParty.Unit);

    /// <summary>多次重办: the ticket was reopened two or more times (the threshold is in the <see cref="EscalationLadder"/>).</summary>
    public static readonly AccountabilityRule RepeatedReopening = new(nameof(RepeatedReopening), 6, "repeated-reopening", "多次重办", AccountableParty.Unit);

    /// <summary>"四个一"缺失: a responsible unit lacks one of the four ones or its duty roster (BRIEF §5).</summary>
    public static readonly AccountabilityRule MissingFourOnes = new(nameof(MissingFourOnes), 7, "missing-four-ones", "四个一缺失", AccountableParty.Unit);

    private AccountabilityRule(string name, int value, string code, string chineseName, AccountableParty atFault)
        : base(name, value, code, chineseName)
    {
        AtFault = atFault;
    }

    /// <summary>The party at fault when the rule is broken: the platform for <see cref="DispatchLate"/>, the unit otherwise.</summary>
    public AccountableParty AtFault { get; }
}
