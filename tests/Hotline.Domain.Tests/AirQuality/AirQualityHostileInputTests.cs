using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>Absurd or malformed input is a clear argument error at the boundary, never a crash in the arithmetic later.</summary>
public class AirQualityHostileInputTests
{
    private static readonly DailyConcentrations Clean = new(5, 20, 60, 30, 0.5m, 100);

    [Fact]
    public void A_null_day_value_in_a_month_is_an_argument_error_that_names_the_day()
    {
        var days = new[]
        {
            new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(2026, 3, 1), Clean),
            new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(2026, 3, 2), null!),
        };
        var act = () => MonthlyStatistics.Compute(new YearMonth(2026, 3), days, AirQualityStandard.Edition2026);
        act.Should().Throw<ArgumentException>().WithMessage("*2026-03-02*null*").Which.ParamName.Should().Be("days");

        var defaultPair = () => MonthlyStatistics.Compute(new YearMonth(1, 1), [default], AirQualityStandard.Edition2026);
        defaultPair.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("days");
    }

    [Fact]
    public void The_percentile_of_absurd_values_is_an_argument_error_not_an_overflow()
    {
        var act = () => HjPercentile.Of([decimal.MinValue, decimal.MaxValue], 90);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0 to 100,000*").Which.ParamName.Should().Be("values");
        HjPercentile.Of([0m, ConcentrationRange.Maximum], 90).Should().Be(90_000m);
    }

    [Theory]
    [InlineData("50000000000000000000000000000")]
    [InlineData("100000.01")]
    [InlineData("-0.01")]
    public void A_concentration_no_instrument_reports_is_rejected_where_it_comes_in(string value)
    {
        var c = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var daily = () => new DailyConcentrations(5, 20, 60, c, 0.5m, 100);
        daily.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("pm25");
        var readings = () => new DailyReadings(5, 20, 60, 30, 0.5m, 100, o3OneHourMax: c);
        readings.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("o3OneHourMax");
        var iaqi = () => AirQualityStandard.Edition2026.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, c);
        iaqi.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("concentration");
    }

    [Fact]
    public void A_month_at_the_concentration_ceiling_still_computes_without_overflow()
    {
        var top = ConcentrationRange.Maximum;
        var days = Enumerable.Range(1, 31)
            .Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(new LocalDate(2026, 3, d), new DailyConcentrations(top, top, top, top, top, top, top)))
            .ToList();

        foreach (var standard in AirQualityStandard.InValueOrder)
        {
            var stats = MonthlyStatistics.Compute(new YearMonth(2026, 3), days, standard, new CompositeIndexLimits(1, 1, 1, 1, 1, 1));
            stats.Pm25.Should().Be(top);
            stats.CompositeIndex.Should().Be(600_000m);
            stats.GoodDays.Should().Be(0);
            stats.ToPublished().CompositeIndex.Should().Be(600_000m);
        }
    }

    [Fact]
    public void A_ranking_of_absurd_values_is_an_argument_error_and_the_extremes_rank_without_overflow()
    {
        var absurd = () => new MonthlyAirQuality(1e27m, 20, 30, 60, 100);
        absurd.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("CompositeIndex");
        var tooFine = () => new MonthlyAirQuality(0.0000001m, 20, 30, 60, 100);
        tooFine.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2 decimals*");
        var pm25 = () => new MonthlyAirQuality(4m, 20, int.MaxValue, 60, 100);
        pm25.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Pm25");

        var extremes = new AreaMonth(
            "甲县",
            "平原县",
            new MonthlyAirQuality(MonthlyAirQuality.MaximumCompositeIndex, 31, (int)ConcentrationRange.Maximum, 1, 1),
            new MonthlyAirQuality(0.01m, 0, 1, (int)ConcentrationRange.Maximum, 1));
        var row = ImprovementRanking.Rank([extremes], TieRanking.Dense).Single();
        row.Change(AirQualityIndicator.CompositeIndex).Should().Be(9_999_999_900m);
        row.Change(AirQualityIndicator.Pm25).Should().Be(9_999_900m);
        row.Change(AirQualityIndicator.Pm10).Should().Be(-100m);
        DisclosureFormat.Change(AirQualityIndicator.GoodDays, row.Change(AirQualityIndicator.GoodDays)).Should().Be("增加31天");
    }

    [Fact]
    public void A_non_ISO_date_is_a_clear_argument_error_naming_the_parameter_the_method_has()
    {
        var julian = new LocalDate(2026, 3, 1, CalendarSystem.Julian);
        var act = () => AirQualityStandard.InForceOn(julian);
        act.Should().Throw<ArgumentException>().WithMessage("*ISO*Julian*WithCalendar*").Which.ParamName.Should().Be("date");

        var persian = new LocalDate(1404, 12, 10, CalendarSystem.PersianSimple);
        var persianAct = () => AirQualityStandard.InForceOn(persian);
        persianAct.Should().Throw<ArgumentException>().WithMessage("*ISO*").Which.ParamName.Should().Be("date");

        var month = () => MonthlyStatistics.Compute(new YearMonth(2026, 3, CalendarSystem.Julian), [], AirQualityStandard.Edition2026);
        month.Should().Throw<ArgumentException>().WithMessage("*ISO*").Which.ParamName.Should().Be("month");
        var day = () => MonthlyStatistics.Compute(new YearMonth(2026, 3), [new(julian, Clean)], AirQualityStandard.Edition2026);
        day.Should().Throw<ArgumentException>().WithMessage("*Julian*").Which.ParamName.Should().Be("days");
    }

    [Fact]
    public void The_edition_in_force_at_the_extremes_of_the_ISO_calendar()
    {
        AirQualityStandard.InForceOn(LocalDate.MinIsoValue).Should().Be(AirQualityStandard.Edition2012);
        AirQualityStandard.InForceOn(LocalDate.MaxIsoValue).Should().Be(AirQualityStandard.Edition2026);
        AirQualityStandard.InForceOn(default).Should().Be(AirQualityStandard.Edition2012);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    [InlineData(32)]
    [InlineData(-32)]
    public void An_impossible_change_in_good_days_is_rejected_not_printed(int days)
    {
        var act = () => DisclosureFormat.GoodDaysChange(days);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-31*31*").Which.ParamName.Should().Be("days");
        var change = () => DisclosureFormat.Change(AirQualityIndicator.GoodDays, days);
        change.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("change");
    }

    [Theory]
    [InlineData(31, "增加31天")]
    [InlineData(-31, "减少31天")]
    public void The_largest_possible_changes_in_good_days_print(int days, string expected)
    {
        DisclosureFormat.GoodDaysChange(days).Should().Be(expected);
    }

    [Theory]
    [InlineData("1e27")]
    [InlineData("2.5")]
    public void A_good_day_change_that_is_not_a_whole_number_of_days_in_a_month_is_rejected(string change)
    {
        var act = () => DisclosureFormat.Change(AirQualityIndicator.GoodDays, decimal.Parse(change, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
