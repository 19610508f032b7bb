using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>The roll conventions at the turn of a month and of a year, on the official calendar.</summary>
public class BusinessDayConventionTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;

    [Theory]
    [InlineData("2026-01-01", "Following", "2026-01-04")] // New Year 2026 (Thursday): the make-up Sunday
    [InlineData("2026-01-01", "Preceding", "2025-12-31")]
    [InlineData("2026-01-01", "ModifiedFollowing", "2026-01-04")]
    [InlineData("2026-01-01", "ModifiedPreceding", "2026-01-04")] // preceding would leave January (and 2025)
    [InlineData("2023-12-31", "Following", "2024-01-02")] // Sunday; 2024-01-01 is New Year
    [InlineData("2023-12-31", "ModifiedFollowing", "2023-12-29")] // following would leave December (and 2023)
    [InlineData("2023-12-31", "ModifiedPreceding", "2023-12-29")]
    [InlineData("2026-10-11", "ModifiedPreceding", "2026-10-10")] // Sunday after the make-up Saturday: stays in October
    [InlineData("2026-10-11", "ModifiedFollowing", "2026-10-12")]
    [InlineData("2026-10-10", "ModifiedFollowing", "2026-10-10")] // a working day is not moved
    [InlineData("2026-10-10", "ModifiedPreceding", "2026-10-10")]
    [InlineData("2026-10-10", "Following", "2026-10-10")]
    [InlineData("2026-05-31", "ModifiedPreceding", "2026-05-29")]
    [InlineData("2026-02-01", "ModifiedPreceding", "2026-02-02")] // Sunday 02-01: preceding is January
    public void Roll_conventions_at_the_turn_of_a_month_and_a_year(string date, string convention, string expected)
    {
        China.Adjust(D(date), BusinessDayConvention.FromName(convention)).Should().Be(D(expected));
    }

    [Fact]
    public void A_roll_needs_a_convention()
    {
        China.Invoking(c => c.Adjust(D("2026-10-03"), null!)).Should().Throw<ArgumentNullException>().WithParameterName("convention");
    }

    [Fact]
    public void Conventions_are_a_vocabulary_in_QuantLibs_order()
    {
        BusinessDayConvention.InValueOrder.Select(c => (c.Value, c.Code, c.ChineseName)).Should().Equal(
            (1, "following", "顺延至下一工作日"),
            (2, "preceding", "提前至上一工作日"),
            (3, "modified-following", "修正顺延"),
            (4, "modified-preceding", "修正提前"));
    }
}
