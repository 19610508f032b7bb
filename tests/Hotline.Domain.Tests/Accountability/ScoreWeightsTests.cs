using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The composite score: Σ wᵢ · rateᵢ · 100 ÷ Σ wᵢ over the weighted indicators with a value.</summary>
public class ScoreWeightsTests
{
    // 派单 10, 签收 10, 应办结 8, 办结 8, 按时 6, 回访 6, 解决 3, 满意 5, 重办 2.
    private static readonly UnitAssessment Line = UnitAssessment.FromCounts(Housing, 10, 10, 8, 8, 6, 6, 3, 5, 2);

    [Fact]
    public void The_published_weights_are_response_30_resolution_35_satisfaction_35()
    {
        var w = ScoreWeights.ResponseResolutionSatisfaction;

        w.Indicators.Should().Equal(AssessmentIndicator.ResponseRate, AssessmentIndicator.ResolutionRate, AssessmentIndicator.SatisfactionRate);
        (w.WeightOf(AssessmentIndicator.ResponseRate), w.WeightOf(AssessmentIndicator.ResolutionRate), w.WeightOf(AssessmentIndicator.SatisfactionRate), w.WeightOf(AssessmentIndicator.ReopenRate))
            .Should().Be((30m, 35m, 35m, 0m));
        w.ToString().Should().Be("响应率 30, 解决率 35, 满意率 35");
    }

    [Fact]
    public void Indicators_without_a_value_leave_the_sum_and_the_weights()
    {
        // 响应率 has no value (no contact limit): (35 × 3/6 + 35 × 5/6) × 100 ÷ 70 = 66.66…
        Line.Score(ScoreWeights.ResponseResolutionSatisfaction).Should().Be(35m * 100m * 3 / 6 / 70 + 35m * 100m * 5 / 6 / 70);
        Math.Round(Line.Score(ScoreWeights.ResponseResolutionSatisfaction)!.Value, 10).Should().Be(66.6666666667m);
        UnitAssessment.FromCounts(Housing, 1, 0, 0, 0, 0, 0, 0, 0, 0).Score(ScoreWeights.ResponseResolutionSatisfaction).Should().BeNull();
    }

    [Fact]
    public void A_lower_first_indicator_enters_as_one_minus_its_rate_and_never_below_zero()
    {
        var weights = ScoreWeights.Create().Weight(AssessmentIndicator.OnTimeCompletionRate, 2).Weight(AssessmentIndicator.ReopenRate, 1).Build();

        // (2 × 6/8 + 1 × (1 − 2/8)) × 100 ÷ 3 = (150 + 75) ÷ 3 = 75.
        Line.Score(weights).Should().Be(75m);
        var reopenedMore = UnitAssessment.FromCounts(Housing, 3, 3, 1, 1, 1, 0, 0, 0, 3); // 重办率 300 %
        reopenedMore.Score(ScoreWeights.Create().Weight(AssessmentIndicator.ReopenRate, 1).Build()).Should().Be(0m);
    }

    [Fact]
    public void Weights_are_positive_bounded_once_per_indicator_and_at_least_one()
    {
        var builder = ScoreWeights.Create();
        FluentActions.Invoking(() => builder.Weight(null!, 1)).Should().Throw<ArgumentException>().WithParameterName("indicator");
        FluentActions.Invoking(() => builder.Weight(AssessmentIndicator.ResponseRate, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight")
            .WithMessage("A weight must be greater than 0 and at most 1000000; 响应率 was given 0.*");
        FluentActions.Invoking(() => builder.Weight(AssessmentIndicator.ResponseRate, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => builder.Weight(AssessmentIndicator.ResponseRate, decimal.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => builder.Build()).Should().Throw<InvalidOperationException>().WithMessage("Weigh at least one indicator*");
        builder.Weight(AssessmentIndicator.ResponseRate, ScoreWeightsBuilder.MaxWeight).Weight(AssessmentIndicator.ResolutionRate, 0.000001m);
        FluentActions.Invoking(() => builder.Weight(AssessmentIndicator.ResponseRate, 1)).Should().Throw<ArgumentException>().WithParameterName("indicator")
            .WithMessage("响应率 (response-rate) is weighted already*");
        FluentActions.Invoking(() => Line.Score(null!)).Should().Throw<ArgumentException>().WithParameterName("weights");
        FluentActions.Invoking(() => ScoreWeights.ResponseResolutionSatisfaction.WeightOf(null!)).Should().Throw<ArgumentException>().WithParameterName("indicator");
    }

    [Fact]
    public void The_largest_weights_on_the_largest_counts_do_not_overflow()
    {
        var all = ScoreWeights.Create();
        foreach (var indicator in AssessmentIndicator.InValueOrder)
        {
            all.Weight(indicator, ScoreWeightsBuilder.MaxWeight);
        }

        var max = int.MaxValue;
        var huge = UnitAssessment.FromCounts(Housing, max, max, max, max, max, max, max, max, max, max, max, max, max);
        // Ten indicators have a value (协办按时反馈率 has none): nine at 100 (催办率 0 % enters as 100) and 重办率 100 % as 0.
        huge.Score(all.Build()).Should().Be(90m);
    }

    [Fact]
    public void A_built_set_is_unchanged_by_the_builder_afterwards_and_its_indicators_are_a_copy()
    {
        var builder = ScoreWeights.Create().Weight(AssessmentIndicator.SignInRate, 1);
        var built = builder.Build();
        builder.Weight(AssessmentIndicator.CompletionRate, 1);

        built.Indicators.Should().Equal(AssessmentIndicator.SignInRate);
        ((ICollection<AssessmentIndicator>)built.Indicators).IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void Ranking_by_score_shares_ranks_on_equal_scores_and_puts_units_without_a_score_last()
    {
        var weights = ScoreWeights.Create().Weight(AssessmentIndicator.SignInRate, 1).Build();
        var report = Assessment.FromUnits(November, AsOf, AssessmentOptions.Default,
        [
            UnitAssessment.FromCounts(new UnitId("D"), 3, 1, 0, 0, 0, 0, 0, 0, 0), // 1/3
            UnitAssessment.FromCounts(new UnitId("A"), 2, 1, 0, 0, 0, 0, 0, 0, 0), // 1/2
            UnitAssessment.FromCounts(new UnitId("C"), 6, 2, 0, 0, 0, 0, 0, 0, 0), // 2/6
            UnitAssessment.FromCounts(new UnitId("B"), 0, 0, 0, 0, 0, 0, 0, 0, 0), // no value
            UnitAssessment.FromCounts(new UnitId("E"), 4, 1, 0, 0, 0, 0, 0, 0, 0), // 1/4
        ]);

        report.RankByScore(weights, TieRanking.Dense).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(("A", (int?)1), ("C", 2), ("D", 2), ("E", 3), ("B", null));
        report.RankByScore(weights, TieRanking.Competition).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(("A", (int?)1), ("C", 2), ("D", 2), ("E", 4), ("B", null));
        report.RankByScore(weights, TieRanking.Dense)[4].ToString().Should().Be("- B n/a");
        FluentActions.Invoking(() => report.RankByScore(null!, TieRanking.Dense)).Should().Throw<ArgumentException>().WithParameterName("weights");
        FluentActions.Invoking(() => report.RankByScore(weights, null!)).Should().Throw<ArgumentException>().WithParameterName("ties");
    }
}
