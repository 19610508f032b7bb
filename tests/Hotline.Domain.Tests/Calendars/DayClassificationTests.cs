using Hotline.Domain.Calendars;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>A day's classification is a value: equal when every field is, printed with what it says.</summary>
public class DayClassificationTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;
    private static readonly LocalDate NationalDay2026 = D("2026-10-01");
    private static readonly HolidayNotice Notice2026 = China.Classify(NationalDay2026).Notice!;

    [Fact]
    public void The_same_day_classified_by_two_calendars_that_agree_is_equal_with_equal_hash_codes()
    {
        var derived = WorkingDayCalendar.CreateBuilder(China).Named("copy").Build();

        var a = China.Classify(NationalDay2026);
        var b = derived.Classify(NationalDay2026);

        EqualityContract.Holds(a, b, China.Classify(NationalDay2026.PlusDays(7)));
        a.Date.Should().Be(NationalDay2026);
        a.Kind.Should().Be(DayKind.StatutoryHoliday);
        a.Holiday.Should().Be(HolidayName.NationalDay);
        a.Notice!.Year.Should().Be(2026);
        a.IsProvisional.Should().BeFalse();
    }

    [Fact]
    public void Two_ordinary_workdays_differ_by_their_date()
    {
        var monday = China.Classify(D("2026-11-30"));
        var tuesday = China.Classify(D("2026-12-01"));

        monday.Kind.Should().Be(tuesday.Kind);
        tuesday.Should().NotBe(monday);
        (monday != tuesday).Should().BeTrue();
    }

    [Fact]
    public void A_classification_differing_only_in_its_kind_is_not_equal()
    {
        var other = Override(CalendarEntry.Create(NationalDay2026, DayKind.AdjustedRestDay, HolidayName.NationalDay, Notice2026));

        other.Holiday.Should().Be(HolidayName.NationalDay);
        other.Notice.Should().BeSameAs(Notice2026);
        other.Should().NotBe(China.Classify(NationalDay2026));
    }

    [Fact]
    public void A_classification_differing_only_in_its_holiday_is_not_equal()
    {
        var other = Override(CalendarEntry.Create(NationalDay2026, DayKind.StatutoryHoliday, HolidayName.MidAutumnAndNationalDay, Notice2026));

        other.Kind.Should().Be(DayKind.StatutoryHoliday);
        other.Should().NotBe(China.Classify(NationalDay2026));
    }

    [Fact]
    public void A_classification_differing_only_in_its_notice_is_not_equal()
    {
        var other = Override(CalendarEntry.Create(NationalDay2026, DayKind.StatutoryHoliday, HolidayName.NationalDay));

        other.Notice.Should().BeNull();
        other.Should().NotBe(China.Classify(NationalDay2026));
    }

    [Fact]
    public void A_provisional_classification_is_not_equal_to_the_same_day_known_from_a_calendar_covering_it()
    {
        var covering = WorkingDayCalendarBuilder.WeekdaysOnly("2027", new DateInterval(D("2027-01-01"), D("2027-12-31"))).Build();

        var known = covering.Classify(D("2027-01-04"));
        var assumed = China.Classify(D("2027-01-04"), BeyondCoverage.AssumeWeekdays);

        known.IsProvisional.Should().BeFalse();
        assumed.IsProvisional.Should().BeTrue();
        assumed.Kind.Should().Be(known.Kind);
        assumed.Date.Should().Be(known.Date);
        assumed.Should().NotBe(known);
    }

    [Theory]
    [InlineData("2026-10-01", true, false)] // statutory holiday
    [InlineData("2026-10-05", true, false)] // adjusted rest day (Monday)
    [InlineData("2026-10-04", true, false)] // weekend inside the run
    [InlineData("2026-10-10", true, true)] // make-up Saturday
    [InlineData("2026-10-12", false, true)] // ordinary Monday
    [InlineData("2026-10-17", false, false)] // ordinary Saturday
    public void IsWorkingDay_follows_the_kind(string date, bool inRun, bool working)
    {
        var day = China.Classify(D(date));

        day.IsWorkingDay.Should().Be(working);
        day.IsWorkingDay.Should().Be(day.Kind.IsWorkingDay);
        (day.Holiday is not null).Should().Be(inRun || day.Kind == DayKind.MakeupWorkday);
    }

    [Fact]
    public void ToString_shows_the_date_the_kind_and_the_holiday()
    {
        China.Classify(NationalDay2026).ToString().Should().Be("2026-10-01 StatutoryHoliday 国庆节");
        China.Classify(D("2026-10-10")).ToString().Should().Be("2026-10-10 MakeupWorkday 国庆节");
        China.Classify(D("2026-11-30")).ToString().Should().Be("2026-11-30 Workday");
    }

    [Fact]
    public void ToString_marks_a_provisional_classification()
    {
        China.Classify(D("2027-01-02"), BeyondCoverage.AssumeWeekdays).ToString().Should().Be("2027-01-02 Weekend (provisional)");
        China.Classify(D("2006-12-29"), BeyondCoverage.AssumeWeekdays).ToString().Should().Be("2006-12-29 Workday (provisional)");
    }

    [Fact]
    public void A_default_classification_says_it_classifies_no_day()
    {
        var none = default(DayClassification);

        none.ToString().Should().Be("(no day: a default DayClassification)");
        none.Invoking(n => n.Kind).Should().Throw<InvalidOperationException>()
            .WithMessage("This DayClassification is a default value and classifies no day; get one from WorkingDayCalendar.Classify.");
        none.Should().NotBe(China.Classify(NationalDay2026));
    }

    private static DayClassification Override(CalendarEntry entry) =>
        WorkingDayCalendar.CreateBuilder(China).AddLayer(CalendarLayer.Create("override", [entry])).Build().Classify(entry.Date);
}
