using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The callback counts stored beside the others (无法回访, 满意度甄别): added in a step of their own.</summary>
public class StoredCallbackCountsTests
{
    private static readonly UnitId Housing = new("住建局");

    // 派单 8, 签收 8, 应办结 8, 办结 7, 按时 7, 回访 6, 解决 4, 满意 4.
    private static UnitAssessment Stored() => UnitAssessment.FromCounts(Housing, 8, 8, 8, 7, 7, 6, 4, 4, 0);

    [Fact]
    public void The_counts_move_the_denominators_of_the_callback_rates_and_keep_every_other_count()
    {
        var before = Stored();

        var with = before.WithCallbackCounts(1, 1);

        (with.UnreachableCallbacks, with.ExemptCallbacks, with.CallbacksDue, with.CallbacksAssessed).Should().Be((1, 1, 6, 5));
        (with.CallbackRate, with.ResolutionRate, with.SatisfactionRate).Should().Be((new Rate(6, 6), new Rate(4, 5), new Rate(4, 5)));
        (before.CallbackRate, before.ResolutionRate, before.UnreachableCallbacks).Should().Be((new Rate(6, 7), new Rate(4, 6), 0));
        with.WithCallbackCounts(0, 0).Should().Be(before);
        with.Should().NotBe(before.WithCallbackCounts(1, 0)).And.NotBe(before.WithCallbackCounts(0, 1));
        (with.Dispatched, with.Replied, with.CalledBack, with.Resolved, with.Satisfied).Should().Be((8, 7, 6, 4, 4));
        with.Combine(with).Should().Be(UnitAssessment.FromCounts(Housing, 16, 16, 16, 14, 14, 12, 8, 8, 0).WithCallbackCounts(2, 2));
    }

    [Theory]
    [InlineData(-1, 0, "unreachableCallbacks")]
    [InlineData(0, -1, "exemptCallbacks")]
    [InlineData(2, 0, "unreachableCallbacks")]
    [InlineData(0, 7, "exemptCallbacks")]
    [InlineData(0, 3, "exemptCallbacks")]
    [InlineData(int.MinValue, 0, "unreachableCallbacks")]
    public void Counts_that_cannot_come_from_tickets_are_argument_errors_naming_the_count(int unreachable, int exempt, string parameter) =>
        FluentActions.Invoking(() => Stored().WithCallbackCounts(unreachable, exempt)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void The_refusal_says_which_count_exceeds_which()
    {
        FluentActions.Invoking(() => Stored().WithCallbackCounts(2, 0)).Should().Throw<ArgumentException>()
            .WithMessage("unreachableCallbacks (2) cannot exceed Replied − CalledBack (1)*");
        FluentActions.Invoking(() => Stored().WithCallbackCounts(0, 7)).Should().Throw<ArgumentException>()
            .WithMessage("exemptCallbacks (7) cannot exceed CalledBack (6)*");
        FluentActions.Invoking(() => Stored().WithCallbackCounts(0, 3)).Should().Throw<ArgumentException>()
            .WithMessage("exemptCallbacks (3) leaves 3 assessed callback(s), fewer than the resolved (4) or satisfied (4) ones*");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 8, 8, 8, 7, 7, 6, 2, 4, 0).WithCallbackCounts(0, 3)).Should().Throw<ArgumentException>()
            .WithMessage("*satisfied (4)*");
        UnitAssessment.FromCounts(Housing, 8, 8, 8, 7, 7, 6, 4, 2, 0).WithCallbackCounts(0, 2).CallbacksAssessed.Should().Be(4);
    }
}
