using CsCheck;
using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>
/// Laws of the improvement ranking over random tables with many ties: ranks depend only on the changes, not on the
/// input order or the names of the areas; a better change never ranks lower; the documented row order.
/// </summary>
public class ImprovementRankingLawsTests
{
    private static readonly string[] Groups = ["城区", "平原县", "山区县"];

    // Narrow ranges so that ties are frequent.
    private static readonly Gen<MonthlyAirQuality> Month = Gen.Select(
        Gen.Int[398, 402], Gen.Int[19, 21], Gen.Int[29, 31], Gen.Int[59, 61], Gen.Int[149, 151],
        (index, good, pm25, pm10, o3) => new MonthlyAirQuality(index / 100m, good, pm25, pm10, o3));

    private static readonly Gen<AreaMonth[]> Table =
        Gen.Select(Gen.Int[0, Groups.Length - 1], Month, Month).Array[1, 9]
            .Select(lines => lines.Select((l, i) => new AreaMonth($"区{i}", Groups[l.Item1], l.Item2, l.Item3)).ToArray());

    private static readonly Gen<TieRanking> Ties = Gen.Bool.Select(dense => dense ? TieRanking.Dense : TieRanking.Competition);

    [Fact]
    public void Shuffling_the_input_changes_no_change_and_no_rank()
    {
        Gen.Select(Table, Ties, Gen.Int).Sample((table, ties, seed) =>
        {
            var random = new Random(seed);
            var shuffled = table.Select(l => (Key: random.Next(), Line: l)).OrderBy(p => p.Key).Select(p => p.Line).ToArray();
            var before = ImprovementRanking.Rank(table, ties).ToDictionary(r => r.Area, Signature);
            var after = ImprovementRanking.Rank(shuffled, ties).ToDictionary(r => r.Area, Signature);
            return after.Count == before.Count && after.All(p => before[p.Key] == p.Value);
        });
    }

    [Fact]
    public void Renaming_the_areas_changes_no_change_and_no_rank()
    {
        Gen.Select(Table, Ties).Sample((table, ties) =>
        {
            // A relabelling that reverses the names' order, so that no rank can follow the name.
            string Rename(string area) => $"县{table.Length - int.Parse(area[1..], System.Globalization.CultureInfo.InvariantCulture)}";
            var renamed = table.Select(l => new AreaMonth(Rename(l.Area), l.Group, l.ThisYear, l.LastYear)).ToArray();
            var before = ImprovementRanking.Rank(table, ties);
            var after = ImprovementRanking.Rank(renamed, ties);
            return before.Select(Signature).SequenceEqual(after.Select(Signature))
                && after.Select(r => r.Area).SequenceEqual(before.Select(r => Rename(r.Area)));
        });
    }

