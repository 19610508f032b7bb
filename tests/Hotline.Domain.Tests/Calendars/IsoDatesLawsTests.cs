using CsCheck;
using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// The integer day arithmetic under every calendar, checked against NodaTime over the whole ISO range
/// (years −9998 to 9999, negative years included).
/// </summary>
public class IsoDatesLawsTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private static readonly int AllDays = Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);
    private static readonly Gen<LocalDate> AnyDay = Gen.Int[0, AllDays].Select(i => LocalDate.MinIsoValue.PlusDays(i));

    // Days near the epoch, the year 0 and the ends of the range, where the era and leap-year arithmetic turns.
    private static readonly Gen<LocalDate> TurningDay = Gen.OneOf(
        Gen.Int[-800, 800].Select(i => Epoch.PlusDays(i)),
        Gen.Int[-800, 800].Select(i => new LocalDate(0, 3, 1).PlusDays(i)),
        Gen.Int[-800, 800].Select(i => new LocalDate(-400, 3, 1).PlusDays(i)),
        Gen.Int[0, 800].Select(i => LocalDate.MinIsoValue.PlusDays(i)),
        Gen.Int[0, 800].Select(i => LocalDate.MaxIsoValue.PlusDays(-i)));

    [Fact]
    public void The_epoch_day_is_NodaTimes_day_count_from_1970_over_the_whole_range()
    {
        Gen.OneOf(AnyDay, TurningDay).Sample(day => IsoDates.EpochDay(day) == Period.DaysBetween(Epoch, day), iter: 20_000);
    }

    [Theory]
    [InlineData("1970-01-01", 0)]
    [InlineData("1969-12-31", -1)]
    [InlineData("2000-02-29", 11_016)]
    [InlineData("2000-03-01", 11_017)]
    [InlineData("1900-03-01", -25_508)]
    [InlineData("2007-01-01", 13_514)]
    public void Known_epoch_days(string date, int epochDay)
    {
        IsoDates.EpochDay(D(date)).Should().Be(epochDay);
        IsoDates.FromEpochDay(epochDay).Should().Be(D(date));
    }

    [Fact]
    public void The_ends_of_the_range_have_their_epoch_days()
    {
        IsoDates.MinEpochDay.Should().Be(Period.DaysBetween(Epoch, LocalDate.MinIsoValue));
        IsoDates.MaxEpochDay.Should().Be(Period.DaysBetween(Epoch, LocalDate.MaxIsoValue));
        IsoDates.FromEpochDay(IsoDates.MinEpochDay).Should().Be(LocalDate.MinIsoValue);
        IsoDates.FromEpochDay(IsoDates.MaxEpochDay).Should().Be(LocalDate.MaxIsoValue);
    }

    [Fact]
    public void A_weekend_epoch_day_is_a_Saturday_or_a_Sunday_over_the_whole_range()
    {
        Gen.OneOf(AnyDay, TurningDay).Sample(
            day => IsoDates.IsWeekendEpochDay(IsoDates.EpochDay(day)) == (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                && IsoDates.IsWeekend(day) == (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday),
            iter: 20_000);
    }

    [Fact]
    public void The_weekday_count_grows_by_one_exactly_on_Monday_to_Friday()
    {
        Gen.OneOf(AnyDay, TurningDay).Sample(day =>
        {
            long x = IsoDates.EpochDay(day);
            var weekday = day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            return IsoDates.WeekdayCount(x + 1) - IsoDates.WeekdayCount(x) == (weekday ? 1 : 0);
        }, iter: 20_000);
    }

    [Fact]
    public void Selecting_by_weekday_count_gives_back_a_weekday_and_the_next_weekday_for_a_weekend_day()
    {
        Gen.OneOf(AnyDay, TurningDay).Sample(day =>
        {
            if (day > LocalDate.MaxIsoValue.PlusDays(-3))
            {
                return true; // 9999-12-31 is a Friday: no weekend day after it to roll to
            }

            long x = IsoDates.EpochDay(day);
            var selected = IsoDates.FromEpochDay((int)IsoDates.WeekdaySelect(IsoDates.WeekdayCount(x)));
            var expected = day.DayOfWeek switch
            {
                IsoDayOfWeek.Saturday => day.PlusDays(2),
                IsoDayOfWeek.Sunday => day.PlusDays(1),
                _ => day,
            };
            return selected == expected;
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("1970-01-05", 0)] // the Monday weekday counts start from
    [InlineData("1970-01-06", 1)]
    [InlineData("1970-01-10", 5)] // Saturday: Monday to Friday counted
    [InlineData("1970-01-12", 5)]
    [InlineData("1970-01-13", 6)]
    [InlineData("1970-01-04", 0)] // the Sunday before: no weekday in [x, Monday)
    [InlineData("1970-01-02", -1)] // Friday: one weekday before the Monday
    [InlineData("1969-12-29", -5)]
    public void Weekday_counts_are_measured_from_Monday_1970_01_05(string date, long count)
    {
        IsoDates.WeekdayCount(IsoDates.EpochDay(D(date))).Should().Be(count);
    }

    [Fact]
    public void A_non_ISO_date_is_refused_with_its_calendar_and_the_way_to_convert_it()
    {
        var julian = new LocalDate(2026, 3, 2, CalendarSystem.Julian);

        var act = () => IsoDates.EnsureIso(julian, "when");

        act.Should().Throw<ArgumentException>().WithParameterName("when")
            .WithMessage($"Working-day calendars use the ISO calendar; {julian} is in Julian. Convert it with WithCalendar(CalendarSystem.Iso).*");
        var iso = () => IsoDates.EnsureIso(D("2026-03-02"), "when");
        iso.Should().NotThrow();
    }
}
