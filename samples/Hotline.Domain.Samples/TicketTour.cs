using Hotline.Domain.Deadlines;
using Hotline.Domain.Samples.Persistence;
using Hotline.Domain.Tickets;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Hotline.Domain.Samples;

/// <summary>Section 5: one work order through the closed loop, then saved to SQLite and loaded back.</summary>
internal static class TicketTour
{
    public static void Run()
    {
        var policy = HandlingPolicy.Baoji2019;
        var zone = policy.Zone;
        Instant At(int month, int day, int hour, int minute = 0) => new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(zone).ToInstant();
        string Local(Instant instant) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm", null);

        Tour.Section(5, "A work order's closed loop (工单闭环)");
        Tour.Step("5.1", "Dispatch, sign-in, one extension, reply, callback, archive", "Each action checks who acts and in which state; a refused action names its rule and changes nothing.");
        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var dispatcher = Actor.Platform("dp-02");
        var supervisor = Actor.Platform("sv-03");

        var ticket = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天", policy, Actor.Platform("op-01"), At(9, 30, 15, 50));
        ticket.Dispatch(housing, Complexity.EspeciallyComplex, dispatcher, At(9, 30, 16));
        Tour.Line($"dispatched to {ticket.ResponsibleUnit}", ticket.Deadline);

        // A unit may not approve its own extension: the refusal names the rule and changes nothing.
        ticket.SignIn(clerk, At(9, 30, 16, 30));
        ticket.RequestExtension(5, "需协调电梯维保单位更换主板", clerk, At(10, 19, 9));
        try
        {
            ticket.ApproveExtension(clerk, At(10, 19, 10));
        }
        catch (TicketRuleException refusal)
        {
            Tour.Line($"unit approves its own extension", $"refused ({refusal.Rule.ChineseName}): {refusal.Message}");
        }

        ticket.ApproveExtension(supervisor, At(10, 19, 11));
        Tour.Line("platform approves it", $"due {ticket.Deadline!.Value.DueDate:uuuu-MM-dd}");
        ticket.Reply("主板已更换，电梯恢复运行", resolved: true, clerk, At(10, 27, 17));
        ticket.RecordCallback(resolved: true, Satisfaction.Satisfied, Actor.Platform("op-01"), At(10, 28, 10));
        ticket.Close(supervisor, At(10, 28, 10, 5));
        Tour.Line("status", $"{ticket.Status.ChineseName}; replied {Local(ticket.RepliedAt!.Value)}, on time: {ticket.RepliedOnTime}");
        Tour.Step("5.2", "Its history", "One immutable event per accepted action: what integrators store.");
        Tour.Table(ticket.History.Select(e => new[]
        {
            e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), Local(e.At), TicketEventKind.Of(e).ChineseName, $"{e.ByUnit ?? "平台"}/{e.ByStaff}",
        }).ToArray());

        // Persistence, in the sample only: an events table in SQLite, JSON with NodaTime's converters.
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var store = new SqliteTicketStore(connection, policy);
        store.CreateSchema();
        store.Save(ticket);
        var loaded = store.Load(ticket.Id);
        Tour.Step("5.3", "Saved to SQLite and loaded back", "JSON events in one table (sample code); Ticket.Rehydrate replays them through the same rules.");
        Tour.Line("events saved", ticket.Version);
        Tour.Line("identical history", loaded.History.SequenceEqual(ticket.History));
        Tour.Line("status, due date", $"{loaded.Status.ChineseName}, {loaded.Deadline!.Value.DueDate:uuuu-MM-dd}");

        Tour.Step("5.4", "A joint order (主办/协办)", "The platform adds assisting units with their own limits; the lead replies after their reports.");
        var joint = JointOrder(policy, dispatcher, clerk);
        Tour.Table(joint.Assignments.Select(a => new[]
        {
            a.Unit.Value, a.Role.ChineseName, Local(a.AssignedAt), a.DueAt is { } due ? Local(due) : "-",
            a.ReportedAt is { } reported ? Local(reported) : "-", a.ReportedOnTime switch { true => "按时", false => "超时", null => "-" },
        }).ToArray());
        store.Save(joint);
        Tour.Line("saved and loaded back", store.Load(joint.Id).Assignments.SequenceEqual(joint.Assignments));
    }

    // Noise from a construction site, 2025-09-26: 住建局 leads, 城管局 and 生态环境局 assist with 3 working days each;
    // 生态环境局 reports after National Day, late.
    private static Ticket JointOrder(HandlingPolicy policy, Actor dispatcher, Actor clerk)
    {
        var zone = policy.Zone;
        Instant At(int month, int day, int hour, int minute = 0) => new LocalDateTime(2025, month, day, hour, minute).InZoneStrictly(zone).ToInstant();
        var urban = Actor.OfUnit(new UnitId("城管局"), "cg-21");
        var ecology = Actor.OfUnit(new UnitId("生态环境局"), "st-41");
        var t = Ticket.Register(new TicketId("GD-20250926-0107"), TicketCategory.Complaint, "工地夜间施工噪音扰民", policy, Actor.Platform("op-01"), At(9, 26, 9));
        t.Dispatch(clerk.Unit!, Complexity.General, dispatcher, At(9, 26, 9, 30));
        t.SignIn(clerk, At(9, 26, 10));
        t.AddAssistingUnit(urban.Unit!, 3, dispatcher, At(9, 26, 11));
        t.AddAssistingUnit(ecology.Unit!, 3, dispatcher, At(9, 26, 11, 5));
        t.ReportProgress("已约谈施工方", clerk, At(9, 26, 15));
        t.ReportAssistance("已责令夜间停工", urban, At(9, 29, 16));
        t.ReportAssistance("噪声监测超标", ecology, At(10, 9, 10));
        t.Reply("已协调停工", resolved: true, clerk, At(10, 9, 11));
        return t;
    }
}
