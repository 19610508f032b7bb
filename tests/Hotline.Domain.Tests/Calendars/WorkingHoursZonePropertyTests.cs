using CsCheck;
using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.OfficeHours;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// Office hours in zones that change their offset, checked against the naive count on random instants near every
/// transition: London (01:00 UTC, both ways), Santiago and São Paulo (at midnight), Apia (a whole day skipped), Sitka in
/// 1867 (a day read twice, when Alaska moved across the date line), and China's summer time of 1986–1991 and Sydney's,
/// whose changes fall a few hours before midnight UTC, so that a local day can begin before its zone interval does.
/// </summary>
public class WorkingHoursZonePropertyTests
{
    private static readonly (string Zone, int FirstYear, int LastYear)[] Zones =
    [
        ("Europe/London", 2015, 2024), ("America/Santiago", 2015, 2024), ("America/Sao_Paulo", 2012, 2019), ("Pacific/Apia", 2010, 2013),
        ("America/Sitka", 1866, 1868), ("Asia/Shanghai", 1986, 1991), ("Australia/Sydney", 2015, 2024),
    ];

    private static readonly TimeWindow[][] Days =
    [
        [W("00:00", "00:30"), W("00:45", "01:30"), W("01:45", "03:00"), W("08:30", "12:00"), W("23:00", "23:59:59.999999999")],
        [W("00:15", "02:15"), W("14:00", "17:30")],
    ];

    private static readonly WorkingHours[] Schedules = Zones.SelectMany(z =>
    {
        var zone = DateTimeZoneProviders.Tzdb[z.Zone];
        var calendar = EveryDay(z.Zone, new DateInterval(new LocalDate(z.FirstYear - 1, 12, 1), new LocalDate(z.LastYear + 1, 1, 31)));
        return new[]
        {
            WorkingHours.Create(z.Zone, calendar, zone).Season(new AnnualDate(1, 1), Days[0]).Build(),
            WorkingHours.Create(z.Zone, calendar, zone).Season(new AnnualDate(3, 15), Days[0]).Season(new AnnualDate(10, 15), Days[1]).Build(),
        };
    }).ToArray();

    // The transitions at least 40 days inside the calendar's coverage.
    private static readonly Instant[][] Transitions = Schedules.Select(h =>
    {
        var (first, last) = (h.Calendar.Coverage.Start.PlusDays(40).AtMidnight().InUtc().ToInstant(), h.Calendar.Coverage.End.PlusDays(-40).AtMidnight().InUtc().ToInstant());
        return h.Zone.GetZoneIntervals(first, last).Where(i => i.HasStart && i.Start >= first).Select(i => i.Start).ToArray();
    }).ToArray();

    private static readonly Gen<(WorkingHours Hours, Instant Start)> NearATransition =
        Gen.Int[0, Schedules.Length - 1].SelectMany(i => Gen.Select(Gen.Int[0, Transitions[i].Length - 1], Gen.Long[-3 * NodaConstants.NanosecondsPerDay, 3 * NodaConstants.NanosecondsPerDay])
            .Select((t, shift) => (Schedules[i], Transitions[i][t] + Duration.FromNanoseconds(shift))));

    private static readonly Gen<Duration> Shift = Gen.Frequency(
        (2, Gen.Long[-6 * NodaConstants.NanosecondsPerHour, 6 * NodaConstants.NanosecondsPerHour].Select(Duration.FromNanoseconds)),
        (1, Gen.Long[-20 * NodaConstants.NanosecondsPerDay, 20 * NodaConstants.NanosecondsPerDay].Select(Duration.FromNanoseconds)));

    private static readonly Gen<Duration> Amount = Gen.Frequency(
        (2, Gen.Long[0, 6 * NodaConstants.NanosecondsPerHour].Select(Duration.FromNanoseconds)),
        (1, Gen.Int[0, 40].Select(k => Duration.FromMinutes(15 * k))),
        (1, Gen.Long[0, 60 * NodaConstants.NanosecondsPerHour].Select(Duration.FromNanoseconds)));

    [Fact]
    public void Every_zone_has_transitions_to_test()
    {
        Transitions.Should().AllSatisfy(t => t.Should().NotBeEmpty());
    }

    [Fact]
    public void The_count_agrees_with_a_naive_count()
    {
        Gen.Select(NearATransition, Shift).Sample(
            (at, shift) => at.Hours.WorkingTimeBetween(at.Start, at.Start + shift) == NaiveWorkingHours.Between(at.Hours, at.Start, at.Start + shift),
            iter: 3_000);
    }

    [Fact]
    public void Adding_agrees_with_a_naive_walk()
    {
        Gen.Select(NearATransition, Amount).Sample(
            (at, amount) => at.Hours.AddWorkingTime(at.Start, amount) == NaiveWorkingHours.Add(at.Hours, at.Start, amount),
            iter: 3_000);
    }

    [Fact]
    public void Adding_gives_the_earliest_instant_with_the_amount_and_counting_gives_it_back()
    {
        Gen.Select(NearATransition, Amount).Where((_, amount) => amount > Duration.Zero).Sample((at, amount) =>
        {
            var due = at.Hours.AddWorkingTime(at.Start, amount);
            return at.Hours.WorkingTimeBetween(at.Start, due) == amount && at.Hours.WorkingTimeBetween(at.Start, due - Duration.Epsilon) < amount;
        });
    }

    [Fact]
    public void Counting_is_additive()
    {
        Gen.Select(NearATransition, Shift, Shift).Sample((at, toB, toC) =>
        {
            var (a, b, c) = (at.Start, at.Start + toB, at.Start + toC);
            return at.Hours.WorkingTimeBetween(a, b) + at.Hours.WorkingTimeBetween(b, c) == at.Hours.WorkingTimeBetween(a, c);
        });
    }
}
