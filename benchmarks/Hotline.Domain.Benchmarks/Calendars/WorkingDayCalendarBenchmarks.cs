using BenchmarkDotNet.Attributes;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Calendars;

/// <summary>
/// The calendar's constant-time arithmetic against the obvious day-by-day loop, for n = 1, 10 and 250 working days.
/// Starts cycle through 1,024 days of 2010–2025 so that branch prediction and caches see realistic variety.
/// </summary>
[MemoryDiagnoser]
public class WorkingDayCalendarBenchmarks
{
    private readonly WorkingDayCalendar _calendar = ChinaCalendars.Mainland;
    private LocalDate[] _starts = [];
    private int _next;

    [Params(1, 10, 250)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12345);
        var first = new LocalDate(2010, 1, 1);
        _starts = Enumerable.Range(0, 1024).Select(_ => first.PlusDays(random.Next(0, 16 * 365))).ToArray();
    }

    [Benchmark(Baseline = true, Description = "AddWorkingDays (prefix table)")]
    public LocalDate AddWorkingDays() => _calendar.AddWorkingDays(NextStart(), N);

    [Benchmark(Description = "Day-by-day loop")]
    public LocalDate DayByDayLoop()
    {
        var day = NextStart();
        for (var found = 0; found < N;)
        {
            day = day.PlusDays(1);
            if (_calendar.IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    [Benchmark(Description = "WorkingDaysBetween")]
    public int WorkingDaysBetween()
    {
        var start = NextStart();
        return _calendar.WorkingDaysBetween(start, start.PlusDays(N));
    }

    [Benchmark(Description = "IsWorkingDay")]
    public bool IsWorkingDay() => _calendar.IsWorkingDay(NextStart());

    private LocalDate NextStart() => _starts[_next++ & 1023];
}
