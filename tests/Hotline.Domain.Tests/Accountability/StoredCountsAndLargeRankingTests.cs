using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Stored counts refused with the count at fault, a staff id's rules, and rankings of a whole province's units.</summary>
public class StoredCountsAndLargeRankingTests
{
    private static readonly UnitId Water = new("水务局");

    [Theory]
    [InlineData(0, "dispatched")]
    [InlineData(1, "signedFor")]
    [InlineData(2, "due")]
    [InlineData(3, "replied")]
    [InlineData(4, "repliedOnTime")]
    [InlineData(5, "calledBack")]
    [InlineData(6, "resolved")]
    [InlineData(7, "satisfied")]
    [InlineData(8, "reopened")]
    public void A_negative_stored_count_is_refused_naming_that_count(int which, string parameter)
    {
        var counts = new int[9];
        counts[which] = -1;

        FluentActions.Invoking(() => UnitAssessment.FromCounts(Water, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8]))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Fact]
    public void A_part_larger_than_its_whole_is_refused_with_both_counts_and_the_reason()
    {
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Water, 1, 2, 0, 0, 0, 0, 0, 0, 0)).Should().Throw<ArgumentException>()
            .WithParameterName("signedFor").WithMessage("signedFor (2) cannot exceed dispatched (1): every signedFor ticket is also a dispatched ticket.*");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Water, 3, 0, 3, 2, 0, 1, 2, 0, 0)).Should().Throw<ArgumentException>()
            .WithParameterName("resolved").WithMessage("resolved (2) cannot exceed calledBack (1)*");

        // Every part equal to its whole is allowed.
        UnitAssessment.FromCounts(Water, 5, 5, 5, 5, 5, 5, 5, 5, 5).ReopenRate.Should().Be(new Rate(5, 5));
    }

    [Fact]
    public void A_staff_id_on_duty_must_be_neither_blank_nor_padded()
    {
        FluentActions.Invoking(() => new DutyAssignment(IsoDayOfWeek.Monday, " ")).Should().Throw<ArgumentException>()
            .WithParameterName("staffId").WithMessage("A staff id must not be blank.*");
        FluentActions.Invoking(() => new DutyAssignment(IsoDayOfWeek.Monday, "sw-01 ")).Should().Throw<ArgumentException>()
            .WithParameterName("staffId").WithMessage("A staff id must not start or end with white space: 'sw-01 '.*");
    }

    [Fact]
    public void Tied_units_are_listed_by_unit_id_however_many_there_are()
    {
        // 60 units given in scrambled order; every third has 1/2, the others 3/3 or 6/6 (the same rate).
        var ids = Enumerable.Range(0, 60).Select(i => $"U{(i * 37) % 60:D2}").ToList();
        var lines = ids.Select(id =>
        {
            var n = int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            return n % 3 == 0
                ? UnitAssessment.FromCounts(new UnitId(id), 2, 0, 2, 1, 0, 0, 0, 0, 0)
                : UnitAssessment.FromCounts(new UnitId(id), n % 2 == 0 ? 6 : 3, 0, n % 2 == 0 ? 6 : 3, n % 2 == 0 ? 6 : 3, 0, 0, 0, 0, 0);
        });
        var a = Assessment.FromUnits(November, AsOf, AssessmentOptions.Default, lines);

        var ranks = a.Rank(AssessmentIndicator.CompletionRate, TieRanking.Competition);

        var perfect = Enumerable.Range(0, 60).Where(n => n % 3 != 0).Select(n => $"U{n:D2}");
        var half = Enumerable.Range(0, 60).Where(n => n % 3 == 0).Select(n => $"U{n:D2}");
        ranks.Select(r => r.Unit.Value).Should().Equal(perfect.Concat(half));
        ranks.Select(r => r.Rank).Should().Equal(Enumerable.Repeat<int?>(1, 40).Concat(Enumerable.Repeat<int?>(41, 20)));
        a.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense).Select(r => r.Rank).Should().Equal(Enumerable.Repeat<int?>(1, 40).Concat(Enumerable.Repeat<int?>(2, 20)));
    }
}
