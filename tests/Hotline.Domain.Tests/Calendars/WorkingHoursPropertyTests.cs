using CsCheck;
using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.OfficeHours;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// The laws of office-hours arithmetic on the official calendar, and agreement with a naive window-by-window count,
/// on random instants over 2007–2026: plain days, holidays, 补班 weekends, season switches, lunch breaks, year ends.
/// </summary>
public class WorkingHoursPropertyTests
{
    private static readonly WorkingHours[] Schedules = [Centre, Uneven];
    private static readonly Gen<WorkingHours> Schedule = Gen.Int[0, Schedules.Length - 1].Select(i => Schedules[i]);

    // Instants from 2007-02-22 to 2026-11-19 (Beijing): 40 calendar days either side, or ten working days later, plus
    // the naive count's day of margin, still fall inside the data.
    private static readonly LocalDate FirstDay = new(2007, 2, 22);
    private static readonly int Days = Period.DaysBetween(FirstDay, new LocalDate(2026, 11, 19));

    // The days where the rules turn: every day a notice sets (holidays, 调休, 补班), the seasons' first days, year ends.
    private static readonly LocalDate[] TurningDays = ChinaCalendars.Mainland.Entries.Select(e => e.Date)
        .Concat(Enumerable.Range(2007, 20).SelectMany(y => new[] { new LocalDate(y, 5, 1), new LocalDate(y, 10, 1), new LocalDate(y, 7, 15), new LocalDate(y, 11, 20), new LocalDate(y, 1, 2), new LocalDate(y, 12, 31) }))
        .Where(d => d >= FirstDay && d <= FirstDay.PlusDays(Days))
        .ToArray();

    private static readonly Gen<LocalDate> Day = Gen.Frequency(
        (1, Gen.Int[0, Days].Select(i => FirstDay.PlusDays(i))),
        (2, Gen.Int[0, TurningDays.Length - 1].Select(i => TurningDays[i]).SelectMany(d => Gen.Int[-2, 2].Select(d.PlusDays))));

    // Times of day anywhere, and at the windows' edges (a nanosecond and a second either side).
    private static readonly long[] Edges = Schedules.SelectMany(s => s.Seasons).SelectMany(s => s.Windows)
        .SelectMany(w => new[] { w.Start.NanosecondOfDay, w.End.NanosecondOfDay }).Append(0).Distinct().ToArray();

    private static readonly long[] Nudges = [0, 1, -1, NodaConstants.NanosecondsPerSecond, -NodaConstants.NanosecondsPerSecond];

    private static readonly Gen<long> TimeOfDay = Gen.Frequency(
        (1, Gen.Long[0, NodaConstants.NanosecondsPerDay - 1]),
        (1, Gen.Select(Gen.Int[0, Edges.Length - 1], Gen.Int[0, Nudges.Length - 1])
            .Select((i, nudge) => Math.Clamp(Edges[i] + Nudges[nudge], 0, NodaConstants.NanosecondsPerDay - 1))));

    private static readonly Gen<Instant> Moment = Gen.Select(Day, TimeOfDay)
        .Select((day, time) => (day + LocalTime.FromNanosecondsSinceMidnight(time)).InZoneStrictly(Shanghai).ToInstant());

    // Up to ten working days of the longest season (7 h), to the nanosecond, in whole minutes or whole half hours.
    private static readonly long MaxAmount = 70 * NodaConstants.NanosecondsPerHour;
    private static readonly Gen<Duration> Amount = Gen.Frequency(
        (2, Gen.Long[0, MaxAmount].Select(Duration.FromNanoseconds)),
        (2, Gen.Int[0, 70 * 60].Select(m => Duration.FromMinutes(m))),
        (1, Gen.Int[0, 40].Select(k => Duration.FromMinutes(30 * k))),
        (1, Gen.Long[0, 3].Select(Duration.FromNanoseconds)));

    private static readonly Gen<Duration> Shift = Gen.Long[-40L * NodaConstants.NanosecondsPerDay, 40L * NodaConstants.NanosecondsPerDay].Select(Duration.FromNanoseconds);

    [Fact]
    public void The_count_agrees_with_a_naive_count_window_by_window()
    {
        Gen.Select(Schedule, Moment, Shift).Sample(
            (hours, start, shift) => hours.WorkingTimeBetween(start, start + shift) == NaiveWorkingHours.Between(hours, start, start + shift),
            iter: 3_000);
    }

    [Fact]
    public void Adding_agrees_with_a_naive_walk_window_by_window()
    {
        Gen.Select(Schedule, Moment, Amount).Sample(
            (hours, start, amount) => hours.AddWorkingTime(start, amount) == NaiveWorkingHours.Add(hours, start, amount),
            iter: 3_000);
    }

    [Fact]
    public void Whether_an_instant_is_working_time_agrees_with_its_wall_clock()
    {
        Gen.Select(Schedule, Moment).Sample((hours, instant) => hours.IsWorkingTime(instant) == NaiveWorkingHours.IsWorkingTime(hours, instant), iter: 5_000);
    }

    [Fact]
    public void Counting_what_was_added_gives_the_amount_back()
    {
        Gen.Select(Schedule, Moment, Amount).Sample((hours, start, amount) => hours.WorkingTimeBetween(start, hours.AddWorkingTime(start, amount)) == amount);
    }

    [Fact]
    public void The_result_of_adding_is_the_earliest_instant_with_the_amount()
    {
        Gen.Select(Schedule, Moment, Amount).Where((_, _, amount) => amount > Duration.Zero).Sample((hours, start, amount) =>
        {
            var due = hours.AddWorkingTime(start, amount);
            return due > start && hours.WorkingTimeBetween(start, due - Duration.Epsilon) < amount && hours.IsWorkingTime(due - Duration.Epsilon);
        });
    }

    [Fact]
    public void Counting_and_adding_are_monotone()
    {
        Gen.Select(Schedule, Moment, Amount, Amount).Sample((hours, start, x, y) =>
        {
            var (less, more) = x <= y ? (x, y) : (y, x);
            var (early, late) = (hours.AddWorkingTime(start, less), hours.AddWorkingTime(start, more));
            return early <= late && hours.WorkingTimeBetween(start, early) <= hours.WorkingTimeBetween(start, late);
        });
    }

    [Fact]
    public void Counting_is_additive_in_any_order()
    {
        Gen.Select(Schedule, Moment, Shift, Shift).Sample((hours, a, toB, toC) =>
        {
            var (b, c) = (a + toB, a + toC);
            return hours.WorkingTimeBetween(a, b) + hours.WorkingTimeBetween(b, c) == hours.WorkingTimeBetween(a, c);
        });
    }

    [Fact]
    public void Counting_backwards_is_minus_counting_forwards()
    {
        Gen.Select(Schedule, Moment, Shift).Sample((hours, a, shift) => hours.WorkingTimeBetween(a + shift, a) == -hours.WorkingTimeBetween(a, a + shift));
    }

    [Fact]
    public void A_working_day_has_its_season_s_daily_total_and_a_day_off_none()
    {
        Gen.Select(Schedule, Day).Sample((hours, day) =>
        {
            var total = hours.WorkingTimeBetween(day.AtMidnight().InZoneStrictly(Shanghai).ToInstant(), day.PlusDays(1).AtMidnight().InZoneStrictly(Shanghai).ToInstant());
            var season = NaiveWorkingHours.SeasonOn(hours, day);
            var working = hours.Calendar.IsWorkingDay(day);
            return total == (working ? season.DailyWorkingTime : Duration.Zero) && hours.WindowsOn(day).Count == (working ? season.Windows.Count : 0);
        });
    }
}
