using BenchmarkDotNet.Attributes;
using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Accountability;

/// <summary>
/// The phases of <see cref="Assessment.Of(IEnumerable{Ticket}, DateInterval, Instant)"/> over the 100,000 tickets of
/// <see cref="AccountabilityBenchmarks"/>, one at a time, to find where a change of the whole pass comes from: the
/// duplicate check alone, the digest alone, the digest and the period test, the accumulation alone, and the whole.
/// </summary>
[MemoryDiagnoser]
public class AssessmentPhaseBenchmarks
{
    private static readonly DateInterval Year = AccountabilityBenchmarks.Year;
    private static readonly Instant AsOf = AccountabilityBenchmarks.AsOf;
    private Ticket[] _tickets = [];

    /// <summary>Builds the 100,000 tickets.</summary>
    [GlobalSetup]
    public void Setup() => _tickets = AccountabilityBenchmarks.Build(100_000, new Random(2025));

    /// <summary>The duplicate check alone: a set of the ids.</summary>
    /// <returns>The ids seen.</returns>
    [Benchmark(Description = "duplicate check (a set of 100,000 ids)")]
    public int DuplicateCheck()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in _tickets)
        {
            seen.Add(t.Id.Value);
        }

        return seen.Count;
    }

    /// <summary>Each ticket's digest, reading one field of it.</summary>
    /// <returns>The dispatched tickets.</returns>
    [Benchmark(Description = "digest, its unit")]
    public int Digest()
    {
        var buffer = new TicketDigest.FoldBuffer();
        var n = 0;
        foreach (var t in _tickets)
        {
            if (TicketDigest.Of(t, AsOf, buffer).Unit is not null)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Each ticket's digest and the test of its dispatch's local date against the period.</summary>
    /// <returns>The tickets in the period.</returns>
    [Benchmark(Description = "digest and period test")]
    public int DigestAndPeriod()
    {
        var buffer = new TicketDigest.FoldBuffer();
        var n = 0;
        foreach (var t in _tickets)
        {
            if (Year.Contains(t.Policy.LocalDateOf(TicketDigest.Of(t, AsOf, buffer).LatestDispatchAt)))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The accumulator alone, without the duplicate check.</summary>
    /// <returns>The city-wide replies.</returns>
    [Benchmark(Description = "AssessmentAccumulator alone")]
    public int Accumulate()
    {
        var accumulator = new AssessmentAccumulator(Year, AsOf, AssessmentOptions.Default);
        foreach (var t in _tickets)
        {
            accumulator.Add(t);
        }

        return accumulator.ToAssessment().CityWide.Replied;
    }

    /// <summary>The whole of <c>Assessment.Of</c>, as <see cref="AccountabilityBenchmarks.Assess"/>.</summary>
    /// <returns>The city-wide replies.</returns>
    [Benchmark(Description = "Assessment.Of, the whole")]
    public int Whole() => Assessment.Of(_tickets, Year, AsOf).CityWide.Replied;
}
