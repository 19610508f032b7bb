using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The accountability rules a review evaluates: at most one <see cref="IAccountabilityRule"/> per
/// <see cref="AccountabilityRule"/>. Immutable: <see cref="With"/>, <see cref="Without"/> and <see cref="Replace"/>
/// return a new set. Start from <see cref="BuiltIn"/>, the library's eleven rules.
/// </summary>
/// <remarks>
/// The order of the rules does not change the review's findings, which come back in the fixed order (unit, ticket,
/// rule value); it is the order in which the rules are evaluated.
/// </remarks>
public sealed class AccountabilityRuleSet
{
    private readonly IAccountabilityRule[] _rules;

    private AccountabilityRuleSet(IAccountabilityRule[] rules)
    {
        _rules = rules;
        OnlyDigestRules = Array.TrueForAll(rules, r => r is IDigestRule);
    }

    /// <summary>
    /// The library's eleven rules (<see cref="BuiltInRules"/>): 超期未办结, 逾期办结, 派单超时, 不当退单, 虚假办结,
    /// 多次重办 (from two reopenings), "四个一"缺失, 签收超时, 联系超时, 协办超时 and 督办未反馈.
    /// </summary>
    public static AccountabilityRuleSet BuiltIn { get; } = new(
    [
        BuiltInRules.OverdueUnreplied,
        BuiltInRules.RepliedLate,
        BuiltInRules.DispatchLate,
        BuiltInRules.ImproperReturn,
        BuiltInRules.FalseCompletion,
        BuiltInRules.RepeatedReopening,
        BuiltInRules.MissingFourOnes,
        BuiltInRules.SignInLate,
        BuiltInRules.ContactLate,
        BuiltInRules.AssistingLate,
        BuiltInRules.SupervisionUnanswered,
    ]);

    /// <summary>The rules, in evaluation order. A read-only view.</summary>
    public IReadOnlyList<IAccountabilityRule> Rules => Array.AsReadOnly(_rules);

    /// <summary>Whether every rule is one of the library's (their findings have unique keys; the review sorts them in place).</summary>
    internal bool OnlyDigestRules { get; }

    internal IAccountabilityRule[] Items => _rules;

    /// <summary>A set with one more rule, evaluated after the others.</summary>
    /// <param name="rule">The rule; its <see cref="IAccountabilityRule.Rule"/> must not be one the set already holds.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null, or reports under no <see cref="AccountabilityRule"/>.</exception>
    /// <exception cref="AccountabilityRuleSetException">The set already holds a rule reporting under the same <see cref="AccountabilityRule"/> (same value or code).</exception>
    public AccountabilityRuleSet With(IAccountabilityRule rule)
    {
        var reported = ReportedBy(rule);
        var index = IndexOf(reported);
        if (index >= 0)
        {
            var held = _rules[index].Rule;
            throw new AccountabilityRuleSetException(
                $"The set already holds a rule reporting under {held.ChineseName} ({held.Name}, value {held.Value}, code {held.Code}); {rule} reports under {reported.ChineseName} ({reported.Name}, value {reported.Value}, code {reported.Code}). A set holds one rule per AccountabilityRule: use Replace to swap it, or give the city's rule its own value and code.");
        }

        var rules = new IAccountabilityRule[_rules.Length + 1];
        _rules.CopyTo(rules, 0);
        rules[_rules.Length] = rule;
        return new AccountabilityRuleSet(rules);
    }

    /// <summary>A set with the rule reporting under <paramref name="rule"/> replaced by <paramref name="rule"/>, in the same place (for example <see cref="RepeatedReopeningRule.Create"/> with another threshold).</summary>
    /// <param name="rule">The new rule.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null, or reports under no <see cref="AccountabilityRule"/>.</exception>
    /// <exception cref="AccountabilityRuleSetException">The set holds no rule reporting under the same <see cref="AccountabilityRule"/>.</exception>
    public AccountabilityRuleSet Replace(IAccountabilityRule rule)
    {
        var reported = ReportedBy(rule);
        var index = IndexOf(reported);
        if (index < 0)
        {
            throw NotHeld(reported, "replace", "With to add it");
        }

        var rules = (IAccountabilityRule[])_rules.Clone();
        rules[index] = rule;
        return new AccountabilityRuleSet(rules);
    }

    /// <summary>A set without the rule reporting under <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule identity to drop.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="AccountabilityRuleSetException">The set holds no rule reporting under <paramref name="rule"/>.</exception>
    public AccountabilityRuleSet Without(AccountabilityRule rule)
    {
        Guard.Against.Null(rule);
        var index = IndexOf(rule);
        if (index < 0)
        {
            throw NotHeld(rule, "drop", "nothing to drop");
        }

        return new AccountabilityRuleSet(_rules.Where((_, i) => i != index).ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _rules.Select(r => r.Rule.ChineseName));

    private static AccountabilityRule ReportedBy(IAccountabilityRule rule)
    {
        Guard.Against.Null(rule);
        return rule.Rule ?? throw new ArgumentException($"The rule {rule} reports under no AccountabilityRule (its Rule is null).", nameof(rule));
    }

    private int IndexOf(AccountabilityRule rule) =>
        Array.FindIndex(_rules, r => r.Rule.Value == rule.Value || string.Equals(r.Rule.Code, rule.Code, StringComparison.Ordinal));

    private AccountabilityRuleSetException NotHeld(AccountabilityRule rule, string verb, string instead) =>
        new($"The set holds no rule reporting under {rule.ChineseName} ({rule.Name}, value {rule.Value}, code {rule.Code}) to {verb}; it holds {this}. Use {instead}.");
}
