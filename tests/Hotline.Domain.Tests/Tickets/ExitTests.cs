using Hotline.Domain.Accountability;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// The exits (国办发〔2020〕53号; 北京市接诉即办工作条例 第十一条): four at intake on a call registered on Wednesday
/// 2026-09-30 15:50, the eve of National Day, and the requester's withdrawal (撤单) from every status before the close.
/// </summary>
public class ExitTests
{
    private static readonly Instant At = Beijing("2026-09-30 15:55");

    /// <summary>Each exit at intake, by name, with the disposition it closes the ticket with.</summary>
    public static TheoryData<string> IntakeExits => new() { "transfer", "refer", "decline", "invalid" };

    private static void Exit(Ticket t, string exit, Actor by, Instant at)
    {
        switch (exit)
        {
            case "transfer": t.TransferToEmergencyLine(EmergencyLine.Fire, by, at); break;
            case "refer": t.ReferToLegalRoute("劳动争议仲裁", by, at); break;
            case "decline": t.Decline("涉及国家秘密，不属于热线受理范围", by, at); break;
            default: t.MarkInvalid("恶意骚扰，多次无实质内容来电", by, at); break;
        }
    }

    private static Disposition DispositionOf(string exit) => exit switch
    {
        "transfer" => Disposition.TransferredToEmergencyLine,
        "refer" => Disposition.ReferredToLegalRoute,
        "decline" => Disposition.DeclinedOutOfScope,
        _ => Disposition.Invalid,
    };

    [Theory]
    [MemberData(nameof(IntakeExits))]
    public void An_exit_at_intake_closes_the_ticket_with_its_disposition_no_unit_and_no_deadline(string exit)
    {
        var t = Registered();

        Exit(t, exit, Operator, At);

        (t.Status, t.Disposition, t.ResponsibleUnit, t.Deadline).Should().Be((TicketStatus.Closed, DispositionOf(exit), (UnitId?)null, (Hotline.Domain.Deadlines.HandlingDeadline?)null));
        t.IsOverdueAt(Beijing("2027-01-01 00:00")).Should().BeFalse();
        t.History.Should().HaveCount(2);
        t.History[^1].At.Should().Be(At);
        Ticket.Rehydrate(Policy, t.History).Disposition.Should().Be(DispositionOf(exit));
    }

    [Fact]
    public void The_transfer_records_the_line_the_call_went_to()
    {
        var t = Registered();

        t.TransferToEmergencyLine(EmergencyLine.Fire, Operator, At);

        t.TransferredTo.Should().Be(EmergencyLine.Fire);
        t.History[^1].Should().Be(new TicketTransferredToEmergencyLine(2, At, null, "op-01", "119"));
        Ticket.Rehydrate(Policy, t.History).TransferredTo.Should().Be(EmergencyLine.Fire);
    }

    [Fact]
    public void Each_exit_records_what_the_platform_said()
    {
        var refer = Registered();
        refer.ReferToLegalRoute("劳动争议仲裁", Operator, At);
        var decline = Registered();
        decline.Decline("涉及国家秘密", Operator, At);
        var invalid = Registered();
        invalid.MarkInvalid("恶意骚扰", Operator, At);
        var withdrawn = Registered();
        withdrawn.Withdraw("诉求人来电撤回", Operator, At);

        refer.History[^1].Should().Be(new TicketReferredToLegalRoute(2, At, null, "op-01", "劳动争议仲裁"));
        decline.History[^1].Should().Be(new TicketDeclined(2, At, null, "op-01", "涉及国家秘密"));
        invalid.History[^1].Should().Be(new TicketMarkedInvalid(2, At, null, "op-01", "恶意骚扰"));
        withdrawn.History[^1].Should().Be(new TicketWithdrawn(2, At, null, "op-01", "诉求人来电撤回"));
    }

