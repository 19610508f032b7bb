using System;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The identity an accountability rule's findings report under: the eleven the library checks, after the supervision
/// and accountability provisions (督办、问责) of 国务院办公厅关于进一步优化地方政务服务便民热线的指导意见
/// (国办发〔2020〕53号) and the cities' hotline regulations, or a city's own (<see cref="Define"/>). The value orders
/// the findings of one ticket. The evaluators are <see cref="IAccountabilityRule"/> objects (<see cref="BuiltInRules"/>).
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

    /// <summary>多次重办: the ticket was reopened two or more times (the threshold is the rule's: <see cref="RepeatedReopeningRule.ReopeningsFrom"/>).</summary>
    public static readonly AccountabilityRule RepeatedReopening = new(nameof(RepeatedReopening), 6, "repeated-reopening", "多次重办", AccountableParty.Unit);

    /// <summary>"四个一"缺失: a responsible unit lacks one of the four ones or its duty roster, as the city's hotline regulation requires of responsible units.</summary>
    public static readonly AccountabilityRule MissingFourOnes = new(nameof(MissingFourOnes), 7, "missing-four-ones", "四个一缺失", AccountableParty.Unit);

    /// <summary>签收超时: the unit signed for the latest dispatch at or after its sign-in due instant, or has not by the as-of instant once it has passed.</summary>
    public static readonly AccountabilityRule SignInLate = new(nameof(SignInLate), 8, "sign-in-late", "签收超时", AccountableParty.Unit);

    /// <summary>联系超时: the unit's first contact with the requester after the latest dispatch came at or after its contact due instant, or none by the as-of instant once it has passed.</summary>
    public static readonly AccountabilityRule ContactLate = new(nameof(ContactLate), 9, "contact-late", "联系超时", AccountableParty.Unit);

    /// <summary>协办超时: an assisting unit's report (协办反馈) came at or after its due instant, or has not come once it passed while the assignment ran. Names the assisting unit, not the lead.</summary>
    public static readonly AccountabilityRule AssistingLate = new(nameof(AssistingLate), 10, "assisting-late", "协办超时", AccountableParty.Unit);

    /// <summary>督办未反馈: a supervision's (督办) answer came at or after its due instant, or has not come once it passed while the supervision was open.</summary>
    public static readonly AccountabilityRule SupervisionUnanswered = new(nameof(SupervisionUnanswered), 11, "supervision-unanswered", "督办未反馈", AccountableParty.Unit);

    /// <summary>The lowest value a city's own rule may take: values below it are kept for the library's rules.</summary>
    public const int FirstCityValue = 100;

    private AccountabilityRule(string name, int value, string code, string chineseName, AccountableParty atFault)
        : base(name, value, code, chineseName)
    {
        AtFault = atFault;
    }

    /// <summary>The party at fault when the rule is broken: the platform for <see cref="DispatchLate"/>, the unit otherwise.</summary>
    public AccountableParty AtFault { get; }

    /// <summary>
    /// Defines a city's own rule identity, for an <see cref="IAccountabilityRule"/> of its own (for example Jinan's
    /// 知识库更新超时). Keep the returned instance in a static field and report every finding under it.
    /// </summary>
    /// <remarks>
    /// A defined rule is <b>not</b> one of the vocabulary's items: <c>List</c>,
    /// <see cref="Vocabulary{TEnum}.FromCode"/>, <see cref="Vocabulary{TEnum}.FromValue"/> and <see cref="Vocabulary{TEnum}.Parse"/>
    /// never return it; the integrator reads its own stored codes back. Like every item it equals another with the same
    /// value. Its value orders its findings after the library's on the same ticket.
    /// </remarks>
    /// <param name="name">The C# name (for example <c>KnowledgeBaseLate</c>), not a built-in rule's.</param>
    /// <param name="value">The stable value, <see cref="FirstCityValue"/> or more.</param>
    /// <param name="code">The stable lower-case code (for example <c>jinan-knowledge-base-late</c>), not a built-in rule's.</param>
    /// <param name="chineseName">The Chinese name (for example <c>知识库更新超时</c>).</param>
    /// <param name="atFault">The party at fault when the rule is broken.</param>
    /// <returns>The rule identity.</returns>
    /// <exception cref="ArgumentException">An argument is null or blank, <paramref name="value"/> is below <see cref="FirstCityValue"/>, or the name or code is a built-in rule's.</exception>
    public static AccountabilityRule Define(string name, int value, string code, string chineseName, AccountableParty atFault)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(chineseName);
        Guard.Against.Null(atFault);
        if (value < FirstCityValue)
        {
            throw new ArgumentException(
                $"A city's rule has the value {value}; values below {FirstCityValue} are kept for the library's rules ({string.Join(", ", InValueOrder.Select(r => $"{r.Value} {r.Code}"))}). Use {FirstCityValue} or more.",
                nameof(value));
        }

        if (List.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)) is { } sameCode)
        {
            throw new ArgumentException($"The code '{code}' is the built-in rule {sameCode.Name}'s; a city's rule needs a code of its own (for example with the city's name in front).", nameof(code));
        }

        if (List.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } sameName)
        {
            throw new ArgumentException($"The name '{name}' is the built-in rule {sameName.Name}'s; a city's rule needs a name of its own.", nameof(name));
        }

        return new AccountabilityRule(name, value, code, chineseName, atFault);
    }
}
