using CsCheck;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// The integer day arithmetic under every working-day calendar, checked against NodaTime's own over the whole ISO
/// range, negative years included (NodaTime: -9998-01-01 to 9999-12-31).
/// </summary>
public class EpochDayLawsTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private static readonly Gen<int> AnyEpochDay = Gen.Int[IsoDates.MinEpochDay, IsoDates.MaxEpochDay];

    // Days picked by their parts: every month and every day of month in every era, not only "typical" dates.
    private static readonly Gen<LocalDate> AnyDate =
        Gen.Select(Gen.Int[-9998, 9999], Gen.Int[1, 12], Gen.Int[1, 31])
            .Where(t => t.Item3 <= CalendarSystem.Iso.GetDaysInMonth(t.Item1, t.Item2))
            .Select(t => new LocalDate(t.Item1, t.Item2, t.Item3));

    public static TheoryData<string> Landmarks => new()
    {
        "-9998-01-01", "-0400-02-29", "-0001-12-31", "0000-01-01", "0000-02-29", "0000-03-01", "0001-01-01",
        "1600-02-29", "1700-02-28", "1700-03-01", "1899-12-31", "1900-03-01", "1969-12-31", "1970-01-01",
        "2000-02-29", "2026-12-31", "2100-03-01", "9999-12-31",
    };

    [Theory]
    [MemberData(nameof(Landmarks))]
    public void Epoch_days_of_landmark_dates_agree_with_NodaTime(string iso)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

        IsoDates.EpochDay(date).Should().Be(DaysFromEpochByNodaTime(date));
        IsoDates.FromEpochDay(IsoDates.EpochDay(date)).Should().Be(date);
    }

    [Fact]
    public void The_ends_of_the_range_are_NodaTimes_first_and_last_days()
    {
        IsoDates.FromEpochDay(IsoDates.MinEpochDay).Should().Be(LocalDate.MinIsoValue);
        IsoDates.FromEpochDay(IsoDates.MaxEpochDay).Should().Be(LocalDate.MaxIsoValue);
        IsoDates.MinEpochDay.Should().Be(DaysFromEpochByNodaTime(LocalDate.MinIsoValue));
        IsoDates.MaxEpochDay.Should().Be(DaysFromEpochByNodaTime(LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Epoch_day_of_any_date_is_NodaTimes_day_count_from_1970()
    {
        AnyDate.Sample(date => IsoDates.EpochDay(date) == DaysFromEpochByNodaTime(date), iter: 20_000);
    }

    [Fact]
    public void Epoch_day_and_date_convert_both_ways_over_the_whole_range()
    {
        AnyEpochDay.Sample(day => IsoDates.EpochDay(IsoDates.FromEpochDay(day)) == day, iter: 20_000);
    }

    [Fact]
    public void Consecutive_dates_have_consecutive_epoch_days()
    {
        AnyEpochDay.Where(day => day < IsoDates.MaxEpochDay).Sample(day =>
        {
            var date = IsoDates.FromEpochDay(day);
            return IsoDates.EpochDay(date.PlusDays(1)) == IsoDates.EpochDay(date) + 1;
        }, iter: 20_000);
    }

    [Fact]
    public void The_weekend_test_on_epoch_days_agrees_with_the_day_of_week()
    {
        AnyEpochDay.Sample(day =>
        {
            var date = IsoDates.FromEpochDay(day);
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            return IsoDates.IsWeekendEpochDay(day) == weekend && IsoDates.IsWeekend(date) == weekend;
        }, iter: 20_000);
    }

    [Fact]
    public void Weekday_counting_steps_by_one_on_each_weekday_and_selecting_inverts_it()
    {
        AnyEpochDay.Where(day => day < IsoDates.MaxEpochDay).Sample(day =>
        {
            var step = IsoDates.WeekdayCount(day + 1) - IsoDates.WeekdayCount(day);
            var isWeekday = !IsoDates.IsWeekendEpochDay(day);
            return step == (isWeekday ? 1 : 0)
                && (!isWeekday || IsoDates.WeekdaySelect(IsoDates.WeekdayCount(day)) == day);
        }, iter: 20_000);
    }

    [Fact]
    public void Weekdays_in_a_span_are_counted_as_NodaTime_walks_them()
    {
        Gen.Select(AnyEpochDay, Gen.Int[0, 60]).Where(t => t.Item1 <= IsoDates.MaxEpochDay - t.Item2).Sample((start, length) =>
        {
            var walked = 0;
            var date = IsoDates.FromEpochDay(start);
            for (var i = 0; i < length; i++)
            {
                if (date.PlusDays(i).DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    walked++;
                }
            }

            return IsoDates.WeekdayCount(start + length) - IsoDates.WeekdayCount(start) == walked;
        }, iter: 5_000);
    }

    // NodaTime's own count, through its period arithmetic rather than our formula.
    private static int DaysFromEpochByNodaTime(LocalDate date) => Period.Between(Epoch, date, PeriodUnits.Days).Days;
}
