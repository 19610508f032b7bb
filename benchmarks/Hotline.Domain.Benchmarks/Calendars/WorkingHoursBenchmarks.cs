using BenchmarkDotNet.Attributes;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Calendars;

/// <summary>
/// Office hours on the Mainland calendar in Asia/Shanghai (summer 08:30–12:00 and 14:30–18:00 from 05-01, winter
/// 08:30–12:00 and 14:00–17:30 from 10-01): adding one hour, one working day (7 h) and ten working days (70 h), counting
/// over one day, ten days and a month, and one lookup. Starts cycle through 1,024 random instants of 2010–2025 (any
/// second, working or not), so that holidays, make-up days and season switches all come up.
/// </summary>
[MemoryDiagnoser]
public class WorkingHoursBenchmarks
{
    private static readonly Duration OneHour = Duration.FromHours(1);
    private static readonly Duration OneDay = Duration.FromHours(7);
    private static readonly Duration TenDays = Duration.FromHours(70);
    private WorkingHours _hours = null!;
    private Instant[] _starts = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        static TimeWindow W(int h1, int m1, int h2, int m2) => new(new LocalTime(h1, m1), new LocalTime(h2, m2));
        _hours = WorkingHours.Create("summer/winter", ChinaCalendars.Mainland, DateTimeZoneProviders.Tzdb["Asia/Shanghai"])
            .Season(new AnnualDate(5, 1), W(8, 30, 12, 0), W(14, 30, 18, 0))
            .Season(new AnnualDate(10, 1), W(8, 30, 12, 0), W(14, 0, 17, 30))
            .Build();
        var random = new Random(12345);
        var first = Instant.FromUtc(2010, 1, 1, 0, 0).ToUnixTimeSeconds();
        var span = Instant.FromUtc(2025, 11, 1, 0, 0).ToUnixTimeSeconds() - first;
        _starts = Enumerable.Range(0, 1024).Select(_ => Instant.FromUnixTimeSeconds(first + (long)(random.NextDouble() * span))).ToArray();
    }

    [Benchmark(Description = "AddWorkingTime 1 h")]
    public Instant AddOneHour() => _hours.AddWorkingTime(NextStart(), OneHour);

    [Benchmark(Description = "AddWorkingTime 7 h (1 working day)")]
    public Instant AddOneDay() => _hours.AddWorkingTime(NextStart(), OneDay);

    [Benchmark(Description = "AddWorkingTime 70 h (10 working days)")]
    public Instant AddTenDays() => _hours.AddWorkingTime(NextStart(), TenDays);

    [Benchmark(Description = "WorkingTimeBetween 1 day")]
    public Duration BetweenOneDay() => Between(Duration.FromDays(1));

    [Benchmark(Description = "WorkingTimeBetween 10 days")]
    public Duration BetweenTenDays() => Between(Duration.FromDays(10));

    [Benchmark(Description = "WorkingTimeBetween 31 days")]
    public Duration BetweenAMonth() => Between(Duration.FromDays(31));

    [Benchmark(Description = "IsWorkingTime")]
    public bool IsWorkingTime() => _hours.IsWorkingTime(NextStart());

    private Duration Between(Duration span)
    {
        var start = NextStart();
        return _hours.WorkingTimeBetween(start, start + span);
    }

    private Instant NextStart() => _starts[_next++ & 1023];
}
