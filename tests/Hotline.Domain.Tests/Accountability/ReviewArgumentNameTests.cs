using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Every overload of <see cref="AccountabilityReview.Review(IEnumerable{Ticket}, Instant)"/> names its parameter <c>asOf</c> when it refuses the instant.</summary>
public class ReviewArgumentNameTests
{
    public static TheoryData<long> OutOfRange => new() { long.MinValue, long.MaxValue };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Every_review_overload_names_asOf_when_the_instant_is_out_of_range(long which)
    {
        var asOf = which == long.MinValue ? Preconditions.Earliest - Duration.Epsilon : Preconditions.Latest + Duration.Epsilon;
        Ticket[] none = [];
        ResponsibleUnit[] noUnits = [];

        FluentActions.Invoking(() => AccountabilityReview.Review(none, asOf)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => AccountabilityReview.Review(none, asOf, EscalationLadder.Default)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => AccountabilityReview.Review(none, noUnits, asOf, EscalationLadder.Default)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => AccountabilityReview.Review(none, noUnits, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf").WithMessage("*is outside the supported range*");
    }

    [Fact]
    public void The_rule_set_overload_names_its_null_arguments()
    {
        var asOf = Instant.FromUtc(2026, 12, 1, 1, 0);
        Ticket[] none = [];
        ResponsibleUnit[] noUnits = [];

        FluentActions.Invoking(() => AccountabilityReview.Review(none, noUnits, asOf, EscalationLadder.Default, null!)).Should().Throw<ArgumentException>().WithParameterName("rules");
        FluentActions.Invoking(() => AccountabilityReview.Review(none, noUnits, asOf, null!, AccountabilityRuleSet.BuiltIn)).Should().Throw<ArgumentException>().WithParameterName("ladder");
        FluentActions.Invoking(() => AccountabilityReview.Review(none, null!, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn)).Should().Throw<ArgumentException>().WithParameterName("units");
        FluentActions.Invoking(() => AccountabilityReview.Review(null!, noUnits, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn)).Should().Throw<ArgumentException>().WithParameterName("tickets");
        AccountabilityReview.Review(none, noUnits, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn).Should().BeEmpty();
    }
}
