using BenchmarkDotNet.Attributes;
using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Accountability;

/// <summary>
/// <see cref="Assessment.Of(IEnumerable{Ticket}, DateInterval, Instant)"/> and <see cref="AccountabilityReview.Review(IEnumerable{Ticket}, Instant)"/>
/// over 100,000 tickets of 2025 for 200 units, built through the Ticket API in the setup (about 7 events each: on time,
/// late, overdue, returned and rejected or re-dispatched, extended, reopened, never called back). The period is the
/// whole year so that every ticket is counted. One invocation processes all of them; "Mean" is the total time.
/// </summary>
[MemoryDiagnoser]
public class AccountabilityBenchmarks
{
    private const int Tickets = 100_000;
    private const int UnitCount = 200;
    /// <summary>The period of every accountability benchmark: the whole of 2025, so that every ticket counts.</summary>
    internal static readonly DateInterval Year = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    /// <summary>The as-of instant of every accountability benchmark, past every history.</summary>
    internal static readonly Instant AsOf = Instant.FromUtc(2026, 1, 15, 1, 0);
    private Ticket[] _tickets = [];

    /// <summary>Events in the 100,000 histories (printed once by the setup).</summary>
    public int EventCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tickets = Build(Tickets, new Random(2025));
        EventCount = _tickets.Sum(t => t.Version);
        Console.WriteLine($"// {Tickets:N0} tickets, {EventCount:N0} events, {UnitCount} units");
        var findings = AccountabilityReview.Review(_tickets, AsOf);
        Console.WriteLine($"// {findings.Count:N0} findings: " + string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key.Value).Select(g => $"{g.Key.Name} {g.Count():N0}")));
    }

    [Benchmark(Description = "Assessment.Of x 100,000 tickets")]
    public int Assess() => Assessment.Of(_tickets, Year, AsOf).CityWide.Replied;

    [Benchmark(Description = "AccountabilityReview.Review x 100,000 tickets")]
    public int Review() => AccountabilityReview.Review(_tickets, AsOf).Count;

    [Benchmark(Description = "Assess + review + rank x 100,000 tickets")]
    public int AssessReviewAndRank()
    {
        var report = Assessment.Of(_tickets, Year, AsOf);
        var ranking = report.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense);
        return AccountabilityReview.Review(_tickets, AsOf).Count + ranking.Count;
    }

    /// <summary>Builds tickets of 2025 with a realistic mix of stories; public for the sample and tests of the benchmark itself.</summary>
    public static Ticket[] Build(int count, Random random)
    {
        var policy = HandlingPolicy.Baoji2019;
        var platform = Actor.Platform("op-01");
        var units = Enumerable.Range(0, UnitCount).Select(i => new UnitId($"U{i:D3}")).ToArray();
        var clerks = units.Select(u => Actor.OfUnit(u, "clerk")).ToArray();
        var categories = new[] { TicketCategory.Consultation, TicketCategory.HelpRequest, TicketCategory.Complaint, TicketCategory.Complaint, TicketCategory.Report, TicketCategory.Suggestion };
        var start = Instant.FromUtc(2025, 1, 2, 1, 0);
        var tickets = new Ticket[count];
        for (var i = 0; i < count; i++)
        {
            var at = start + Duration.FromMinutes(random.Next(0, 360 * 24 * 60));
            var t = Ticket.Register(new TicketId($"GD-{i:D6}"), categories[random.Next(categories.Length)], "诉求", policy, platform, at);
            var u = random.Next(UnitCount);
            var complexity = random.Next(10) == 0 ? Complexity.EspeciallyComplex : Complexity.General;
            t.Dispatch(units[u], complexity, platform, at += Duration.FromMinutes(random.Next(1, 16)));
            var story = random.Next(100);
            if (story < 5)
            {
                t.Return("非本单位职责", clerks[u], at += Duration.FromMinutes(30));
                t.RejectReturn("属本单位职责", platform, at += Duration.FromMinutes(30));
            }
            else if (story < 10)
            {
                t.Return("非本单位职责", clerks[u], at += Duration.FromMinutes(30));
                u = (u + 1) % UnitCount;
                t.Dispatch(units[u], complexity, platform, at += Duration.FromMinutes(30));
            }

            if (story % 20 == 19)
            {
                tickets[i] = t; // never signed for
                continue;
            }

            t.SignIn(clerks[u], at += Duration.FromMinutes(random.Next(5, 240)));
            if (complexity == Complexity.EspeciallyComplex && random.Next(2) == 0)
            {
                t.RequestExtension(random.Next(1, 6), "需协调", clerks[u], at += Duration.FromHours(24));
                t.ApproveExtension(platform, at += Duration.FromHours(2));
            }

            if (story % 20 == 18)
            {
                tickets[i] = t; // never replied: overdue
                continue;
            }

            for (var round = 0; ; round++)
            {
                t.Reply("已办理", random.Next(5) != 0, clerks[u], at += Duration.FromHours(random.Next(4, 24 * 18)));
                if (random.Next(10) == 0)
                {
                    break; // never called back
                }

                var resolved = random.Next(6) != 0;
                var satisfaction = Satisfaction.FromValue(resolved ? random.Next(1, 4) : random.Next(3, 6));
                t.RecordCallback(resolved, satisfaction, platform, at += Duration.FromHours(random.Next(2, 48)));
                if (satisfaction.IsSatisfied && resolved || round == 2 || random.Next(2) == 0)
                {
                    t.Close(platform, at += Duration.FromMinutes(10));
                    break;
                }

                t.Reopen("回访不满意", platform, at += Duration.FromHours(1));
            }

            tickets[i] = t;
        }

        return tickets;
    }
}
