using BenchmarkDotNet.Attributes;
using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Accountability;

/// <summary>
/// The assessment and the review over 1,000 tickets of the same mix as <see cref="AccountabilityBenchmarks"/>: few
/// enough that their histories stay in the processor's caches. Beside the 100,000-ticket figures this separates the
/// cost of the work per ticket from the cost of reading the histories from memory.
/// </summary>
[MemoryDiagnoser]
public class InCacheBenchmarks
{
    private static readonly DateInterval Year = AccountabilityBenchmarks.Year;
    private static readonly Instant AsOf = AccountabilityBenchmarks.AsOf;
    private Ticket[] _tickets = [];

    /// <summary>Builds the 1,000 tickets.</summary>
    [GlobalSetup]
    public void Setup() => _tickets = AccountabilityBenchmarks.Build(1_000, new Random(2025));

    /// <summary>The assessment of the 1,000 tickets.</summary>
    /// <returns>The city-wide replies, so that the work is not optimised away.</returns>
    [Benchmark(Description = "Assessment.Of x 1,000 tickets (in cache)")]
    public int Assess() => Assessment.Of(_tickets, Year, AsOf).CityWide.Replied;

    /// <summary>The review of the 1,000 tickets.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark(Description = "AccountabilityReview.Review x 1,000 tickets (in cache)")]
    public int Review() => AccountabilityReview.Review(_tickets, AsOf).Count;
}