    [Fact]
    public void Within_a_group_a_strictly_better_change_ranks_strictly_higher_and_equal_changes_share_a_rank()
    {
        Gen.Select(Table, Ties).Sample((table, ties) =>
        {
            var rows = ImprovementRanking.Rank(table, ties);
            foreach (var indicator in AirQualityIndicator.InValueOrder)
            {
                foreach (var a in rows)
                {
                    foreach (var b in rows.Where(b => b.Group == a.Group))
                    {
                        var better = indicator.IsPercentChange ? a.Change(indicator) < b.Change(indicator) : a.Change(indicator) > b.Change(indicator);
                        if (better != a.Rank(indicator) < b.Rank(indicator))
                        {
                            return false;
                        }

                        if ((a.Change(indicator) == b.Change(indicator)) != (a.Rank(indicator) == b.Rank(indicator)))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void Dense_ranks_run_1_to_the_number_of_distinct_changes_and_competition_ranks_count_the_better_areas()
    {
        Gen.Select(Table, Gen.Bool).Sample((table, dense) =>
        {
            var rows = ImprovementRanking.Rank(table, dense ? TieRanking.Dense : TieRanking.Competition);
            foreach (var group in rows.GroupBy(r => r.Group))
            {
                foreach (var indicator in AirQualityIndicator.InValueOrder)
                {
                    var changes = group.Select(r => r.Change(indicator)).ToList();
                    var ranks = group.Select(r => r.Rank(indicator)).ToList();
                    if (dense && !ranks.Distinct().OrderBy(r => r).SequenceEqual(Enumerable.Range(1, changes.Distinct().Count())))
                    {
                        return false;
                    }

                    foreach (var row in group)
                    {
                        var better = group.Count(o => indicator.IsPercentChange
                            ? o.Change(indicator) < row.Change(indicator)
                            : o.Change(indicator) > row.Change(indicator));
                        if (!dense && row.Rank(indicator) != better + 1)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void Rows_come_back_grouped_in_the_order_groups_first_appear_and_areas_in_input_order()
    {
        var lines = new[] { Line("甲", "平原县"), Line("乙", "城区"), Line("丙", "平原县"), Line("丁", "山区县"), Line("戊", "城区") };

        var rows = ImprovementRanking.Rank(lines, TieRanking.Dense);

        rows.Select(r => r.Area).Should().Equal("甲", "丙", "乙", "戊", "丁");
        rows.Select(r => r.Group).Should().Equal("平原县", "平原县", "城区", "城区", "山区县");
        rows.Select(r => r.Input).Should().Equal(lines[0], lines[2], lines[1], lines[4], lines[3]);
    }

    [Fact]
    public void A_row_reads_this_months_values_of_each_indicator()
    {
        var line = new AreaMonth("甲县", "平原县", new MonthlyAirQuality(4.85m, 22, Pm25: 33, Pm10: 70, O3: 150), new MonthlyAirQuality(5m, 20, 30, 60, 160));
        var row = ImprovementRanking.Rank([line], TieRanking.Dense).Single();

        AirQualityIndicator.InValueOrder.Select(row.Value).Should().Equal(4.85m, 22m, 33m, 70m, 150m);
        AirQualityIndicator.InValueOrder.Select(row.Change).Should().Equal(-3.0m, 2m, 10.0m, 16.7m, -6.2m);
        AirQualityIndicator.InValueOrder.Select(row.Rank).Should().OnlyContain(rank => rank == 1, "an area alone in its group is first");
        row.Area.Should().Be("甲县");
        row.Group.Should().Be("平原县");
    }

    [Fact]
    public void Only_the_good_days_are_a_change_in_days_where_more_is_better()
    {
        AirQualityIndicator.InValueOrder.Where(i => !i.IsPercentChange).Should().Equal(AirQualityIndicator.GoodDays);
        var month = new MonthlyAirQuality(4.85m, 22, Pm25: 33, Pm10: 70, O3: 150);
        AirQualityIndicator.InValueOrder.Select(month.ValueOf).Should().Equal(4.85m, 22m, 33m, 70m, 150m);
        var noIndicator = () => month.ValueOf(null!);
        noIndicator.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void Last_year_with_no_good_day_is_a_change_in_days_not_a_division_by_zero()
    {
        var line = new AreaMonth("甲县", "平原县", new MonthlyAirQuality(4m, 3, 30, 60, 100), new MonthlyAirQuality(4m, 0, 30, 60, 100));
        ImprovementRanking.Rank([line], TieRanking.Dense).Single().Change(AirQualityIndicator.GoodDays).Should().Be(3m);
    }

    [Fact]
    public void A_zero_composite_index_last_year_is_refused_with_the_area_and_the_indicator()
    {
        var line = new AreaMonth("甲县", "平原县", new MonthlyAirQuality(4m, 20, 30, 60, 100), new MonthlyAirQuality(0m, 20, 30, 60, 100));
        var act = () => ImprovementRanking.Rank([line], TieRanking.Dense);
        act.Should().Throw<AirQualityException>().WithMessage("甲县: last year's 综合指数 is 0*undefined*");
    }

    [Fact]
    public void Null_input_is_an_argument_error_naming_the_parameter()
    {
        var noAreas = () => ImprovementRanking.Rank(null!, TieRanking.Dense);
        noAreas.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("areas");
        var noTies = () => ImprovementRanking.Rank([Line("甲", "城区")], null!);
        noTies.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("ties");
        var nullLine = () => ImprovementRanking.Rank([Line("甲", "城区"), null!], TieRanking.Dense);
        nullLine.Should().Throw<ArgumentException>().WithMessage("An area line is null*").Which.ParamName.Should().Be("areas");
        var row = ImprovementRanking.Rank([Line("甲", "城区")], TieRanking.Dense).Single();
        row.Invoking(r => r.Change(null!)).Should().Throw<ArgumentNullException>();
        row.Invoking(r => r.Rank(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void An_area_line_is_a_value_with_trimmed_names_and_refuses_missing_parts()
    {
        var month = new MonthlyAirQuality(4m, 20, 30, 60, 100);
        var line = new AreaMonth(" 甲县 ", " 平原县 ", month, month);
        line.Area.Should().Be("甲县");
        line.Group.Should().Be("平原县");
        line.Should().Be(new AreaMonth("甲县", "平原县", month, month));
        line.Should().NotBe(new AreaMonth("甲县", "山区县", month, month));

        var blankArea = () => new AreaMonth(" ", "平原县", month, month);
        blankArea.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Area");
        var noThisYear = () => new AreaMonth("甲县", "平原县", null!, month);
        noThisYear.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("ThisYear");
        var noLastYear = () => new AreaMonth("甲县", "平原县", month, null!);
        noLastYear.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("LastYear");
    }

    [Fact]
    public void The_same_area_in_two_groups_is_still_given_twice()
    {
        var act = () => ImprovementRanking.Rank([Line("甲", "城区"), Line("乙", "城区"), Line("甲", "山区县")], TieRanking.Competition);
        act.Should().Throw<AirQualityException>().WithMessage("Area '甲' is given 2 times; each area appears once*");
    }

    private static AreaMonth Line(string area, string group) =>
        new(area, group, new MonthlyAirQuality(4m, 20, 30, 60, 100), new MonthlyAirQuality(4m, 20, 30, 60, 100));

    private static string Signature(ImprovementRow row) =>
        row.Group + ":" + string.Join(",", AirQualityIndicator.InValueOrder.Select(i => $"{i.Code}={row.Change(i)}#{row.Rank(i)}"));
}
