using CsCheck;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>The epoch day to year, month and day (and back) without a LocalDate, checked against NodaTime over the whole ISO range.</summary>
public class IsoDatesCivilTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private static readonly int AllDays = Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    [Fact]
    public void The_civil_date_of_an_epoch_day_is_NodaTimes_date()
    {
        Gen.Int[0, AllDays].Select(i => LocalDate.MinIsoValue.PlusDays(i)).Sample(day =>
        {
            IsoDates.Civil(Period.DaysBetween(Epoch, day), out var year, out var month, out var dayOfMonth);
            return (year, month, dayOfMonth) == (day.Year, day.Month, day.Day) && IsoDates.EpochDay(year, month, dayOfMonth) == Period.DaysBetween(Epoch, day);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData(0, 1970, 1, 1)]
    [InlineData(-1, 1969, 12, 31)]
    [InlineData(11_016, 2000, 2, 29)]
    [InlineData(-719_468, 0, 3, 1)]
    [InlineData(-719_469, 0, 2, 29)]
    [InlineData(2_932_896, 9999, 12, 31)]
    public void Known_civil_dates(int epochDay, int year, int month, int day)
    {
        IsoDates.Civil(epochDay, out var y, out var m, out var d);

        (y, m, d).Should().Be((year, month, day));
    }
}
