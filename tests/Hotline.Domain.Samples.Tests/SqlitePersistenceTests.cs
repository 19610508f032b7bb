using CsCheck;
using Hotline.Domain.Samples.Persistence;
using Hotline.Domain.Tests.Tickets;
using Hotline.Domain.Tickets;
using Microsoft.Data.Sqlite;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Samples.Tests;

/// <summary>Rule 6: tickets stored in a real SQLite file as JSON events and loaded back through Rehydrate lose nothing.</summary>
public sealed class SqlitePersistenceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"hotline-tickets-{Guid.NewGuid():N}.db");
    private readonly SqliteConnection _connection;
    private readonly SqliteTicketStore _store;

    public SqlitePersistenceTests()
    {
        _connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        _connection.Open();
        _store = new SqliteTicketStore(_connection, Policy);
        _store.CreateSchema();
    }

    public void Dispose()
    {
        _connection.Dispose();
        File.Delete(_file);
    }

    [Fact]
    public void A_thousand_generated_tickets_round_trip_through_a_SQLite_file_without_losing_anything()
    {
        TicketScripts.ScriptGen.Array[1000].Sample(scripts =>
        {
            using (var clear = _connection.CreateCommand())
            {
                clear.CommandText = "DELETE FROM ticket_events";
                clear.ExecuteNonQuery();
            }

            // Saved in two steps: half of each script, then the rest after a reload, as an integrator would.
            var tickets = scripts.Select((s, i) => TicketScripts.Run(s with { Attempts = s.Attempts[..(s.Attempts.Length / 2)] }, $"GD-{i:D4}", Policy)).ToList();
            _store.Save(tickets);
            tickets.Should().OnlyContain(t => t.UncommittedEvents.Count == 0 && t.LoadedVersion == t.Version);

            var live = scripts.Select((s, i) => TicketScripts.Run(s, $"GD-{i:D4}", Policy)).ToList();
            var resumed = tickets.Select(t => _store.Load(t.Id)).ToList();
            for (var i = 0; i < live.Count; i++)
            {
                foreach (var e in live[i].History.Skip(resumed[i].Version))
                {
                    Replay(resumed[i], e);
                }
            }

            _store.Save(resumed);

            _store.Ids().Should().HaveCount(1000);
            var events = 0;
            for (var i = 0; i < live.Count; i++)
            {
                var loaded = _store.Load(live[i].Id);
                loaded.History.Should().Equal(live[i].History);
                Fingerprint.Of(loaded).Should().Be(Fingerprint.Of(live[i]));
                loaded.Id.Should().Be(live[i].Id);
                loaded.Category.Should().Be(live[i].Category);
                loaded.Summary.Should().Be(live[i].Summary);
                loaded.UncommittedEvents.Should().BeEmpty();
                events += loaded.Version;
            }

            events.Should().BeGreaterThan(2000);
        }, iter: 1, threads: 1);
    }

    [Fact]
    public void A_joint_order_with_a_reply_before_an_assisting_report_round_trips()
    {
        var policy = Policy.ToBuilder().AllowReplyBeforeAssistingReports().Build();
        var store = new SqliteTicketStore(_connection, policy);
        var ecology = Actor.OfUnit(new UnitId("生态环境局"), "st-41");
        var t = Ticket.Register(new TicketId("GD-20250926-0107"), TicketCategory.Complaint, "工地夜间施工噪音扰民", policy, Operator, Beijing("2025-09-26 09:00"));
        t.Dispatch(Housing, Complexity.General, Dispatcher, Beijing("2025-09-26 09:30"));
        t.SignIn(HousingClerk, Beijing("2025-09-26 10:00"));
        t.AddAssistingUnit(Urban, 3, Dispatcher, Beijing("2025-09-26 11:00"));
        t.AddAssistingUnit(ecology.Unit!, 3, Dispatcher, Beijing("2025-09-26 11:05"));
        t.ReportProgress("已约谈施工方", UrbanClerk, Beijing("2025-09-26 15:00"));
        t.ReportAssistance("已责令夜间停工", UrbanClerk, Beijing("2025-09-29 16:00"));
        t.Reply("已协调停工", true, HousingClerk, Beijing("2025-09-30 09:00"));

        store.Save(t);
        var loaded = store.Load(t.Id);

        loaded.History.Should().Equal(t.History);
        loaded.History[^1].Should().BeOfType<TicketReplied>().Which.NotReportedBy.Should().Equal("生态环境局");
        loaded.Assignments.Should().Equal(t.Assignments);
    }

    [Fact]
    public void A_concurrent_append_since_the_load_is_refused_and_the_reload_sees_it()
    {
        var ticket = Dispatched();
        _store.Save(ticket);
        var first = _store.Load(ticket.Id);
        var second = _store.Load(ticket.Id);

        first.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        _store.Save(first);
        second.Return("非本单位职责", HousingClerk, Beijing("2026-09-30 16:31"));

        var act = () => _store.Save(second);

        act.Should().Throw<ConcurrencyException>().Which.ExpectedVersion.Should().Be(2);
        second.UncommittedEvents.Should().HaveCount(1, "nothing was saved, so nothing is marked committed");
        var reloaded = _store.Load(ticket.Id);
        reloaded.Status.Should().Be(TicketStatus.InProgress);
        reloaded.Invoking(t => t.Return("非本单位职责", HousingClerk, Beijing("2026-09-30 16:31")))
            .Should().Throw<TicketStateException>("once signed for, the unit can no longer return it");
    }

    [Fact]
    public void Stored_rows_carry_the_stable_event_name_and_ISO_instants_not_CLR_type_names()
    {
        var ticket = Signed();
        _store.Save(ticket);

        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT type, at, data FROM ticket_events WHERE sequence = 2";
        using var reader = query.ExecuteReader();
        reader.Read().Should().BeTrue();
        reader.GetString(0).Should().Be("dispatched");
        reader.GetString(1).Should().Be("2026-09-30T08:00:00Z");
        reader.GetString(2).Should().Contain("\"DueDate\":\"2026-10-20\"").And.Contain("\"DueAt\":\"2026-10-20T16:00:00Z\"").And.NotContain("Hotline.Domain");
    }

    // Re-applies a recorded event through the public actions, as a resumed session would.
    private static void Replay(Ticket t, TicketEvent e)
    {
        var by = e.ByUnit is null ? Actor.Platform(e.ByStaff) : Actor.OfUnit(new UnitId(e.ByUnit), e.ByStaff);
        switch (e)
        {
            case TicketAnsweredDirectly a: t.AnswerDirectly(a.Answer, by, e.At); break;
            case TicketDispatched d: t.Dispatch(new UnitId(d.Unit), Complexity.FromCode(d.Complexity), by, e.At); break;
            case TicketSignedIn: t.SignIn(by, e.At); break;
            case TicketReturned r: t.Return(r.Reason, by, e.At); break;
            case TicketReturnRejected j: t.RejectReturn(j.Reason, by, e.At); break;
            case TicketExtensionRequested x: t.RequestExtension(x.WorkingDays, x.Reason, by, e.At); break;
            case TicketExtensionApproved: t.ApproveExtension(by, e.At); break;
            case TicketExtensionDenied n: t.DenyExtension(n.Reason, by, e.At); break;
            case TicketReplied r: t.Reply(r.Result, r.Resolved, by, e.At); break;
            case TicketCallbackRecorded { Resolution: { } grade } c: t.RecordCallback(Resolution.FromCode(grade), Satisfaction.FromCode(c.Satisfaction), by, e.At); break;
            case TicketCallbackRecorded c: t.RecordCallback(c.Resolved, Satisfaction.FromCode(c.Satisfaction), by, e.At); break;
            case TicketCallbackAttempted a: t.RecordCallbackAttempt(CallbackOutcome.FromCode(a.Outcome), by, e.At); break;
            case TicketReplyReviewed v: t.ReviewReply(v.Accepted, v.Note, by, e.At); break;
            case TicketReopened o: t.Reopen(o.Reason, by, e.At); break;
            case TicketClosed: t.Close(by, e.At); break;
            case TicketMerged m: t.MergeInto(new TicketId(m.MasterTicketId), by, e.At); break;
            case TicketRequesterContacted c: t.ContactRequester(c.Note, by, e.At); break;
            case TicketAssistingUnitAdded a: t.AddAssistingUnit(new UnitId(a.Unit), a.WorkingDays, by, e.At); break;
            case TicketAssistanceReported p: t.ReportAssistance(p.Result, by, e.At); break;
            case TicketProgressReported g: t.ReportProgress(g.Progress, by, e.At); break;
            case TicketReminded r: t.Remind(r.Note, by, e.At); break;
            case TicketSupervised v: t.Supervise(SupervisionLevel.FromCode(v.Level), v.Note, v.WorkingDays, by, e.At); break;
            case TicketSupervisionAnswered w: t.AnswerSupervision(w.Answer, by, e.At); break;
            case TicketEscalated x: t.Escalate(new UnitId(x.Unit), x.Reason, by, e.At); break;
            case TicketTransferredToEmergencyLine l: t.TransferToEmergencyLine(EmergencyLine.FromCode(l.Line), by, e.At); break;
            case TicketReferredToLegalRoute r: t.ReferToLegalRoute(r.Route, by, e.At); break;
            case TicketDeclined n: t.Decline(n.Reason, by, e.At); break;
            case TicketMarkedInvalid v: t.MarkInvalid(v.Reason, by, e.At); break;
            case TicketWithdrawn w: t.Withdraw(w.Reason, by, e.At); break;
            case TicketTerminationRequested q: t.RequestTermination(q.Reason, by, e.At); break;
            case TicketTerminationApproved: t.ApproveTermination(by, e.At); break;
            case TicketTerminationDenied n: t.DenyTermination(n.Reason, by, e.At); break;
            case TicketStatutoryPeriodRequested q: t.RequestStatutoryPeriod(q.DueDate, q.LegalBasis, by, e.At); break;
            case TicketStatutoryPeriodApproved: t.ApproveStatutoryPeriod(by, e.At); break;
            case TicketStatutoryPeriodDenied n: t.DenyStatutoryPeriod(n.Reason, by, e.At); break;
            default: throw new InvalidOperationException(e.ToString());
        }
    }
}
