using Hotline.Domain.AirQuality;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests;

/// <summary>Bad input gets a typed error that says what was wrong, and leaves nothing half-changed.</summary>
public class BadInputTests
{
    [Fact]
    public void A_rejected_limit_leaves_the_builder_as_it_was()
    {
        var builder = HandlingPolicy.CreateBuilder("city", ChinaCalendars.Mainland).Limit(TicketCategory.Complaint, 10);

        builder.Invoking(b => b.Limit(TicketCategory.Complaint, 0)).Should().Throw<HandlingPolicyException>();
        builder.Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.FromHours(2), Duration.FromHours(1))).Should().Throw<HandlingPolicyException>();

        var policy = builder.Build();
        policy.LimitFor(TicketCategory.Complaint, Complexity.EspeciallyComplex).Should().Be(10);
        policy.HasUrgentLimit(Urgency.Urgent).Should().BeFalse();
    }

    [Fact]
    public void A_refused_extension_leaves_the_deadline_as_it_was()
    {
        var deadline = HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Instant.FromUtc(2026, 9, 30, 8, 0));
        var before = deadline;

        deadline.Invoking(d => d.Extend(6)).Should().Throw<ExtensionRefusedException>();

        deadline.Should().Be(before);
        deadline.ExtensionsUsed.Should().Be(0);
    }

    [Fact]
    public void Builder_arguments_out_of_range_are_argument_errors()
    {
        var builder = HandlingPolicy.CreateBuilder("city", ChinaCalendars.Mainland);
        builder.Invoking(b => b.DispatchWithin(Duration.Zero)).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.DueSoonWithin(-1)).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.Limit(null!, 3)).Should().Throw<ArgumentNullException>();
        var noName = () => HandlingPolicy.CreateBuilder(" ", ChinaCalendars.Mainland);
        noName.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Extension_rules_need_a_positive_count_days_and_at_least_one_complexity()
    {
        var zeroTimes = () => ExtensionRule.Times(0, 5, Complexity.Complex);
        zeroTimes.Should().Throw<ArgumentException>();
        var zeroDays = () => ExtensionRule.Once(0, Complexity.Complex);
        zeroDays.Should().Throw<ArgumentException>();
        var none = () => ExtensionRule.Once(5);
        none.Should().Throw<ArgumentException>();
        ExtensionRule.Times(2, 10, Complexity.Complex, Complexity.Complex).Complexities.Should().Equal(Complexity.Complex);
    }

    [Fact]
    public void Notices_and_holiday_names_need_their_text()
    {
        var blankTitle = () => HolidayNotice.Create(2026, " ", null, "https://www.gov.cn/");
        blankTitle.Should().Throw<ArgumentException>();
        var badYear = () => HolidayNotice.Create(1900, "title", null, "https://www.gov.cn/");
        badYear.Should().Throw<ArgumentException>();
        HolidayNotice.Create(2026, "title", "  ", "https://www.gov.cn/").DocumentNumber.Should().BeNull();
        var blankName = () => HolidayName.Create("三月三", "");
        blankName.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Percentiles_need_values_and_a_percentage()
    {
        var empty = () => HjPercentile.Of([], 90);
        empty.Should().Throw<AirQualityException>().WithMessage("*at least one value*");
        var outOfRange = () => HjPercentile.Of([1m], 101);
        outOfRange.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Breakpoints_the_standard_does_not_define_are_refused()
    {
        var act = () => AirQualityStandard.Edition2012.Iaqi(Pollutant.Pm25, AveragingTime.OneHour, 50);
        act.Should().Throw<AirQualityException>().WithMessage("*PM2.5 1h*");
        AirQualityStandard.Edition2026.Breakpoints(Pollutant.Pm25, AveragingTime.TwentyFourHours)[2].Should().Be(60m);
    }

    [Fact]
    public void A_month_without_days_is_refused()
    {
        var act = () => MonthlyStatistics.Compute(new YearMonth(2026, 3), [], AirQualityStandard.Edition2026);
        act.Should().Throw<AirQualityException>().WithMessage("*2026-03*no daily values*");
    }

    [Fact]
    public void Unknown_Chinese_names_list_the_known_ones()
    {
        var act = () => TicketCategory.FromChineseName("表白");
        act.Should().Throw<VocabularyItemNotFoundException>().WithMessage("*表白*咨询, 求助, 投诉, 举报, 建议, 表扬, 其他*");
    }

    [Fact]
    public void Null_area_lines_are_argument_errors()
    {
        var act = () => ImprovementRanking.Rank([null!], TieRanking.Dense);
        act.Should().Throw<ArgumentException>();
    }
}
