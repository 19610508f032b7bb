using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// 法定办理期限 (济南市12345市民服务热线管理办法 第二十四条; 北京市接诉即办工作条例 第十五条): a 举报 dispatched to 住建局 on
/// Wednesday 2026-09-30 16:00, due under the hotline's ten working days on 2026-10-20; the law gives it 60 days from
/// receipt, to 2026-11-29.
/// </summary>
public class StatutoryPeriodTests
{
    private const string Basis = "《信访工作条例》第三十二条：自受理之日起60日内办结";
    private static readonly LocalDate LegalDue = new(2026, 11, 29);
    private static readonly Instant Asked = Beijing("2026-10-12 09:00");
    private static readonly Instant Decided = Beijing("2026-10-13 10:00");

    private static Ticket Requested()
    {
        var t = SignedReport();
        t.RequestStatutoryPeriod(LegalDue, Basis, HousingClerk, Asked);
        return t;
    }

    private static Ticket Approved()
    {
        var t = Requested();
        t.ApproveStatutoryPeriod(Supervisor, Decided);
        return t;
    }

    [Fact]
    public void The_report_is_due_under_the_hotline_limit_until_the_period_is_approved()
    {
        var t = Requested();

        (t.PendingStatutoryDueDate, t.StatutoryBasis, t.Deadline!.Value.DueDate, t.Deadline.Value.IsStatutory)
            .Should().Be((LegalDue, (string?)null, new LocalDate(2026, 10, 20), false));
        t.History[^1].Should().Be(new TicketStatutoryPeriodRequested(4, Asked, "住建局", "zj-11", LegalDue, Basis));
    }

    [Fact]
    public void On_approval_the_order_is_due_at_24_00_at_the_end_of_the_statutory_date()
    {
        var t = Approved();

        var deadline = t.Deadline!.Value;
        (deadline.DueDate, deadline.DueAt, deadline.IsStatutory, deadline.IsProvisional).Should().Be((LegalDue, Beijing("2026-11-30 00:00"), true, false));
        (deadline.WorkingDays, deadline.OriginalDueDate, deadline.ExtensionsUsed).Should().Be((10, new LocalDate(2026, 10, 20), 0), "the hotline's limit stays on the record");
        (t.StatutoryBasis, t.PendingStatutoryDueDate).Should().Be((Basis, (LocalDate?)null));
        t.History[^1].Should().Be(new TicketStatutoryPeriodApproved(5, Decided, null, "sv-03", LegalDue, Beijing("2026-11-30 00:00")));
        deadline.ToString().Should().EndWith("statutory");
    }

    [Fact]
    public void A_reply_after_the_hotline_limit_but_within_the_statutory_period_is_on_time()
    {
        var t = Approved();

        t.IsOverdueAt(Beijing("2026-11-29 23:59")).Should().BeFalse();
        t.IsOverdueAt(Beijing("2026-11-30 00:00")).Should().BeTrue();
        t.Reply("经调查，违建已拆除", true, HousingClerk, Beijing("2026-11-25 10:00"));

        t.RepliedOnTime.Should().BeTrue();
    }

    [Fact]
    public void The_approved_period_replays_and_its_snapshot_restores()
    {
        var t = Approved();

        var replayed = Ticket.Rehydrate(Policy, t.History);
        (replayed.Deadline, replayed.StatutoryBasis, replayed.DeadlineDrifts.Count).Should().Be((t.Deadline, Basis, 0));
        var snapshot = t.Deadline!.Value.ToSnapshot();
        snapshot.IsStatutory.Should().BeTrue();
        Policy.Restore(snapshot).Should().Be(t.Deadline.Value);
    }

