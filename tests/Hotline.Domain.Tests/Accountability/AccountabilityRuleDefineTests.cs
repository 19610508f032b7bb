using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>A city's own rule identity: outside the seven, refused where it would collide with them.</summary>
public class AccountabilityRuleDefineTests
{
    [Fact]
    public void A_defined_rule_carries_its_keys_and_is_not_one_of_the_vocabularys_items()
    {
        var rule = AccountabilityRule.Define("KnowledgeBaseLate", 101, "jinan-knowledge-base-late", "知识库更新超时", AccountableParty.Unit);

        (rule.Name, rule.Value, rule.Code, rule.ChineseName, rule.AtFault).Should().Be(("KnowledgeBaseLate", 101, "jinan-knowledge-base-late", "知识库更新超时", AccountableParty.Unit));
        AccountabilityRule.List.Should().HaveCount(11).And.NotContain(rule);
        AccountabilityRule.TryFromCode("jinan-knowledge-base-late", out _).Should().BeFalse();
        AccountabilityRule.TryFromValue(101, out _).Should().BeFalse();
        AccountabilityRule.Define("Platform", AccountabilityRule.FirstCityValue, "city-platform", "平台", AccountableParty.Platform).AtFault.Should().Be(AccountableParty.Platform);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_value_below_the_first_city_value_is_refused(int value)
    {
        FluentActions.Invoking(() => AccountabilityRule.Define("Mine", value, "city-mine", "我的", AccountableParty.Unit))
            .Should().Throw<ArgumentException>().WithParameterName(nameof(value))
            .WithMessage($"A city's rule has the value {value}; values below 100 are kept for the library's rules (1 overdue-unreplied, 2 replied-late*). Use 100 or more.*");
    }

    [Fact]
    public void A_built_in_code_or_name_and_blank_or_null_keys_are_refused()
    {
        FluentActions.Invoking(() => AccountabilityRule.Define("Mine", 100, "overdue-unreplied", "我的", AccountableParty.Unit))
            .Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("The code 'overdue-unreplied' is the built-in rule OverdueUnreplied's*");
        FluentActions.Invoking(() => AccountabilityRule.Define("Mine", 100, "Missing-Four-Ones", "我的", AccountableParty.Unit))
            .Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => AccountabilityRule.Define("repliedLate", 100, "city-late", "我的", AccountableParty.Unit))
            .Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("The name 'repliedLate' is the built-in rule RepliedLate's*");
        FluentActions.Invoking(() => AccountabilityRule.Define(" ", 100, "city-mine", "我的", AccountableParty.Unit)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => AccountabilityRule.Define("Mine", 100, "", "我的", AccountableParty.Unit)).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => AccountabilityRule.Define("Mine", 100, "city-mine", null!, AccountableParty.Unit)).Should().Throw<ArgumentException>().WithParameterName("chineseName");
        FluentActions.Invoking(() => AccountabilityRule.Define("Mine", 100, "city-mine", "我的", null!)).Should().Throw<ArgumentException>().WithParameterName("atFault");
    }

    [Fact]
    public void The_ladder_has_no_measure_for_a_city_rule_and_says_the_rule_chooses_its_own()
    {
        var rule = AccountabilityRule.Define("Mine", 100, "city-mine", "我的", AccountableParty.Unit);

        FluentActions.Invoking(() => EscalationLadder.Default.MeasureFor(rule)).Should().Throw<ArgumentException>().WithParameterName("rule")
            .WithMessage("我的 (Mine) is a city's own rule: the ladder has no measure for it, the rule chooses its own*");
        FluentActions.Invoking(() => EscalationLadder.Default.MeasureFor(AccountabilityRule.RepliedLate)).Should().Throw<ArgumentException>()
            .WithMessage("逾期办结 (RepliedLate) is measured by working days past the deadline*");
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(rule, Measure.Reminder)).Should().Throw<EscalationLadderException>()
            .WithMessage("我的 (Mine) is a city's own rule; the ladder holds measures for the library's rules only, and a city's rule chooses its own.");
    }
}
