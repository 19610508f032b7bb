using BenchmarkDotNet.Attributes;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Benchmarks.Tickets;

/// <summary>
/// The <see cref="Ticket"/> aggregate over 100,000 work orders (complaints, random complexities, dispatched at random
/// instants of 2025). <c>OperationsPerInvoke</c> makes "Mean" the time per action (the closed loop's four commonest
/// actions: register, dispatch, sign for, reply) and per rehydrated ticket of ten events.
/// </summary>
[MemoryDiagnoser]
public class TicketBenchmarks
{
    private const int Tickets = 100_000;
    private readonly HandlingPolicy _policy = HandlingPolicy.Baoji2019;
    private readonly Actor _operator = Actor.Platform("op-01");
    private readonly Actor _supervisor = Actor.Platform("sv-03");
    private readonly UnitId _housing = new("住建局");
    private readonly UnitId _urban = new("城管局");
    private Actor _housingClerk = null!;
    private Actor _urbanClerk = null!;
    private TicketId[] _ids = [];
    private Complexity[] _complexities = [];
    private Instant[] _received = [];
    private TicketEvent[][] _histories = [];

    [GlobalSetup]
    public void Setup()
    {
        _housingClerk = Actor.OfUnit(_housing, "zj-11");
        _urbanClerk = Actor.OfUnit(_urban, "cg-21");
        var random = new Random(2026);
        var complexities = Complexity.InValueOrder.ToArray();
        var first = Instant.FromUtc(2025, 1, 2, 0, 0).ToUnixTimeSeconds();
        _ids = Enumerable.Range(0, Tickets).Select(i => new TicketId($"GD-{i:D6}")).ToArray();
        _complexities = Enumerable.Range(0, Tickets).Select(_ => complexities[random.Next(complexities.Length)]).ToArray();
        _received = Enumerable.Range(0, Tickets).Select(_ => Instant.FromUnixTimeSeconds(first + random.Next(0, 300 * 86_400))).ToArray();
        _histories = Enumerable.Range(0, Tickets).Select(i => TenEvents(i).History.ToArray()).ToArray();
    }

    [Benchmark(Description = "Register + Dispatch + SignIn + Reply, per action", OperationsPerInvoke = Tickets * 4)]
    public int FourActions()
    {
        var checksum = 0;
        for (var i = 0; i < Tickets; i++)
        {
            var at = _received[i];
            var ticket = Ticket.Register(_ids[i], TicketCategory.Complaint, "小区电梯停运", _policy, _operator, at);
            ticket.Dispatch(_housing, _complexities[i], _supervisor, at + Duration.FromMinutes(5));
            ticket.SignIn(_housingClerk, at + Duration.FromMinutes(30));
            ticket.Reply("已处理", true, _housingClerk, at + Duration.FromDays(3));
            checksum += ticket.Version;
        }

        return checksum;
    }

    [Benchmark(Description = "Rehydrate, per ticket of ten events", OperationsPerInvoke = Tickets)]
    public int Rehydrate()
    {
        var checksum = 0;
        for (var i = 0; i < Tickets; i++)
        {
            checksum += Ticket.Rehydrate(_policy, _histories[i]).Version;
        }

        return checksum;
    }

    // Registered, dispatched, returned, re-dispatched, signed, extension requested and approved or denied, replied,
    // called back, closed: ten events.
    private Ticket TenEvents(int i)
    {
        var at = _received[i];
        var ticket = Ticket.Register(_ids[i], TicketCategory.Complaint, "小区电梯停运", _policy, _operator, at);
        ticket.Dispatch(_housing, Complexity.EspeciallyComplex, _supervisor, at + Duration.FromMinutes(5));
        ticket.Return("非本单位职责", _housingClerk, at + Duration.FromMinutes(20));
        ticket.Dispatch(_urban, Complexity.EspeciallyComplex, _supervisor, at + Duration.FromMinutes(40));
        ticket.SignIn(_urbanClerk, at + Duration.FromHours(1));
        ticket.RequestExtension(5, "需协调", _urbanClerk, at + Duration.FromDays(1));
        if (i % 2 == 0)
        {
            ticket.ApproveExtension(_supervisor, at + Duration.FromDays(2));
        }
        else
        {
            ticket.DenyExtension("理由不足", _supervisor, at + Duration.FromDays(2));
        }

        ticket.Reply("已处理", true, _urbanClerk, at + Duration.FromDays(6));
        ticket.RecordCallback(true, Satisfaction.Satisfied, _operator, at + Duration.FromDays(7));
        ticket.Close(_supervisor, at + Duration.FromDays(7) + Duration.FromMinutes(5));
        return ticket;
    }
}