    [Fact]
    public void A_statutory_snapshot_must_end_after_the_hotline_due_date()
    {
        var snapshot = Approved().Deadline!.Value.ToSnapshot() with { DueDate = new LocalDate(2026, 10, 20) };

        FluentActions.Invoking(() => Policy.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage("*statutory due date 2026-10-20*");
        FluentActions.Invoking(() => Policy.Restore(snapshot with { DueDate = new LocalDate(2026, 11, 29, CalendarSystem.Julian) }))
            .Should().Throw<HandlingPolicyException>();
    }

    [Fact]
    public void A_denied_period_leaves_the_deadline_in_force()
    {
        var t = Requested();

        t.DenyStatutoryPeriod("不适用该条例", Supervisor, Decided);

        (t.PendingStatutoryDueDate, t.StatutoryBasis, t.Deadline!.Value.DueDate).Should().Be(((LocalDate?)null, (string?)null, new LocalDate(2026, 10, 20)));
        t.History[^1].Should().Be(new TicketStatutoryPeriodDenied(5, Decided, null, "sv-03", "不适用该条例"));
    }

    [Fact]
    public void The_request_comes_before_the_deadline_in_force_and_ends_after_its_due_date()
    {
        var t = SignedReport();

        t.Refuses<TicketStateException>(() => t.RequestStatutoryPeriod(LegalDue, Basis, HousingClerk, Beijing("2026-10-21 00:00")), TicketRule.StatutoryPeriodRule)
            .Message.Should().Contain("2026-10-20");
        t.Refuses<TicketStateException>(() => t.RequestStatutoryPeriod(new LocalDate(2026, 10, 20), Basis, HousingClerk, Asked), TicketRule.StatutoryPeriodRule)
            .Message.Should().EndWith("a statutory period is asked for before it and ends after it, and this request, dated 2026-10-12 09:00:00 (Asia/Shanghai), asks for 2026-10-20.");
        t.RequestStatutoryPeriod(new LocalDate(2026, 10, 21), Basis, HousingClerk, Beijing("2026-10-20 23:59"));
        t.PendingStatutoryDueDate.Should().Be(new LocalDate(2026, 10, 21));
    }

    [Fact]
    public void One_pending_request_at_a_time_and_not_beside_a_pending_extension()
    {
        var t = Requested();
        t.Refuses<TicketStateException>(() => t.RequestStatutoryPeriod(LegalDue.PlusDays(1), Basis, HousingClerk, Decided), TicketRule.StatutoryPeriodPending)
            .Message.Should().EndWith("Ticket GD-20260930-0002's statutory period request (to 2026-11-29) awaits the platform's decision; the next request follows that decision.");
        t.Refuses<TicketStateException>(() => t.RequestExtension(5, "需协调", HousingClerk, Decided), TicketRule.StatutoryPeriodPending)
            .Message.Should().Contain("an extension is asked for after that decision");

        var extending = SignedReport();
        extending.RequestExtension(5, "需协调", HousingClerk, Asked);
        extending.Refuses<TicketStateException>(() => extending.RequestStatutoryPeriod(LegalDue, Basis, HousingClerk, Decided), TicketRule.ExtensionPendingDecision)
            .Message.Should().Contain("a statutory period is asked for after that decision");
    }

    [Fact]
    public void No_extension_after_the_statutory_period()
    {
        var t = Approved();

        t.RefusesExtension(() => t.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-14 09:00")), ExtensionRefusal.StatutoryPeriodInForce)
            .Message.Should().Contain(Basis);
        FluentActions.Invoking(() => t.Deadline!.Value.Extend(5)).Should().Throw<ExtensionRefusedException>()
            .Which.Reason.Should().Be(ExtensionRefusal.StatutoryPeriodInForce);
    }

    [Fact]
    public void After_an_approved_extension_the_period_must_end_after_the_extended_due_date()
    {
        var t = SignedReport();
        t.RequestExtension(5, "需协调", HousingClerk, Asked);
        t.ApproveExtension(Supervisor, Decided);
        t.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 27));

        t.Refuses<TicketStateException>(() => t.RequestStatutoryPeriod(new LocalDate(2026, 10, 27), Basis, HousingClerk, Beijing("2026-10-14 09:00")), TicketRule.StatutoryPeriodRule);
        t.RequestStatutoryPeriod(LegalDue, Basis, HousingClerk, Beijing("2026-10-14 09:00"));
        t.ApproveStatutoryPeriod(Supervisor, Beijing("2026-10-14 10:00"));

        (t.Deadline!.Value.DueDate, t.Deadline.Value.ExtensionsUsed, t.Deadline.Value.ExtendedByWorkingDays).Should().Be((LegalDue, 1, 5));
        Ticket.Rehydrate(Policy, t.History).Deadline.Should().Be(t.Deadline);
        Policy.Restore(t.Deadline.Value.ToSnapshot()).Should().Be(t.Deadline.Value);
    }

    [Fact]
    public void A_reopened_round_runs_on_the_hotline_limit_again()
    {
        var t = Approved();
        t.Reply("已处理", true, HousingClerk, Beijing("2026-11-25 10:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-26 09:00"));

        t.Reopen("诉求人不满意", Supervisor, Beijing("2026-11-26 10:00"));

        (t.StatutoryBasis, t.Deadline!.Value.IsStatutory, t.Deadline.Value.DueDate).Should().Be(((string?)null, false, new LocalDate(2026, 12, 10)));
    }

    [Fact]
    public void Only_the_lead_unit_asks_and_only_the_platform_decides()
    {
        var t = SignedReport();
        t.Refuses<TicketAuthorityException>(() => t.RequestStatutoryPeriod(LegalDue, Basis, Supervisor, Asked), TicketRule.DispatchedUnitOnly);
        var pending = Requested();
        pending.Refuses<TicketAuthorityException>(() => pending.ApproveStatutoryPeriod(HousingClerk, Decided), TicketRule.PlatformOnly);
        pending.Refuses<TicketStateException>(() => SignedReport().ApproveStatutoryPeriod(Supervisor, Decided), TicketRule.PendingStatutoryPeriodOnly);
        var signed = SignedReport();
        signed.Refuses<TicketStateException>(() => signed.DenyStatutoryPeriod("无", Supervisor, Decided), TicketRule.PendingStatutoryPeriodOnly)
            .Message.Should().Contain("no pending statutory period request to deny");
    }

