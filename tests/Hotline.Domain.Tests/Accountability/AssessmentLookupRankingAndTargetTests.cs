using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Looking a unit up, merging partial assessments, ranking and checking targets, on lines with hand-picked counts.</summary>
public class AssessmentLookupRankingAndTargetTests
{
    private static readonly Assessment Report = Assessment.Of(All(), November, AsOf);

    // Ordinal order: 一 U+4E00 < 交 U+4EA4 < 住 U+4F4F < 余 U+4F59 < 城 U+57CE < 市 U+5E02 < 龙 U+9F99.
    private static UnitAssessment Completion(string unit, int replied, int due) =>
        UnitAssessment.FromCounts(new UnitId(unit), due, 0, due, replied, 0, 0, 0, 0, 0);

    private static Assessment Lines(params UnitAssessment[] lines) => Assessment.FromUnits(November, AsOf, AssessmentOptions.Default, lines);

    [Fact]
    public void For_finds_every_unit_of_the_report_and_nothing_before_between_or_after_them()
    {
        Report.For(Transport).Should().BeSameAs(Report.Units[0]);
        Report.For(Housing).Should().BeSameAs(Report.Units[1]);
        Report.For(Urban).Should().BeSameAs(Report.Units[2]);
        Report.For(Market).Should().BeSameAs(Report.Units[3]);
        Report.For(new UnitId("一")).Should().BeNull();
        Report.For(new UnitId("余")).Should().BeNull();
        Report.For(new UnitId("龙")).Should().BeNull();
        FluentActions.Invoking(() => Report.For(null!)).Should().Throw<ArgumentException>().WithParameterName("unit");

        var one = Lines(Completion("城管局", 1, 1));
        one.For(Urban)!.Unit.Should().Be(Urban);
        one.For(Housing).Should().BeNull();
        one.For(Market).Should().BeNull();
        Lines().For(Urban).Should().BeNull();
    }

    [Fact]
    public void Combining_merges_the_units_of_both_sides_in_id_order_and_sums_the_shared_ones()
    {
        var left = Lines(Completion("交通局", 1, 1), Completion("城管局", 1, 2));
        var right = Lines(Completion("住建局", 2, 2), Completion("城管局", 3, 4), Completion("市场监管局", 0, 1), Completion("龙首区", 1, 1));

        var both = left.Combine(right);

        both.Units.Select(u => (u.Unit!.Value, u.Replied, u.Due)).Should().Equal(
            ("交通局", 1, 1), ("住建局", 2, 2), ("城管局", 4, 6), ("市场监管局", 0, 1), ("龙首区", 1, 1));
        both.CityWide.Should().Be(UnitAssessment.FromCounts(null, 11, 0, 11, 8, 0, 0, 0, 0, 0));
        right.Combine(left).Units.Should().Equal(both.Units);
        left.Combine(Lines()).Units.Should().Equal(left.Units);
        Lines().Combine(right).Units.Should().Equal(right.Units);
        both.Period.Equals(November).Should().BeTrue();
        both.AsOf.Should().Be(AsOf);
        both.Options.Should().BeSameAs(AssessmentOptions.Default);
    }

