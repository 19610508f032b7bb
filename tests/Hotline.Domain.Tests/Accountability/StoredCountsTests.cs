using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

public class StoredCountsTests
{
    private static readonly UnitId Unit = new("住建局");

    [Fact]
    public void Stored_counts_rebuild_an_equal_assessment()
    {
        var report = Assessment.Of(NovemberTickets.All(), NovemberTickets.November, NovemberTickets.AsOf);
        var housing = report.Units[1];

        UnitAssessment.FromCounts(Unit, 6, 6, 5, 4, 3, 4, 3, 3, 1).Should().Be(housing);
        var rebuilt = Assessment.FromUnits(report.Period, report.AsOf, report.Options, report.Units.Reverse().Concat([UnitAssessment.FromCounts(Unit, 1, 0, 0, 0, 0, 0, 0, 0, 0)]));
        rebuilt.Units.Select(u => u.Unit!.Value).Should().Equal("交通局", "住建局", "城管局", "市场监管局");
        rebuilt.Units[1].Dispatched.Should().Be(7, "two lines of the same unit combine");
        rebuilt.CityWide.Dispatched.Should().Be(13);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, 0, 0, 0, 0, 0)]
    [InlineData(1, 2, 0, 0, 0, 0, 0, 0, 0)]
    [InlineData(1, 0, 2, 0, 0, 0, 0, 0, 0)]
    [InlineData(1, 0, 1, 2, 0, 0, 0, 0, 0)]
    [InlineData(1, 0, 1, 1, 2, 0, 0, 0, 0)]
    [InlineData(1, 0, 1, 1, 0, 2, 0, 0, 0)]
    [InlineData(1, 0, 1, 1, 0, 1, 2, 0, 0)]
    [InlineData(1, 0, 1, 1, 0, 1, 0, 2, 0)]
    [InlineData(1, 0, 1, 1, 0, 1, 0, 0, 2)]
    [InlineData(int.MinValue, 0, 0, 0, 0, 0, 0, 0, 0)]
    public void Counts_that_cannot_come_from_tickets_are_argument_errors(int dispatched, int signedFor, int due, int replied, int onTime, int calledBack, int resolved, int satisfied, int reopened) =>
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Unit, dispatched, signedFor, due, replied, onTime, calledBack, resolved, satisfied, reopened))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void Lines_without_a_unit_and_overflowing_sums_are_argument_errors()
    {
        var period = NovemberTickets.November;
        var asOf = NovemberTickets.AsOf;
        FluentActions.Invoking(() => Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [UnitAssessment.FromCounts(null, 1, 1, 1, 1, 1, 1, 1, 1, 1)]))
            .Should().Throw<ArgumentException>().WithMessage("*no unit*");
        FluentActions.Invoking(() => Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [null!])).Should().Throw<ArgumentException>();
        var huge = UnitAssessment.FromCounts(Unit, int.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0);
        FluentActions.Invoking(() => Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [huge, huge])).Should().Throw<ArgumentException>().WithMessage("*exceeds*");
    }
}