    [Fact]
    public void The_pending_request_lapses_at_the_reply()
    {
        var t = Requested();

        t.Reply("已处理", true, HousingClerk, Beijing("2026-10-15 10:00"));

        t.PendingStatutoryDueDate.Should().BeNull();
        t.Refuses<TicketStateException>(() => t.ApproveStatutoryPeriod(Supervisor, Beijing("2026-10-15 11:00")), TicketRule.PendingStatutoryPeriodOnly);
    }

    [Fact]
    public void A_date_outside_the_iso_range_or_a_blank_basis_is_refused_as_an_argument()
    {
        var t = SignedReport();

        FluentActions.Invoking(() => t.RequestStatutoryPeriod(new LocalDate(2026, 11, 29, CalendarSystem.Julian), Basis, HousingClerk, Asked))
            .Should().Throw<ArgumentException>().WithParameterName("dueDate");
        FluentActions.Invoking(() => t.RequestStatutoryPeriod(new LocalDate(9899, 12, 31), Basis, HousingClerk, Asked))
            .Should().Throw<ArgumentException>().WithParameterName("dueDate");
        FluentActions.Invoking(() => t.RequestStatutoryPeriod(LegalDue, " ", HousingClerk, Asked))
            .Should().Throw<ArgumentException>().WithParameterName("legalBasis");
        t.RequestStatutoryPeriod(new LocalDate(9899, 12, 30), Basis, HousingClerk, Asked);
        t.ApproveStatutoryPeriod(Supervisor, Decided);
        t.Deadline!.Value.DueAt.Should().Be(Beijing("9899-12-31 00:00"));
    }

    [Fact]
    public void Replay_refuses_an_approval_of_another_date_or_a_due_instant_before_the_deadline_it_replaces()
    {
        var requested = Requested().History.ToList();

        RefusedOnReplay([.. requested, new TicketStatutoryPeriodApproved(5, Decided, null, "sv-03", LegalDue.PlusDays(1), Beijing("2026-12-01 00:00"))])
            .Message.Should().Contain("the pending request asked for 2026-11-29");
        RefusedOnReplay([.. requested, new TicketStatutoryPeriodApproved(5, Decided, null, "sv-03", LegalDue, Beijing("2026-10-21 00:00"))])
            .Message.Should().Contain("does not follow the deadline it replaces");
        RefusedOnReplay([.. requested, new TicketStatutoryPeriodApproved(5, Decided, null, "sv-03", LegalDue, Instant.MaxValue)])
            .Rule.Should().Be(TicketRule.WellFormedHistory);
    }

    [Fact]
    public void Replay_refuses_a_request_with_a_non_iso_date_or_a_blank_basis()
    {
        var signed = SignedReport().History.ToList();

        RefusedOnReplay([.. signed, new TicketStatutoryPeriodRequested(4, Asked, "住建局", "zj-11", new LocalDate(2026, 11, 29, CalendarSystem.Julian), Basis)])
            .Message.Should().Contain("not an ISO date");
        RefusedOnReplay([.. signed, new TicketStatutoryPeriodRequested(4, Asked, "住建局", "zj-11", LegalDue, "")])
            .Message.Should().Contain("legal basis is blank");
        RefusedOnReplay([.. signed, new TicketStatutoryPeriodRequested(4, Asked, "住建局", "zj-11", new LocalDate(2026, 10, 20), Basis)])
            .Rule.Should().Be(TicketRule.StatutoryPeriodRule);
        RefusedOnReplay([.. Requested().History, new TicketStatutoryPeriodDenied(5, Decided, null, "sv-03", " ")])
            .Rule.Should().Be(TicketRule.WellFormedHistory);
    }

    [Fact]
    public void An_approval_recorded_in_another_zone_replays_with_its_recorded_instant_and_a_drift()
    {
        var history = Requested().History.ToList();
        var recorded = Beijing("2026-11-30 01:00");

        var replayed = Ticket.Rehydrate(Policy, [.. history, new TicketStatutoryPeriodApproved(5, Decided, null, "sv-03", LegalDue, recorded)]);

        replayed.Deadline!.Value.DueAt.Should().Be(recorded);
        replayed.DeadlineDrifts.Should().ContainSingle().Which.RecomputedDueAt.Should().Be(Beijing("2026-11-30 00:00"));
    }

    [Fact]
    public void Statutory_and_hotline_deadlines_differ_in_equality()
    {
        var hotline = SignedReport().Deadline!.Value;
        var statutory = Approved().Deadline!.Value;

        hotline.Should().NotBe(statutory);
        hotline.IsStatutory.Should().BeFalse();
    }
}
