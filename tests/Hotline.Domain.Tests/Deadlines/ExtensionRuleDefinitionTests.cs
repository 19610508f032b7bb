using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>What an <see cref="ExtensionRule"/> allows, how it is bounded, and how it describes itself.</summary>
public class ExtensionRuleDefinitionTests
{
    [Fact]
    public void The_none_rule_allows_no_complexity_no_extension_and_no_day()
    {
        var none = ExtensionRule.None;

        none.MaxExtensions.Should().Be(0);
        none.MaxWorkingDays.Should().Be(0);
        none.Complexities.Should().BeEmpty();
        Complexity.List.Should().OnlyContain(c => !none.Allows(c));
        none.ToString().Should().Be("no extension");
    }

    [Fact]
    public void Once_allows_one_extension_of_at_most_the_given_days_for_the_named_complexities_only()
    {
        var rule = ExtensionRule.Once(5, Complexity.EspeciallyComplex);

        rule.MaxExtensions.Should().Be(1);
        rule.MaxWorkingDays.Should().Be(5);
        rule.Complexities.Should().Equal(Complexity.EspeciallyComplex);
        rule.Allows(Complexity.EspeciallyComplex).Should().BeTrue();
        rule.Allows(Complexity.General).Should().BeFalse();
        rule.Allows(Complexity.Complex).Should().BeFalse();
        rule.ToString().Should().Be("1× up to 5 working days for 特别复杂");
    }

    [Fact]
    public void Times_lists_its_complexities_once_each_in_value_order_and_names_them_in_that_order()
    {
        var rule = ExtensionRule.Times(3, 7, Complexity.EspeciallyComplex, Complexity.General, Complexity.EspeciallyComplex, Complexity.Complex);

        rule.MaxExtensions.Should().Be(3);
        rule.MaxWorkingDays.Should().Be(7);
        rule.Complexities.Should().Equal(Complexity.General, Complexity.Complex, Complexity.EspeciallyComplex);
        rule.ToString().Should().Be("3× up to 7 working days for 一般, 复杂, 特别复杂");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(ExtensionRule.MaxExtensionsLimit)]
    public void The_number_of_extensions_may_be_one_to_ten(int times)
    {
        ExtensionRule.Times(times, 1, Complexity.General).MaxExtensions.Should().Be(times);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(ExtensionRule.MaxExtensionsLimit + 1)]
    public void A_number_of_extensions_outside_one_to_ten_is_refused_naming_the_parameter(int times)
    {
        var act = () => ExtensionRule.Times(times, 1, Complexity.General);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxExtensions");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(HandlingPolicy.MaxLimitInWorkingDays)]
    public void One_extension_may_add_one_to_a_thousand_working_days(int days)
    {
        ExtensionRule.Once(days, Complexity.General).MaxWorkingDays.Should().Be(days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(HandlingPolicy.MaxLimitInWorkingDays + 1)]
    public void Working_days_outside_one_to_a_thousand_are_refused_naming_the_parameter(int days)
    {
        var act = () => ExtensionRule.Once(days, Complexity.General);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxWorkingDays");
    }

    [Fact]
    public void A_rule_without_complexities_is_refused_naming_the_parameter()
    {
        var empty = () => ExtensionRule.Once(5);
        var missing = () => ExtensionRule.Times(1, 5, null!);

        empty.Should().Throw<ArgumentException>().WithParameterName("complexities");
        missing.Should().Throw<ArgumentNullException>().WithParameterName("complexities");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_null_complexity_anywhere_in_the_list_is_refused(int position)
    {
        var complexities = new[] { Complexity.General, Complexity.Complex, Complexity.EspeciallyComplex };
        complexities[position] = null!;

        var act = () => ExtensionRule.Times(2, 5, complexities);

        act.Should().Throw<ArgumentException>().WithParameterName("complexities").WithMessage("*must not include null*");
    }
}