    [Fact]
    public void Options_combine_by_what_they_count_not_by_which_instance_they_are()
    {
        var mine = Assessment.FromUnits(November, AsOf, new AssessmentOptions(countBasicallySatisfied: true), [Completion("交通局", 1, 1)]);
        var theirs = Lines(Completion("城管局", 1, 1));
        var strict = Assessment.FromUnits(November, AsOf, AssessmentOptions.ExcludingBasicallySatisfied, [Completion("城管局", 1, 1)]);
        var otherPeriod = Assessment.FromUnits(new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 29)), AsOf, AssessmentOptions.Default, []);
        var otherAsOf = Assessment.FromUnits(November, AsOf + Duration.FromTicks(1), AssessmentOptions.Default, []);

        mine.Combine(theirs).Units.Should().HaveCount(2);
        FluentActions.Invoking(() => theirs.Combine(strict)).Should().Throw<ArgumentException>().WithParameterName("other").WithMessage(
            "Only assessments of the same period, as-of instant and options combine: [2026-11-01, 2026-11-30] at 2026-12-01T01:00:00Z (满意率 counts 非常满意, 满意 and 基本满意)"
            + " and [2026-11-01, 2026-11-30] at 2026-12-01T01:00:00Z (满意率 counts 非常满意 and 满意).*");
        FluentActions.Invoking(() => theirs.Combine(otherPeriod)).Should().Throw<ArgumentException>().WithParameterName("other");
        FluentActions.Invoking(() => theirs.Combine(otherAsOf)).Should().Throw<ArgumentException>().WithParameterName("other");
        FluentActions.Invoking(() => theirs.Combine(null!)).Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void Options_say_what_satisfied_counts()
    {
        AssessmentOptions.Default.CountBasicallySatisfied.Should().BeTrue();
        AssessmentOptions.ExcludingBasicallySatisfied.CountBasicallySatisfied.Should().BeFalse();
        AssessmentOptions.Default.ToString().Should().Be("满意率 counts 非常满意, 满意 and 基本满意");
        AssessmentOptions.ExcludingBasicallySatisfied.ToString().Should().Be("满意率 counts 非常满意 and 满意");
        Report.Options.Should().BeSameAs(AssessmentOptions.Default);
    }

    [Fact]
    public void Rebuilding_from_lines_sorts_them_by_unit_id_and_sums_the_city()
    {
        var rebuilt = Lines(Completion("市场监管局", 1, 1), Completion("交通局", 1, 2), Completion("城管局", 0, 1), Completion("交通局", 2, 2));

        rebuilt.Units.Select(u => (u.Unit!.Value, u.Replied, u.Due)).Should().Equal(("交通局", 3, 4), ("城管局", 0, 1), ("市场监管局", 1, 1));
        rebuilt.CityWide.Should().Be(UnitAssessment.FromCounts(null, 6, 0, 6, 4, 0, 0, 0, 0, 0));
        rebuilt.Period.Equals(November).Should().BeTrue();
        rebuilt.AsOf.Should().Be(AsOf);

        var julian = new DateInterval(new LocalDate(2026, 11, 1, CalendarSystem.Julian), new LocalDate(2026, 11, 30, CalendarSystem.Julian));
        FluentActions.Invoking(() => Assessment.FromUnits(julian, AsOf, AssessmentOptions.Default, [])).Should().Throw<ArgumentException>()
            .WithParameterName("period").WithMessage("The period must be in ISO dates; it is in Julian.*");
        FluentActions.Invoking(() => Assessment.FromUnits(null!, AsOf, AssessmentOptions.Default, [])).Should().Throw<ArgumentException>().WithParameterName("period");
        FluentActions.Invoking(() => Assessment.FromUnits(November, AsOf, null!, [])).Should().Throw<ArgumentException>().WithParameterName("options");
        FluentActions.Invoking(() => Assessment.FromUnits(November, AsOf, AssessmentOptions.Default, null!)).Should().Throw<ArgumentException>().WithParameterName("units");
        FluentActions.Invoking(() => Assessment.FromUnits(November, AsOf, AssessmentOptions.Default, [null!])).Should().Throw<ArgumentException>()
            .WithParameterName("units").WithMessage("A unit line is null or has no unit (the city-wide line is computed, not given).*");
    }

    [Fact]
    public void Assessing_refuses_bad_arguments_naming_them()
    {
        var julian = new DateInterval(new LocalDate(2026, 11, 1, CalendarSystem.Julian), new LocalDate(2026, 11, 30, CalendarSystem.Julian));

        FluentActions.Invoking(() => Assessment.Of(null!, November, AsOf)).Should().Throw<ArgumentException>().WithParameterName("tickets");
        FluentActions.Invoking(() => Assessment.Of([], null!, AsOf)).Should().Throw<ArgumentException>().WithParameterName("period");
        FluentActions.Invoking(() => Assessment.Of([], November, AsOf, null!)).Should().Throw<ArgumentException>().WithParameterName("options");
        FluentActions.Invoking(() => Assessment.Of([], julian, AsOf)).Should().Throw<ArgumentException>()
            .WithParameterName("period").WithMessage("The period must be in ISO dates; it is in Julian.*");
        FluentActions.Invoking(() => Assessment.Of([H1OnTimeSatisfied(), null!], November, AsOf)).Should().Throw<ArgumentException>()
            .WithParameterName("tickets").WithMessage("A ticket is null.*");
        var t = H1OnTimeSatisfied();
        FluentActions.Invoking(() => Assessment.Of([t, H3OverdueHelpRequest(), H1OnTimeSatisfied()], November, AsOf)).Should().Throw<ArgumentException>()
            .WithParameterName("tickets").WithMessage("Ticket GD-20261102-001 is given twice; each ticket counts once.*");
    }

    [Fact]
    public void The_as_of_instant_may_lie_anywhere_from_0001_01_01_to_9899_12_31_UTC_inclusive()
    {
        var first = Instant.FromUtc(1, 1, 1, 0, 0);
        var last = Instant.FromUtc(9900, 1, 1, 0, 0) - Duration.Epsilon;
        var tick = Duration.FromTicks(1);

        Assessment.Of([], November, first).AsOf.Should().Be(first);
        Assessment.Of([], November, last).AsOf.Should().Be(last);
        AccountabilityReview.Review([], first).Should().BeEmpty();
        AccountabilityReview.Review([], last).Should().BeEmpty();
        FluentActions.Invoking(() => Assessment.Of([], November, first - tick)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("asOf").WithMessage($"*is outside the supported range; an instant must lie between {Preconditions.Earliest} and {Preconditions.Latest}.*");
        FluentActions.Invoking(() => Assessment.Of([], November, last + tick)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => AccountabilityReview.Review([], first - tick)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => AccountabilityReview.Review([], last + tick)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
    }

    [Fact]
    public void The_assessment_prints_its_unit_count_period_as_of_and_city_line()
    {
        Report.ToString().Should().Be(
            "Assessment of 4 unit(s), [2026-11-01, 2026-11-30], as of 2026-12-01T01:00:00Z: "
            + "全市: 派单 12, 签收率 91.7%, 办结率 80.0%, 按时办结率 60.0%, 回访率 87.5%, 解决率 85.7%, 满意率 85.7%, 重办率 25.0%, 及时签收率 n/a, 响应率 n/a, 催办率 0.0%, 协办按时反馈率 n/a");
    }

    [Fact]
    public void Ranking_is_exact_ties_equal_fractions_and_lists_tied_units_by_id()
    {
        // 2/3 and 4/6 tie; 1/2 below; 3/3 above; 0/0 unranked, last.
        var a = Lines(Completion("龙首区", 4, 6), Completion("交通局", 2, 3), Completion("住建局", 3, 3), Completion("城管局", 1, 2), Completion("市场监管局", 0, 0), Completion("余家湾", 0, 0));

        var dense = a.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense);
        dense.Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("住建局", (int?)1), ("交通局", 2), ("龙首区", 2), ("城管局", 3), ("余家湾", null), ("市场监管局", null));
        dense.Select(r => r.ToString()).Should().Equal(
            "1 住建局 100.0% (3/3)", "2 交通局 66.7% (2/3)", "2 龙首区 66.7% (4/6)", "3 城管局 50.0% (1/2)", "- 余家湾 n/a (0/0)", "- 市场监管局 n/a (0/0)");
        dense[1].Rate.Should().Be(new Rate(2, 3));

        a.Rank(AssessmentIndicator.CompletionRate, TieRanking.Competition).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("住建局", (int?)1), ("交通局", 2), ("龙首区", 2), ("城管局", 4), ("余家湾", null), ("市场监管局", null));
    }

    [Fact]
    public void A_lower_rate_ranks_first_where_lower_is_better_and_a_tie_at_the_top_shares_rank_one()
    {
        // 重办率 = reopened ÷ replied.
        var reopen = Lines(
            UnitAssessment.FromCounts(new UnitId("城管局"), 4, 0, 4, 4, 0, 0, 0, 0, 2),
            UnitAssessment.FromCounts(new UnitId("交通局"), 4, 0, 4, 4, 0, 0, 0, 0, 0),
            UnitAssessment.FromCounts(new UnitId("住建局"), 4, 0, 4, 4, 0, 0, 0, 0, 1),
            UnitAssessment.FromCounts(new UnitId("市场监管局"), 2, 0, 2, 2, 0, 0, 0, 0, 0));

        reopen.Rank(AssessmentIndicator.ReopenRate, TieRanking.Competition).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("交通局", (int?)1), ("市场监管局", 1), ("住建局", 3), ("城管局", 4));
        reopen.Rank(AssessmentIndicator.ReopenRate, TieRanking.Dense).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("交通局", (int?)1), ("市场监管局", 1), ("住建局", 2), ("城管局", 3));

        // Higher is better on every other indicator: the same counts the other way round.
        reopen.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense).Select(r => r.Rank).Should().Equal(1, 1, 1, 1);
        var single = Lines(Completion("城管局", 1, 4));
        single.Rank(AssessmentIndicator.CompletionRate, TieRanking.Competition).Single().Rank.Should().Be(1);
        single.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense).Single().Rank.Should().Be(1);
    }

    [Fact]
    public void Target_checks_list_every_unit_in_order_with_met_missed_or_no_value()
    {
        var a = Lines(Completion("交通局", 97, 100), Completion("住建局", 24, 25), Completion("城管局", 0, 0));

        var checks = a.Check(RateTarget.Above(AssessmentIndicator.CompletionRate, 96m));

        checks.Select(c => (c.Unit.Value, c.Rate, c.Met)).Should().Equal(
            ("交通局", new Rate(97, 100), (bool?)true), ("住建局", new Rate(24, 25), false), ("城管局", default(Rate), null));
        checks.Select(c => c.ToString()).Should().Equal("交通局 97.0%: met", "住建局 96.0%: missed", "城管局 n/a: no value");
        a.Check(RateTarget.AtLeast(AssessmentIndicator.CompletionRate, 96m)).Select(c => c.Met).Should().Equal(true, true, null);
        Lines().Check(RateTarget.AtLeast(AssessmentIndicator.CompletionRate, 96m)).Should().BeEmpty();
        FluentActions.Invoking(() => a.Check(null!)).Should().Throw<ArgumentException>().WithParameterName("target");
        FluentActions.Invoking(() => a.Rank(null!, TieRanking.Dense)).Should().Throw<ArgumentException>().WithParameterName("indicator");
        FluentActions.Invoking(() => a.Rank(AssessmentIndicator.CompletionRate, null!)).Should().Throw<ArgumentException>().WithParameterName("ties");
    }

    [Theory]
    [InlineData("Above", 96.5, 965, 1000, false)]
    [InlineData("Above", 96.5, 966, 1000, true)]
    [InlineData("AtLeast", 96.5, 964, 1000, false)]
    [InlineData("AtLeast", 96.5, 965, 1000, true)]
    [InlineData("Below", 5, 1, 20, false)]
    [InlineData("Below", 5, 1, 21, true)]
    [InlineData("AtMost", 5, 2, 39, false)]
    [InlineData("AtMost", 5, 1, 20, true)]
    [InlineData("AtMost", 0, 0, 7, true)]
    [InlineData("Below", 0, 0, 7, false)]
    [InlineData("AtLeast", 100, 7, 7, true)]
    [InlineData("Above", 100, 7, 7, false)]
    [InlineData("Above", 0, 0, 7, false)]
    [InlineData("Above", 0, 1, 7, true)]
    public void Targets_compare_the_exact_counts_at_and_just_beyond_the_threshold(string kind, double percent, int numerator, int denominator, bool met)
    {
        var p = (decimal)percent;
        var target = kind switch
        {
            "Above" => RateTarget.Above(AssessmentIndicator.CompletionRate, p),
            "AtLeast" => RateTarget.AtLeast(AssessmentIndicator.CompletionRate, p),
            "Below" => RateTarget.Below(AssessmentIndicator.ReopenRate, p),
            _ => RateTarget.AtMost(AssessmentIndicator.ReopenRate, p),
        };

        target.IsMetBy(new Rate(numerator, denominator)).Should().Be(met);
        target.IsMetBy(new Rate(numerator, 0)).Should().BeNull();
        target.Percent.Should().Be(p);
    }

    [Fact]
    public void Targets_print_their_indicator_direction_and_threshold_and_accept_0_to_100_inclusive()
    {
        RateTarget.Above(AssessmentIndicator.CompletionRate, 96.5m).ToString().Should().Be("办结率 > 96.5%");
        RateTarget.AtLeast(AssessmentIndicator.SatisfactionRate, 90m).ToString().Should().Be("满意率 ≥ 90%");
        RateTarget.Below(AssessmentIndicator.ReopenRate, 5m).ToString().Should().Be("重办率 < 5%");
        RateTarget.AtMost(AssessmentIndicator.ReopenRate, 5m).ToString().Should().Be("重办率 ≤ 5%");
        RateTarget.Above(AssessmentIndicator.CompletionRate, 96m).Indicator.Should().Be(AssessmentIndicator.CompletionRate);
        RateTarget.AtLeast(AssessmentIndicator.CompletionRate, 0m).Percent.Should().Be(0m);
        RateTarget.AtMost(AssessmentIndicator.CompletionRate, 100m).Percent.Should().Be(100m);
        FluentActions.Invoking(() => RateTarget.AtLeast(AssessmentIndicator.CompletionRate, 100.01m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("percent").WithMessage("A target is a percentage from 0 to 100.*");
        FluentActions.Invoking(() => RateTarget.Below(AssessmentIndicator.CompletionRate, -0.01m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent");
        FluentActions.Invoking(() => RateTarget.AtMost(null!, 5m)).Should().Throw<ArgumentException>().WithParameterName("indicator");
    }
}