    [Theory]
    [MemberData(nameof(IntakeExits))]
    public void An_exit_at_intake_is_refused_once_the_order_is_dispatched(string exit)
    {
        var t = Dispatched();

        t.Refuses<TicketStateException>(() => Exit(t, exit, Dispatcher, Beijing("2026-09-30 16:10")), TicketRule.AllowedStatus)
            .Message.Should().Contain("已受理 (Registered)");
    }

    [Theory]
    [MemberData(nameof(IntakeExits))]
    public void Only_platform_staff_take_an_exit(string exit)
    {
        var t = Registered();

        t.Refuses<TicketAuthorityException>(() => Exit(t, exit, HousingClerk, At), TicketRule.PlatformOnly);
        t.Refuses<TicketAuthorityException>(() => t.Withdraw("撤回", HousingClerk, At), TicketRule.PlatformOnly);
    }

    [Theory]
    [MemberData(nameof(IntakeExits))]
    public void An_exit_is_refused_before_the_registration_and_after_a_close(string exit)
    {
        var early = Registered();
        early.Refuses<TicketChronologyException>(() => Exit(early, exit, Operator, Beijing("2026-09-30 15:49")), TicketRule.Chronology);

        var answered = Registered();
        answered.AnswerDirectly("按知识库答复", Operator, At);
        answered.Refuses<TicketStateException>(() => Exit(answered, exit, Operator, At), TicketRule.NothingAfterClose);
    }

    [Fact]
    public void A_blank_reason_route_or_a_null_line_is_an_argument_error()
    {
        var t = Registered();

        t.Invoking(x => x.TransferToEmergencyLine(null!, Operator, At)).Should().Throw<ArgumentException>().WithParameterName("line");
        t.Invoking(x => x.ReferToLegalRoute(" ", Operator, At)).Should().Throw<ArgumentException>().WithParameterName("route");
        t.Invoking(x => x.Decline("", Operator, At)).Should().Throw<ArgumentException>().WithParameterName("reason");
        t.Invoking(x => x.MarkInvalid(null!, Operator, At)).Should().Throw<ArgumentException>().WithParameterName("reason");
        t.Invoking(x => x.Withdraw("\t", Operator, At)).Should().Throw<ArgumentException>().WithParameterName("reason");
        t.Invoking(x => x.Withdraw("撤回", null!, At)).Should().Throw<ArgumentException>().WithParameterName("by");
        t.Version.Should().Be(1);
    }

    [Fact]
    public void The_disposition_follows_the_intake_decision()
    {
        Registered().Disposition.Should().BeNull();
        Dispatched().Disposition.Should().Be(Disposition.Dispatched);
        Returned().Disposition.Should().Be(Disposition.Dispatched);
        var answered = Registered();
        answered.AnswerDirectly("按知识库答复", Operator, At);
        answered.Disposition.Should().Be(Disposition.AnsweredDirectly);
        Closed().Disposition.Should().Be(Disposition.Dispatched, "a closed order was dispatched");
    }

    /// <summary>The statuses before the close, by the fixture that reaches each.</summary>
    public static TheoryData<string> BeforeClose => new() { "registered", "dispatched", "returned", "in-progress", "replied", "called-back" };

    private static Ticket Reach(string status) => status switch
    {
        "registered" => Registered(),
        "dispatched" => Dispatched(),
        "returned" => Returned(),
        "in-progress" => Signed(),
        "replied" => Replied(),
        _ => CalledBack(false, Satisfaction.Dissatisfied),
    };

