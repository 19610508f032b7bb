using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The supervision and joint counts stored beside the others: added in a step of their own, checked as the others are.</summary>
public class StoredJointCountsTests
{
    private static readonly UnitId Urban = new("城管局");

    private static UnitAssessment Stored(int dispatched = 4) => UnitAssessment.FromCounts(Urban, dispatched, 4, 3, 3, 2, 2, 2, 1, 0, 3, 2, 3, 3);

    [Fact]
    public void The_counts_are_added_to_a_copy_keeping_every_other_count()
    {
        var before = Stored();

        var with = before.WithSupervisionAndJointCounts(2, 3, 1);

        (with.Reminded, with.AssistingDue, with.AssistingOnTime).Should().Be((2, 3, 1));
        (before.Reminded, before.AssistingDue, before.AssistingOnTime).Should().Be((0, 0, 0), "the assessment it came from is unchanged");
        with.WithSupervisionAndJointCounts(0, 0, 0).Should().Be(before);
        (with.Unit, with.Dispatched, with.Signed, with.Due, with.Replied, with.RepliedOnTime, with.CalledBack, with.Resolved, with.Satisfied, with.Reopened)
            .Should().Be((Urban, 4, 4, 3, 3, 2, 2, 2, 1, 0));
        (with.SignInsDue, with.SignedInOnTime, with.ContactsDue, with.ContactedOnTime).Should().Be((3, 2, 3, 3));
        UnitAssessment.FromCounts(Urban, 0, 0, 0, 0, 0, 0, 0, 0, 0).WithSupervisionAndJointCounts(0, 5, 5).AssistingOnTimeRate
            .Should().Be(new Rate(5, 5), "a unit that only assists has no ticket of its own");
    }

    [Theory]
    [InlineData(-1, 0, 0, "reminded")]
    [InlineData(0, -1, 0, "assistingDue")]
    [InlineData(0, 0, -1, "assistingOnTime")]
    [InlineData(5, 0, 0, "reminded")]
    [InlineData(0, 1, 2, "assistingOnTime")]
    [InlineData(int.MinValue, 0, 0, "reminded")]
    public void Counts_that_cannot_come_from_tickets_are_argument_errors_naming_the_count(int reminded, int assistingDue, int assistingOnTime, string parameter) =>
        FluentActions.Invoking(() => Stored().WithSupervisionAndJointCounts(reminded, assistingDue, assistingOnTime))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void The_refusal_says_which_count_exceeds_which()
    {
        FluentActions.Invoking(() => Stored().WithSupervisionAndJointCounts(5, 0, 0)).Should().Throw<ArgumentException>()
            .WithMessage("reminded (5) cannot exceed Dispatched (4)*");
        FluentActions.Invoking(() => Stored().WithSupervisionAndJointCounts(4, 1, 2)).Should().Throw<ArgumentException>()
            .WithMessage("assistingOnTime (2) cannot exceed assistingDue (1)*");
    }

    [Fact]
    public void Assisting_counts_combine_and_refuse_to_overflow_naming_the_count()
    {
        var full = UnitAssessment.FromCounts(Urban, 0, 0, 0, 0, 0, 0, 0, 0, 0).WithSupervisionAndJointCounts(0, int.MaxValue, 1);
        var one = UnitAssessment.FromCounts(Urban, 1, 0, 0, 0, 0, 0, 0, 0, 0).WithSupervisionAndJointCounts(1, 1, 1);

        one.Combine(one).Should().Be(UnitAssessment.FromCounts(Urban, 2, 0, 0, 0, 0, 0, 0, 0, 0).WithSupervisionAndJointCounts(2, 2, 2));
        FluentActions.Invoking(() => full.Combine(one)).Should().Throw<ArgumentException>().WithParameterName("other")
            .WithMessage("The combined assisting reports due count (2147483648) exceeds 2147483647*");
    }
}
