using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

public class RateTests
{
    [Theory]
    [InlineData(1, 8, "12.5%")] // exact
    [InlineData(1, 16, "6.2%")] // 6.25 → even
    [InlineData(3, 16, "18.8%")] // 18.75 → even
    [InlineData(2, 3, "66.7%")]
    [InlineData(1, 3, "33.3%")]
    [InlineData(0, 5, "0.0%")]
    [InlineData(5, 5, "100.0%")]
    [InlineData(3, 2, "150.0%")]
    [InlineData(0, 0, "n/a")]
    [InlineData(7, 0, "n/a")]
    [InlineData(int.MaxValue, int.MaxValue, "100.0%")]
    [InlineData(1, int.MaxValue, "0.0%")]
    public void Prints_a_percentage_rounded_half_to_even_to_one_decimal(int numerator, int denominator, string expected) =>
        new Rate(numerator, denominator).ToString().Should().Be(expected);

    [Fact]
    public void Value_is_the_quotient_or_null_never_a_division_error()
    {
        new Rate(4, 5).Value.Should().Be(0.8m);
        new Rate(4, 5).Percent.Should().Be(80.0m);
        new Rate(1, 0).Value.Should().BeNull();
        default(Rate).Value.Should().BeNull();
        default(Rate).HasValue.Should().BeFalse();
        default(Rate).Should().Be(new Rate(0, 0));
    }

    [Fact]
    public void Combining_sums_the_counts_never_averages_the_rates()
    {
        var combined = new Rate(9, 10) + new Rate(1, 1);

        combined.Should().Be(new Rate(10, 11));
        combined.ToString().Should().Be("90.9%", "not the 95 % an average of 90 % and 100 % would say");
        new Rate(1, 2).Add(default).Should().Be(new Rate(1, 2));
    }

    [Fact]
    public void Compares_by_cross_multiplying_so_equal_fractions_tie()
    {
        new Rate(1, 3).CompareTo(new Rate(2, 6)).Should().Be(0);
        new Rate(1, 3).Should().NotBe(new Rate(2, 6), "equality is of the counts");
        (new Rate(2, 3) > new Rate(3, 5)).Should().BeTrue();
        (new Rate(int.MaxValue - 1, int.MaxValue) < new Rate(int.MaxValue, int.MaxValue)).Should().BeTrue("long cross-multiplication does not overflow");
        (new Rate(0, 0) < new Rate(0, 1)).Should().BeTrue("no value sorts before any value");
        (new Rate(0, 0) <= new Rate(5, 0)).Should().BeTrue();
        (new Rate(1, 2) >= new Rate(2, 4)).Should().BeTrue();
    }

    [Fact]
    public void Negative_counts_and_overflowing_sums_are_argument_errors()
    {
        FluentActions.Invoking(() => new Rate(-1, 3)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Rate(1, int.MinValue)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Rate(int.MaxValue, int.MaxValue) + new Rate(1, 1)).Should().Throw<ArgumentException>().WithMessage("*exceeds*");
    }

    [Theory]
    [InlineData(97, 100, true)]
    [InlineData(96, 100, false)] // exactly 96 % is not above 96 %
    [InlineData(24, 25, false)] // 96 %
    [InlineData(2413, 2500, true)] // 96.52 %
    public void Above_96_percent_is_checked_exactly_on_the_counts(int numerator, int denominator, bool met) =>
        RateTarget.Above(AssessmentIndicator.CompletionRate, 96m).IsMetBy(new Rate(numerator, denominator)).Should().Be(met);

    [Fact]
    public void Targets_have_four_directions_and_no_value_is_neither_met_nor_missed()
    {
        var exactly = new Rate(24, 25);
        RateTarget.AtLeast(AssessmentIndicator.CompletionRate, 96m).IsMetBy(exactly).Should().BeTrue();
        RateTarget.Below(AssessmentIndicator.ReopenRate, 96m).IsMetBy(exactly).Should().BeFalse();
        RateTarget.AtMost(AssessmentIndicator.ReopenRate, 96m).IsMetBy(exactly).Should().BeTrue();
        RateTarget.AtMost(AssessmentIndicator.ReopenRate, 5m).ToString().Should().Be("重办率 ≤ 5%");
        RateTarget.Above(AssessmentIndicator.CompletionRate, 96m).IsMetBy(default).Should().BeNull();
        FluentActions.Invoking(() => RateTarget.Above(AssessmentIndicator.CompletionRate, 100.1m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => RateTarget.Above(AssessmentIndicator.CompletionRate, -0.1m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => RateTarget.Above(null!, 96m)).Should().Throw<ArgumentException>();
    }
}