    [Theory]
    [MemberData(nameof(BeforeClose))]
    public void A_withdrawal_closes_the_order_from_every_status_before_the_close(string status)
    {
        var t = Reach(status);
        var unit = t.ResponsibleUnit;
        var deadline = t.Deadline;

        t.Withdraw("诉求人来电表示问题已自行解决，申请撤单", Supervisor, Beijing("2026-10-20 09:00"));

        (t.Status, t.Disposition).Should().Be((TicketStatus.Closed, Disposition.Withdrawn));
        (t.ResponsibleUnit, t.Deadline).Should().Be((unit, deadline), "the unit and the deadline stay on the record");
        t.IsOverdueAt(Beijing("2026-12-31 00:00")).Should().BeFalse("no deadline runs after a withdrawal");
        t.Refuses<TicketStateException>(() => t.Withdraw("再次撤单", Supervisor, Beijing("2026-10-20 09:05")), TicketRule.NothingAfterClose)
            .Message.Should().Contain("cannot withdraw it");
        Snapshot(Ticket.Rehydrate(Policy, t.History)).Should().BeEquivalentTo(Snapshot(t), o => o.ComparingByValue<Hotline.Domain.Deadlines.HandlingDeadline>().Excluding(x => x.Path == "LoadedVersion" || x.Path.StartsWith("Uncommitted")));
    }

    [Fact]
    public void A_withdrawal_ends_the_open_supervision_and_lapses_a_pending_extension()
    {
        var t = ExtensionRequested();
        t.Supervise(SupervisionLevel.Routine, "请说明进度", 2, Supervisor, Beijing("2026-10-12 11:00"));

        t.Withdraw("诉求人撤回", Supervisor, Beijing("2026-10-13 09:00"));

        t.PendingExtensionWorkingDays.Should().BeNull();
        t.OpenSupervision.Should().BeNull("no answer can come after the close");
    }

    [Fact]
    public void Nothing_follows_a_withdrawal()
    {
        var t = Signed();
        t.Withdraw("诉求人撤回", Supervisor, Beijing("2026-10-12 09:00"));

        t.Refuses<TicketStateException>(() => t.Reply("已处理", true, HousingClerk, Beijing("2026-10-12 10:00")), TicketRule.NothingAfterClose);
        t.Refuses<TicketStateException>(() => t.Close(Supervisor, Beijing("2026-10-12 10:00")), TicketRule.NothingAfterClose);
    }

    [Fact]
    public void A_withdrawn_order_counts_nowhere_in_the_assessment_and_has_no_finding_even_past_its_deadline()
    {
        // Signed for on 2026-09-30 16:30 as 特别复杂: due 2026-10-30; withdrawn a month after the deadline, unreplied.
        var withdrawn = Signed();
        var due = withdrawn.Deadline!.Value.DueAt;
        withdrawn.Withdraw("诉求人撤回", Supervisor, due + Duration.FromDays(30));
        var kept = Signed();
        var period = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 30));
        var asOf = due + Duration.FromDays(31);

        var assessment = Assessment.Of([withdrawn], period, asOf);
        var findings = AccountabilityReview.Review([withdrawn], [], asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn);

        assessment.Units.Should().BeEmpty();
        assessment.CityWide.Dispatched.Should().Be(0);
        findings.Should().BeEmpty();
        Assessment.Of([kept], period, asOf).CityWide.Dispatched.Should().Be(1, "the same order not withdrawn counts");
        AccountabilityReview.Review([kept], [], asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn).Should().NotBeEmpty();
    }

    [Fact]
    public void Replay_refuses_an_unknown_line_a_blank_reason_and_an_intake_exit_after_the_dispatch()
    {
        var registered = Registered().History[0];
        var dispatched = Dispatched().History;

        RefusedOnReplay([registered, new TicketTransferredToEmergencyLine(2, At, null, "op-01", "999")]).Rule.Should().Be(TicketRule.WellFormedHistory);
        RefusedOnReplay([registered, new TicketDeclined(2, At, null, "op-01", " ")]).Rule.Should().Be(TicketRule.WellFormedHistory);
        RefusedOnReplay([registered, new TicketWithdrawn(2, At, "住建局", "zj-11", "撤回")]).Rule.Should().Be(TicketRule.PlatformOnly);
        RefusedOnReplay([.. dispatched, new TicketMarkedInvalid(3, Beijing("2026-09-30 16:10"), null, "op-01", "骚扰")]).Rule.Should().Be(TicketRule.AllowedStatus);
    }
}
