using BenchmarkDotNet.Attributes;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Tickets;

/// <summary>
/// Joint orders (主办/协办) of twenty events over 10,000 complaints received at random instants of 2025: the lead and
/// three assisting units, progress reports, a reply, a dissatisfied callback, a reopen with one assisting unit again,
/// a second reply and the close. <c>OperationsPerInvoke</c> makes "Mean" the time per rehydrated ticket, and per
/// joint action (add an assisting unit, report assistance, report progress).
/// </summary>
[MemoryDiagnoser]
public class JointTicketBenchmarks
{
    private const int Tickets = 10_000;
    private readonly HandlingPolicy _policy = HandlingPolicy.Baoji2019;
    private readonly Actor _operator = Actor.Platform("op-01");
    private readonly Actor _supervisor = Actor.Platform("sv-03");
    private readonly UnitId _housing = new("住建局");
    private readonly UnitId _urban = new("城管局");
    private readonly UnitId _ecology = new("生态环境局");
    private readonly UnitId _water = new("水务局");
    private Actor _lead = null!;
    private Actor _urbanClerk = null!;
    private Actor _ecologyClerk = null!;
    private Actor _waterClerk = null!;
    private Instant[] _received = [];
    private TicketEvent[][] _histories = [];

    /// <summary>Builds the 10,000 histories of twenty events.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _lead = Actor.OfUnit(_housing, "zj-11");
        _urbanClerk = Actor.OfUnit(_urban, "cg-21");
        _ecologyClerk = Actor.OfUnit(_ecology, "st-41");
        _waterClerk = Actor.OfUnit(_water, "sw-31");
        var random = new Random(2026);
        var first = Instant.FromUtc(2025, 1, 2, 0, 0).ToUnixTimeSeconds();
        _received = Enumerable.Range(0, Tickets).Select(_ => Instant.FromUnixTimeSeconds(first + random.Next(0, 300 * 86_400))).ToArray();
        _histories = Enumerable.Range(0, Tickets).Select(i => TwentyEvents(i).History.ToArray()).ToArray();
        Console.WriteLine($"// {_histories.Sum(h => h.Length):N0} events");
    }

    /// <summary>Rehydrates each joint ticket.</summary>
    /// <returns>A checksum of the versions.</returns>
    [Benchmark(Description = "Rehydrate, per joint ticket of twenty events", OperationsPerInvoke = Tickets)]
    public int Rehydrate()
    {
        var checksum = 0;
        for (var i = 0; i < Tickets; i++)
        {
            checksum += Ticket.Rehydrate(_policy, _histories[i]).Version;
        }

        return checksum;
    }

    /// <summary>Adds three assisting units, three progress reports and three assistance reports to each signed ticket.</summary>
    /// <returns>A checksum of the versions.</returns>
    [Benchmark(Description = "AddAssistingUnit / ReportProgress / ReportAssistance, per action", OperationsPerInvoke = Tickets * 9)]
    public int JointActions()
    {
        var checksum = 0;
        for (var i = 0; i < Tickets; i++)
        {
            var at = _received[i];
            var t = Signed(i, at);
            t.AddAssistingUnit(_urban, 3, _supervisor, at + Duration.FromHours(2));
            t.AddAssistingUnit(_ecology, 3, _supervisor, at + Duration.FromHours(2));
            t.AddAssistingUnit(_water, 2, _supervisor, at + Duration.FromHours(2));
            t.ReportProgress("已约谈", _lead, at + Duration.FromHours(3));
            t.ReportProgress("已查看", _urbanClerk, at + Duration.FromHours(4));
            t.ReportProgress("再约谈", _lead, at + Duration.FromHours(5));
            t.ReportAssistance("意见", _urbanClerk, at + Duration.FromHours(6));
            t.ReportAssistance("意见", _ecologyClerk, at + Duration.FromHours(7));
            t.ReportAssistance("意见", _waterClerk, at + Duration.FromHours(8));
            checksum += t.Version;
        }

        return checksum;
    }

    private Ticket Signed(int i, Instant at)
    {
        var t = Ticket.Register(new TicketId($"GD-J{i:D5}"), TicketCategory.Complaint, "工地夜间施工噪音扰民", _policy, _operator, at);
        t.Dispatch(_housing, Complexity.General, _supervisor, at + Duration.FromMinutes(10));
        t.SignIn(_lead, at + Duration.FromMinutes(30));
        return t;
    }

    private Ticket TwentyEvents(int i)
    {
        var at = _received[i];
        var t = Signed(i, at);
        t.AddAssistingUnit(_urban, 3, _supervisor, at + Duration.FromHours(1));
        t.AddAssistingUnit(_ecology, 3, _supervisor, at + Duration.FromHours(1));
        t.AddAssistingUnit(_water, 2, _supervisor, at + Duration.FromHours(1));
        t.ContactRequester("已联系诉求人", _lead, at + Duration.FromHours(2));
        t.ReportProgress("已约谈施工方", _lead, at + Duration.FromHours(3));
        t.ReportProgress("已现场查看", _urbanClerk, at + Duration.FromHours(4));
        t.ReportAssistance("已责令夜间停工", _urbanClerk, at + Duration.FromDays(1));
        t.ReportAssistance("噪声监测超标", _ecologyClerk, at + Duration.FromDays(1) + Duration.FromHours(2));
        t.ReportAssistance("排水无关", _waterClerk, at + Duration.FromDays(1) + Duration.FromHours(3));
        t.ReportProgress("已协调停工", _lead, at + Duration.FromDays(2));
        t.Reply("已协调停工", true, _lead, at + Duration.FromDays(3));
        t.RecordCallback(false, Satisfaction.Dissatisfied, _operator, at + Duration.FromDays(4));
        t.Reopen("夜间仍在施工", _supervisor, at + Duration.FromDays(4) + Duration.FromHours(1));
        t.AddAssistingUnit(_urban, 2, _supervisor, at + Duration.FromDays(4) + Duration.FromHours(2));
        t.ReportAssistance("已再次停工", _urbanClerk, at + Duration.FromDays(5));
        t.Reply("已彻底停工", true, _lead, at + Duration.FromDays(6));
        t.Close(_supervisor, at + Duration.FromDays(7));
        return t;
    }
}
