using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

public class ImprovementRankingTests
{
    // BRIEF §8's worked example, one group of four: composite change −3.0, −1.2, −1.2, +2.5 %; good days +2, 0, +5, −1.
    private static readonly AreaMonth[] Example =
    [
        Line("甲区", thisIndex: 4.85m, lastIndex: 5.00m, thisGood: 22, lastGood: 20),
        Line("乙区", thisIndex: 4.94m, lastIndex: 5.00m, thisGood: 20, lastGood: 20),
        Line("丙区", thisIndex: 4.94m, lastIndex: 5.00m, thisGood: 25, lastGood: 20),
        Line("丁区", thisIndex: 4.10m, lastIndex: 4.00m, thisGood: 19, lastGood: 20),
    ];

    [Fact]
    public void The_worked_example_ranks_densely_as_the_city_does()
    {
        var rows = ImprovementRanking.Rank(Example, TieRanking.Dense);

        rows.Select(r => r.Change(AirQualityIndicator.CompositeIndex)).Should().Equal(-3.0m, -1.2m, -1.2m, 2.5m);
        rows.Select(r => r.Rank(AirQualityIndicator.CompositeIndex)).Should().Equal(1, 2, 2, 3);
        rows.Select(r => r.Change(AirQualityIndicator.GoodDays)).Should().Equal(2m, 0m, 5m, -1m);
        rows.Select(r => r.Rank(AirQualityIndicator.GoodDays)).Should().Equal(2, 3, 1, 4);
    }

    [Fact]
    public void The_worked_example_ranks_by_competition_as_the_ministry_does()
    {
        var rows = ImprovementRanking.Rank(Example, TieRanking.Competition);

        rows.Select(r => r.Rank(AirQualityIndicator.CompositeIndex)).Should().Equal(1, 2, 2, 4);
        rows.Select(r => r.Rank(AirQualityIndicator.GoodDays)).Should().Equal(2, 3, 1, 4);
    }

    [Fact]
    public void Changes_are_computed_from_the_rounded_published_values_and_rounded_half_to_even()
    {
        var line = new AreaMonth("甲县", "平原县",
            new MonthlyAirQuality(4.00m, 20, Pm25: 33, Pm10: 70, O3: 150),
            new MonthlyAirQuality(4.00m, 20, Pm25: 38, Pm10: 80, O3: 160));

        var row = ImprovementRanking.Rank([line], TieRanking.Dense).Single();

        row.Change(AirQualityIndicator.Pm25).Should().Be(-13.2m); // −13.157…
        row.Change(AirQualityIndicator.Pm10).Should().Be(-12.5m);
        row.Change(AirQualityIndicator.O3).Should().Be(-6.2m); // −6.25, half to even
        row.Value(AirQualityIndicator.Pm25).Should().Be(33m);
    }

    [Fact]
    public void Ranks_are_within_each_group()
    {
        var lines = Example.Append(Line("山甲县", 3.00m, 3.30m, 25, 25, group: "山区县")).ToList();
        var rows = ImprovementRanking.Rank(lines, TieRanking.Dense);

        rows.Single(r => r.Area == "山甲县").Rank(AirQualityIndicator.CompositeIndex).Should().Be(1, "it is alone in its group");
        rows.Single(r => r.Area == "甲区").Rank(AirQualityIndicator.CompositeIndex).Should().Be(1);
    }

    [Fact]
    public void Permuting_the_input_changes_no_rank()
    {
        var random = new Random(8);
        foreach (var ties in TieRanking.InValueOrder)
        {
            var expected = ImprovementRanking.Rank(Example, ties).ToDictionary(r => r.Area, Ranks);
            for (var i = 0; i < 20; i++)
            {
                var shuffled = Example.OrderBy(_ => random.Next()).ToList();
                ImprovementRanking.Rank(shuffled, ties).ToDictionary(r => r.Area, Ranks).Should().BeEquivalentTo(expected);
            }
        }
    }

    [Fact]
    public void Last_year_at_zero_is_a_clear_error_not_a_division_by_zero()
    {
        var line = new AreaMonth("甲县", "平原县", new MonthlyAirQuality(4m, 20, 30, 60, 100), new MonthlyAirQuality(4m, 20, 0, 60, 100));
        var act = () => ImprovementRanking.Rank([line], TieRanking.Dense);
        act.Should().Throw<AirQualityException>().WithMessage("*甲县*PM2.5*0*");
    }

    [Fact]
    public void An_area_given_twice_is_rejected()
    {
        var act = () => ImprovementRanking.Rank([Example[0], Example[0] with { }], TieRanking.Dense);
        act.Should().Throw<AirQualityException>().WithMessage("*甲区*2 times*");
    }

    [Fact]
    public void Blank_groups_and_negative_values_are_rejected()
    {
        var blankGroup = () => new AreaMonth("甲县", " ", new MonthlyAirQuality(4m, 20, 30, 60, 100), new MonthlyAirQuality(4m, 20, 30, 60, 100));
        blankGroup.Should().Throw<ArgumentException>();
        var negative = () => new MonthlyAirQuality(-0.01m, 20, 30, 60, 100);
        negative.Should().Throw<ArgumentException>();
        var tooManyDays = () => new MonthlyAirQuality(4m, 32, 30, 60, 100);
        tooManyDays.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(7, "增加7天")]
    [InlineData(-1, "减少1天")]
    [InlineData(0, "--")]
    public void Good_day_changes_print_as_the_disclosure_does(int days, string expected)
    {
        DisclosureFormat.GoodDaysChange(days).Should().Be(expected);
        DisclosureFormat.Change(AirQualityIndicator.GoodDays, days).Should().Be(expected);
    }

    [Theory]
    [InlineData("2.5", "+2.5%")]
    [InlineData("-3", "-3.0%")]
    [InlineData("0", "0.0%")]
    public void Percent_changes_print_signed_with_one_decimal(string change, string expected)
    {
        DisclosureFormat.PercentChange(decimal.Parse(change, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    private static Dictionary<string, int> Ranks(ImprovementRow row) =>
        AirQualityIndicator.InValueOrder.ToDictionary(i => i.Code, row.Rank);

    private static AreaMonth Line(string area, decimal thisIndex, decimal lastIndex, int thisGood, int lastGood, string group = "城区") =>
        new(area, group, new MonthlyAirQuality(thisIndex, thisGood, 30, 60, 150), new MonthlyAirQuality(lastIndex, lastGood, 30, 60, 150));
}
