using System.Diagnostics;
using Hotline.Domain.Accountability;
using Hotline.Domain.Benchmarks.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Streaming;

/// <summary>
/// A province's year on one machine (not a BenchmarkDotNet benchmark: one run of about a minute): ten million tickets
/// of 2025, each rehydrated from its events as an event store would hand them over, folded into an
/// <see cref="AssessmentAccumulator"/> and reviewed with <see cref="AccountabilityReview.ReviewTicket"/>, then dropped.
/// One accumulator per core, combined at the end, as partitions on several machines would be.
/// </summary>
/// <remarks>
/// The histories come from 1,000 stories built through the Ticket API (<see cref="AccountabilityBenchmarks.Build"/>: on
/// time, late, overdue, returned, extended, reopened, never called back, over 200 units); ticket <c>i</c> replays story
/// <c>i mod 1000</c> under its own id, so that the events are read, not kept.
/// Run: <c>dotnet run -c Release --project benchmarks/Hotline.Domain.Benchmarks -- province-year [tickets] [threads]</c>.
/// </remarks>
internal static class ProvinceYear
{
    private static readonly DateInterval Year = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly Instant AsOf = Instant.FromUtc(2026, 1, 15, 1, 0);

    public static int Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
        var threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var policy = HandlingPolicy.Baoji2019;
        var stories = AccountabilityBenchmarks.Build(1_000, new Random(2025)).Select(t => t.History.ToArray()).ToArray();
        var options = AssessmentOptions.Default;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var parts = new AssessmentAccumulator[threads];
        var findings = new long[threads];
        var events = new long[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
        {
            var accumulator = new AssessmentAccumulator(Year, AsOf, options);
            var history = new List<TicketEvent>(32);
            for (var i = part; i < count; i += threads)
            {
                var story = stories[i % stories.Length];
                history.Clear();
                history.Add(((TicketRegistered)story[0]) with { TicketId = "GD-" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture) });
                for (var k = 1; k < story.Length; k++)
                {
                    history.Add(story[k]);
                }

                var ticket = Ticket.Rehydrate(policy, history);
                accumulator.Add(ticket);
                findings[part] += AccountabilityReview.ReviewTicket(ticket, AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn).Count;
                events[part] += story.Length;
            }

            parts[part] = accumulator;
        });

        for (var p = 1; p < threads; p++)
        {
            parts[0].Combine(parts[p]);
        }

        var report = parts[0].ToAssessment();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"tickets {count:N0}, events {events.Sum():N0}, threads {threads}");
        Console.WriteLine($"time {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds * 1000 / count:F2} µs per ticket)");
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / (1024.0 * 1024):F0} MB, allocated {allocated / (1024.0 * 1024 * 1024):F1} GB in total, gen2 collections {GC.CollectionCount(2)}");
        Console.WriteLine($"units {report.Units.Count}, dispatched {report.CityWide.Dispatched:N0}, replied {report.CityWide.Replied:N0}, findings {findings.Sum():N0}");
        Console.WriteLine($"city-wide: {report.CityWide}");
        return 0;
    }
}
