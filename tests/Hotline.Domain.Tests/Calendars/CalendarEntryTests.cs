using Hotline.Domain.Calendars;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>A calendar entry checks its kind against the day of the week, and is a value of its four fields.</summary>
public class CalendarEntryTests
{
    private static readonly HolidayNotice Notice2026 = ChinaCalendars.Mainland.Classify(D("2026-10-01")).Notice!;

    [Theory]
    [InlineData("2026-10-10", "Workday", false)] // Saturday
    [InlineData("2026-10-11", "Workday", false)] // Sunday
    [InlineData("2026-10-09", "Workday", true)] // Friday
    [InlineData("2026-10-12", "Workday", true)] // Monday
    [InlineData("2026-10-10", "AdjustedRestDay", false)]
    [InlineData("2026-10-11", "AdjustedRestDay", false)]
    [InlineData("2026-10-05", "AdjustedRestDay", true)]
    [InlineData("2026-10-10", "Weekend", true)]
    [InlineData("2026-10-11", "Weekend", true)]
    [InlineData("2026-10-09", "Weekend", false)]
    [InlineData("2026-10-12", "Weekend", false)]
    [InlineData("2026-10-10", "MakeupWorkday", true)]
    [InlineData("2026-10-11", "MakeupWorkday", true)]
    [InlineData("2026-10-09", "MakeupWorkday", false)]
    [InlineData("2026-10-12", "MakeupWorkday", false)]
    [InlineData("2026-10-03", "StatutoryHoliday", true)] // Saturday
    [InlineData("2026-10-04", "StatutoryHoliday", true)] // Sunday
    [InlineData("2026-10-01", "StatutoryHoliday", true)] // Thursday
    public void A_kind_is_accepted_only_on_the_days_of_the_week_it_fits(string date, string kind, bool accepted)
    {
        var act = () => CalendarEntry.Create(D(date), DayKind.FromName(kind));

        if (accepted)
        {
            act.Should().NotThrow().Which.Kind.Should().BeSameAs(DayKind.FromName(kind));
        }
        else
        {
            act.Should().Throw<CalendarEntryException>().Which.Should().BeAssignableTo<HotlineDomainException>();
        }
    }

    [Fact]
    public void A_weekday_kind_on_a_weekend_is_refused_with_the_day_the_kind_and_what_fits_instead()
    {
        var act = () => CalendarEntry.Create(D("2026-10-10"), DayKind.AdjustedRestDay);

        act.Should().Throw<CalendarEntryException>().WithMessage(
            "2026-10-10 is a Saturday: a AdjustedRestDay (调休休息日) must fall on Monday–Friday. " +
            "On a weekend use MakeupWorkday for a working day, or Weekend / StatutoryHoliday for a day off.");
    }

    [Fact]
    public void A_weekend_kind_on_a_weekday_is_refused_with_the_day_the_kind_and_what_fits_instead()
    {
        var act = () => CalendarEntry.Create(D("2026-10-09"), DayKind.MakeupWorkday);

        act.Should().Throw<CalendarEntryException>().WithMessage(
            "2026-10-09 is a Friday: a MakeupWorkday (调休上班日) must fall on a Saturday or Sunday. " +
            "On Monday–Friday use Workday for a working day, or AdjustedRestDay / StatutoryHoliday for a day off.");
    }

    [Fact]
    public void An_entry_needs_a_kind_and_an_ISO_date()
    {
        var noKind = () => CalendarEntry.Create(D("2026-10-09"), null!);
        noKind.Should().Throw<ArgumentNullException>().WithParameterName("kind");

        var julian = () => CalendarEntry.Create(new LocalDate(2026, 10, 9, CalendarSystem.Julian), DayKind.Workday);
        julian.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*ISO calendar*Julian*");
    }

    [Theory]
    [InlineData("2026-10-05", "AdjustedRestDay")] // Monday
    [InlineData("2026-10-09", "AdjustedRestDay")] // Friday
    [InlineData("2026-10-10", "Weekend")] // Saturday
    [InlineData("2026-10-11", "Weekend")] // Sunday
    public void DayOff_picks_the_kind_of_day_off_that_fits_the_day_of_the_week(string date, string kind)
    {
        var entry = CalendarEntry.DayOff(D(date), HolidayName.NationalDay, Notice2026);

        entry.Kind.Should().BeSameAs(DayKind.FromName(kind));
        entry.IsWorkingDay.Should().BeFalse();
        entry.Date.Should().Be(D(date));
        entry.Holiday.Should().BeSameAs(HolidayName.NationalDay);
        entry.Notice.Should().BeSameAs(Notice2026);
    }

    [Theory]
    [InlineData("2026-10-05", "Workday")]
    [InlineData("2026-10-09", "Workday")]
    [InlineData("2026-10-10", "MakeupWorkday")]
    [InlineData("2026-10-11", "MakeupWorkday")]
    public void WorkingDay_picks_the_kind_of_working_day_that_fits_the_day_of_the_week(string date, string kind)
    {
        var entry = CalendarEntry.WorkingDay(D(date), HolidayName.NationalDay, Notice2026);

        entry.Kind.Should().BeSameAs(DayKind.FromName(kind));
        entry.IsWorkingDay.Should().BeTrue();
        entry.Holiday.Should().BeSameAs(HolidayName.NationalDay);
        entry.Notice.Should().BeSameAs(Notice2026);
    }

    [Fact]
    public void Without_a_holiday_or_a_notice_an_entry_carries_none()
    {
        var entry = CalendarEntry.DayOff(D("2026-10-09"));

        entry.Holiday.Should().BeNull();
        entry.Notice.Should().BeNull();
        CalendarEntry.WorkingDay(D("2026-10-10")).Holiday.Should().BeNull();
    }

    [Fact]
    public void Entries_with_the_same_four_fields_are_equal_with_equal_hash_codes()
    {
        var a = CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.NationalDay, Notice2026);
        var b = CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.NationalDay, Notice2026);

        EqualityContract.Holds(a, b, CalendarEntry.DayOff(D("2026-10-01")));
    }

    [Fact]
    public void Entries_differing_in_any_one_field_are_not_equal()
    {
        var entry = CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.NationalDay, Notice2026);

        EqualityContract.Holds(
            entry,
            CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.NationalDay, Notice2026),
            CalendarEntry.Create(D("2026-10-02"), DayKind.StatutoryHoliday, HolidayName.NationalDay, Notice2026),
            CalendarEntry.Create(D("2026-10-01"), DayKind.AdjustedRestDay, HolidayName.NationalDay, Notice2026),
            CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.MidAutumn, Notice2026),
            CalendarEntry.Create(D("2026-10-01"), DayKind.StatutoryHoliday, HolidayName.NationalDay));
    }
}
