using BenchmarkDotNet.Attributes;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Tickets;

/// <summary>
/// <see cref="HandlingPolicy.DeadlineFor"/> over 1,000,000 dispatches: random accepted categories and complexities,
/// random instants 2008–2025. One benchmark invocation computes all of them; "Mean" is the total time.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Dispatches = 1_000_000;
    private readonly HandlingPolicy _policy = HandlingPolicy.Baoji2019;
    private TicketCategory[] _categories = [];
    private Complexity[] _complexities = [];
    private Instant[] _instants = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2019);
        var accepted = _policy.AcceptedCategories.ToArray();
        var complexities = Complexity.InValueOrder.ToArray();
        var first = Instant.FromUtc(2008, 1, 1, 0, 0).ToUnixTimeSeconds();
        var last = Instant.FromUtc(2025, 12, 31, 0, 0).ToUnixTimeSeconds();
        _categories = Enumerable.Range(0, Dispatches).Select(_ => accepted[random.Next(accepted.Length)]).ToArray();
        _complexities = Enumerable.Range(0, Dispatches).Select(_ => complexities[random.Next(complexities.Length)]).ToArray();
        _instants = Enumerable.Range(0, Dispatches).Select(_ => Instant.FromUnixTimeSeconds(first + (long)(random.NextDouble() * (last - first)))).ToArray();
    }

    [Benchmark(Description = "DeadlineFor x 1,000,000")]
    public long DeadlineForAMillionDispatches()
    {
        long checksum = 0;
        for (var i = 0; i < Dispatches; i++)
        {
            var deadline = _policy.DeadlineFor(_categories[i], _complexities[i], _instants[i]);
            checksum += deadline.DueAt.ToUnixTimeTicks();
        }

        return checksum;
    }
}
