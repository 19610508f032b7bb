using BenchmarkDotNet.Attributes;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Calendars;

/// <summary>
/// Office hours on the Mainland calendar in Asia/Shanghai (summer hours from 05-01, winter hours from 10-01):
/// <c>AddWorkingTime</c> of 2 working hours and of 10 working days, and <c>WorkingTimeBetween</c> over 1 day and
/// over a month. Starts cycle through 1,024 random instants of 2010–2025 (any minute, working or not).
/// </summary>
[MemoryDiagnoser]
public class WorkingHoursBenchmarks
{
    private static readonly Duration TwoHours = Duration.FromHours(2);
    private static readonly Duration TenDays = Duration.FromMinutes(10 * 420);
    private static readonly Duration OneMonth = Duration.FromDays(31);
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
        var first = Instant.FromUtc(2010, 1, 1, 0, 0);
        _starts = Enumerable.Range(0, 1024).Select(_ => first + Duration.FromMinutes(random.Next(0, 16 * 365 * 1440))).ToArray();
    }

    [Benchmark(Description = "AddWorkingTime 2 h")]
    public Instant AddTwoHours() => _hours.AddWorkingTime(NextStart(), TwoHours);

    [Benchmark(Description = "AddWorkingTime 10 working days")]
    public Instant AddTenDays() => _hours.AddWorkingTime(NextStart(), TenDays);

    [Benchmark(Description = "WorkingTimeBetween 1 day")]
    public Duration BetweenOneDay()
    {
        var start = NextStart();
        return _hours.WorkingTimeBetween(start, start + Duration.FromDays(1));
    }

    [Benchmark(Description = "WorkingTimeBetween 31 days")]
    public Duration BetweenOneMonth()
    {
        var start = NextStart();
        return _hours.WorkingTimeBetween(start, start + OneMonth);
    }

    private Instant NextStart() => _starts[_next++ & 1023];
}
