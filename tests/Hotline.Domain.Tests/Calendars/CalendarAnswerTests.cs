using Hotline.Domain.Calendars;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>A calendar's answer is a value: the answer and whether it is provisional, printed culture-invariantly.</summary>
public class CalendarAnswerTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;

    [Fact]
    public void Answers_with_the_same_value_and_the_same_certainty_are_equal_with_equal_hash_codes()
    {
        var a = China.AddWorkingDays(D("2026-09-30"), 1, BeyondCoverage.AssumeWeekdays);
        var b = China.AddWorkingDays(D("2026-10-03"), 0, BeyondCoverage.AssumeWeekdays);

        EqualityContract.Holds(a, b, China.AddWorkingDays(D("2026-09-30"), 2, BeyondCoverage.AssumeWeekdays));
    }

    [Fact]
    public void Answers_differing_only_in_their_value_are_not_equal()
    {
        var a = China.AddWorkingDays(D("2026-09-30"), 1, BeyondCoverage.AssumeWeekdays);
        var b = China.AddWorkingDays(D("2026-09-30"), 2, BeyondCoverage.AssumeWeekdays);

        a.IsProvisional.Should().Be(b.IsProvisional);
        b.Should().NotBe(a);
        (a != b).Should().BeTrue();
    }

    [Fact]
    public void Answers_differing_only_in_their_certainty_are_not_equal()
    {
        var covering = WorkingDayCalendarBuilder.WeekdaysOnly("2027", new DateInterval(D("2027-01-01"), D("2027-12-31"))).Build();

        var known = covering.IsWorkingDay(D("2027-01-04"), BeyondCoverage.AssumeWeekdays);
        var assumed = China.IsWorkingDay(D("2027-01-04"), BeyondCoverage.AssumeWeekdays);

        known.Should().Be(new CalendarAnswer<bool>(true, false));
        assumed.Should().Be(new CalendarAnswer<bool>(true, true));
        assumed.Should().NotBe(known);
    }

    [Fact]
    public void A_date_prints_as_an_ISO_date_and_a_provisional_one_says_so()
    {
        China.AddWorkingDays(D("2026-09-30"), 1, BeyondCoverage.AssumeWeekdays).ToString().Should().Be("2026-10-08");
        China.AddWorkingDays(D("2026-12-31"), 1, BeyondCoverage.AssumeWeekdays).ToString().Should().Be("2027-01-01 (provisional)");
    }

    [Fact]
    public void A_count_or_a_yes_no_prints_invariantly_and_a_provisional_one_says_so()
    {
        China.CountWorkingDays(new DateInterval(D("2026-10-08"), D("2026-10-10")), BeyondCoverage.AssumeWeekdays).ToString().Should().Be("3");
        China.WorkingDaysBetween(D("2026-12-31"), D("2027-01-08"), BeyondCoverage.AssumeWeekdays).ToString().Should().Be("6 (provisional)");
        China.WorkingDaysBetween(D("2026-10-08"), D("2007-01-01"), BeyondCoverage.AssumeWeekdays).ToString()
            .Should().Be(China.WorkingDaysBetween(D("2026-10-08"), D("2007-01-01")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        China.IsWorkingDay(D("2026-10-01"), BeyondCoverage.AssumeWeekdays).ToString().Should().Be("False");
        China.IsWorkingDay(D("2027-01-02"), BeyondCoverage.AssumeWeekdays).ToString().Should().Be("False (provisional)");
    }

    [Fact]
    public void A_default_answer_prints_its_default_value()
    {
        default(CalendarAnswer<int>).ToString().Should().Be("0");
        default(CalendarAnswer<string>).ToString().Should().BeEmpty();
    }
}
