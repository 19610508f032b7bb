using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Docs;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Importing the rows existing systems keep: the elevator complaint of 2026-09-30 (dispatched 16:00, due 10-20, extended
/// to 10-27) as a record, strictly and leniently, under the Baoji 2019 policy.
/// </summary>
public class TicketImportTests
{
    private static readonly HandlingPolicy Policy = HandlingPolicy.Baoji2019;

    private static TicketRecord Elevator() => new()
    {
        Id = "GD-20260930-0001",
        Category = "投诉",
        Summary = "小区电梯停运三天",
        ReceivedAt = Beijing("2026-09-30 15:00"),
        Unit = "住建局",
        Complexity = "特别复杂",
        DispatchedAt = Beijing("2026-09-30 16:00"),
        SignedAt = Beijing("2026-09-30 17:00"),
        ExtensionRequestedAt = Beijing("2026-10-19 09:00"),
        ExtensionWorkingDays = 5,
        ExtensionApproved = true,
        ExtensionDecidedAt = Beijing("2026-10-19 11:00"),
        RepliedAt = Beijing("2026-10-27 17:00"),
        ReplyResolved = true,
        CallbackAt = Beijing("2026-10-28 10:00"),
        CallbackResolved = true,
        Satisfaction = "满意",
        ClosedAt = Beijing("2026-10-28 11:00"),
    };

    [Fact]
    public void A_record_becomes_the_ticket_the_live_actions_would_have_made()
    {
        var t = TicketImport.Strict(Policy, Elevator());

        (t.Id.Value, t.Status, t.ResponsibleUnit!.Value, t.Deadline!.Value.DueDate, t.RepliedOnTime).Should().Be(("GD-20260930-0001", TicketStatus.Closed, "住建局", new LocalDate(2026, 10, 27), true));
        t.History.Should().HaveCount(8);
        t.History.Select(e => e.ByStaff).Should().OnlyContain(s => s == TicketImport.PlaceholderStaffId);
        ((TicketExtensionRequested)t.History[3]).Reason.Should().Be(TicketImport.PlaceholderText);
        ((TicketReplied)t.History[5]).Result.Should().Be("（导入：原记录未载明）");
        TicketImport.Lenient(Policy, Elevator()).Should().Match<TicketImportResult>(r => r.Issues.Count == 0 && r.Ticket!.History.SequenceEqual(t.History));
    }

    [Fact]
    public void A_ticket_exported_to_a_record_and_imported_again_is_equal()
    {
        var original = WorkOrdersGuideTests.TheElevatorComplaint(Policy);

        var record = TicketRecord.From(original);
        var imported = TicketImport.Strict(Policy, record);

        imported.History.Should().Equal(original.History);
        (record.RegisteredBy, record.DispatchedBy, record.SignedBy, record.ExtensionDecidedBy, record.Complexity, record.Category)
            .Should().Be(("op-01", "sv-03", "zj-11", "sv-03", "especially-complex", "complaint"));
    }

    [Fact]
    public void Returns_denied_extensions_graded_callbacks_urgency_and_a_registration_alone_round_trip_too()
    {
        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var platform = Actor.Platform("op-01");
        var t = Ticket.Register(new TicketId("GD-2"), TicketCategory.Complaint, "路面塌陷", Policy, platform, Beijing("2026-10-12 09:00"), Urgency.Urgent);
        t.Dispatch(housing, Complexity.EspeciallyComplex, platform, Beijing("2026-10-12 09:05"));
        t.Return("不属本单位职责", clerk, Beijing("2026-10-12 10:00"));
        t.RejectReturn("属住建局职责", platform, Beijing("2026-10-12 11:00"));
        t.SignIn(clerk, Beijing("2026-10-12 12:00"));
        t.RequestExtension(3, "需协调", clerk, Beijing("2026-10-14 09:00"));
        t.DenyExtension("无需延期", platform, Beijing("2026-10-14 10:00"));
        t.Reply("已修复", true, clerk, Beijing("2026-10-16 10:00"));
        t.RecordCallback(Resolution.BasicallyResolved, Satisfaction.BasicallySatisfied, platform, Beijing("2026-10-17 10:00"));
        var alone = Ticket.Register(new TicketId("GD-3"), TicketCategory.Consultation, "咨询公积金", Policy, platform, Beijing("2026-10-12 09:00"));

        TicketImport.Strict(Policy, TicketRecord.From(t)).History.Should().Equal(t.History);
        TicketImport.Strict(Policy, TicketRecord.From(alone)).History.Should().Equal(alone.History);
        TicketRecord.From(t).Should().Match<TicketRecord>(r => r.CallbackResolution == "basically-resolved" && r.CallbackResolved == null && r.Urgency == "urgent");
    }

    [Fact]
    public void A_history_the_record_cannot_hold_is_not_exported()
    {
        var t = Ticket.Rehydrate(Policy, WorkOrdersGuideTests.TheElevatorComplaint(Policy).History.Take(6).ToArray());
        t.RecordCallback(false, Satisfaction.Dissatisfied, Actor.Platform("op-01"), Beijing("2026-10-28 10:00"));
        t.Reopen("诉求人反映仍未解决", Actor.Platform("sv-03"), Beijing("2026-10-29 09:00"));

        FluentActions.Invoking(() => TicketRecord.From(t)).Should().Throw<ArgumentException>().WithParameterName("ticket")
            .WithMessage("Ticket GD-20260930-0001: event 8 (TicketReopened) has no field in a TicketRecord*");
        FluentActions.Invoking(() => TicketRecord.From(null!)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Strict_names_the_record_the_field_and_the_rule_at_the_first_fact_that_breaks_one()
    {
        var early = Elevator() with { SignedAt = Beijing("2026-09-30 15:30") };

        var refused = FluentActions.Invoking(() => TicketImport.Strict(Policy, early)).Should().Throw<TicketImportException>().Which;

        (refused.RecordId, refused.Field, refused.Rule).Should().Be(("GD-20260930-0001", "SignedAt", "chronology"));
        refused.Message.Should().StartWith("Record GD-20260930-0001, field SignedAt: [chronology] ");
        refused.InnerException.Should().BeOfType<TicketChronologyException>();
        refused.Should().BeAssignableTo<HotlineDomainException>();
    }

    [Theory]
    [InlineData("Category", "unknown-value")]
    [InlineData("Complexity", "unknown-value")]
    [InlineData("Satisfaction", "unknown-value")]
    [InlineData("Urgency", "unknown-value")]
    [InlineData("CallbackResolution", "unknown-value")]
    public void A_spelling_no_vocabulary_knows_is_an_unknown_value(string field, string rule)
    {
        var record = field switch
        {
            "Category" => Elevator() with { Category = "上访" },
            "Complexity" => Elevator() with { Complexity = "很难" },
            "Satisfaction" => Elevator() with { Satisfaction = "还行" },
            "Urgency" => Elevator() with { Urgency = "火速" },
            _ => Elevator() with { CallbackResolution = "差不多" },
        };

        var refused = FluentActions.Invoking(() => TicketImport.Strict(Policy, record)).Should().Throw<TicketImportException>().Which;
        (refused.Field, refused.Rule).Should().Be((field, rule));
    }

    [Fact]
    public void Any_spelling_a_vocabulary_accepts_is_accepted()
    {
        var t = TicketImport.Strict(Policy, Elevator() with { Category = "complaint", Complexity = "EspeciallyComplex", Satisfaction = "3", CallbackResolution = "基本解决", CallbackResolved = true });

        (t.Category, t.Satisfaction, t.CallbackResolution).Should().Be((TicketCategory.Complaint, Satisfaction.BasicallySatisfied, Resolution.BasicallyResolved));
    }

    [Fact]
    public void Lenient_keeps_the_facts_that_hold_and_leaves_out_each_that_breaks_a_rule_with_those_built_on_it()
    {
        var lateReplyFirst = Elevator() with { RepliedAt = Beijing("2026-10-19 10:00") }; // before the extension decision

        var result = TicketImport.Lenient(Policy, lateReplyFirst);

        result.Ticket!.Status.Should().Be(TicketStatus.InProgress);
        result.Ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 27), "the extension held");
        result.Issues.Select(i => (i.Field, i.Rule, i.LeftOut)).Should().Equal(
            ("RepliedAt", "chronology", "办结答复 Reply"),
            ("RepliedAt", "depends-on", "回访 RecordCallback"),
            ("RepliedAt", "depends-on", "归档 Close"));
        result.Issues[0].Value.Should().Be("2026-10-19T02:00:00Z");
        result.Issues[1].Message.Should().Be("it needs the fact of RepliedAt, which was left out.");
        result.Issues[0].ToString().Should().StartWith("RepliedAt=2026-10-19T02:00:00Z [chronology] ").And.EndWith(" → left out: 办结答复 Reply");
        result.RecordId.Should().Be("GD-20260930-0001");
        result.ToString().Should().Be("GD-20260930-0001: in-progress, 3 issue(s)");
    }

    [Fact]
    public void A_record_that_cannot_be_registered_gives_no_ticket()
    {
        var result = TicketImport.Lenient(Policy, Elevator() with { ReceivedAt = null });

        result.Ticket.Should().BeNull();
        result.Issues.Single().Should().Match<TicketImportIssue>(i => i.Field == "ReceivedAt" && i.Rule == "required" && i.Value == null && i.LeftOut == "受理 Register");
        result.ToString().Should().Be("GD-20260930-0001: not registered, 1 issue(s)");
        TicketImport.Lenient(Policy, new TicketRecord()).Should().Match<TicketImportResult>(r => r.Ticket == null && r.Issues.Single().Field == "Id" && r.RecordId == null);
        TicketImport.Lenient(Policy, new TicketRecord()).ToString().Should().StartWith("(no id): not registered");
        TicketImport.Lenient(Policy, Elevator() with { Id = " GD-1" }).Issues.Single().Should().Match<TicketImportIssue>(i => i.Field == "Id" && i.Rule == "invalid-value");
        TicketImport.Lenient(Policy, Elevator() with { Summary = " " }).Issues.Single().Should().Match<TicketImportIssue>(i => i.Field == "Summary" && i.Rule == "required" && i.Value == " ");
        TicketImport.Lenient(Policy, Elevator() with { Category = null }).Issues.Single().Field.Should().Be("Category");
        TicketImport.Lenient(Policy, Elevator() with { RegisteredBy = "op 01 " }).Issues.Single().Should().Match<TicketImportIssue>(i => i.Field == "RegisteredBy" && i.Rule == "invalid-value");
        TicketImport.Lenient(Policy, Elevator() with { ReceivedAt = Instant.MaxValue }).Issues.Single().Should().Match<TicketImportIssue>(i => i.Field == "ReceivedAt" && i.Rule == "invalid-value");
        FluentActions.Invoking(() => TicketImport.Strict(Policy, new TicketRecord())).Should().Throw<TicketImportException>().Which.Message.Should().StartWith("Record (no id), field Id: [required]");
    }

    [Fact]
    public void A_sign_in_after_a_return_needs_the_rejection_of_the_return()
    {
        var result = TicketImport.Lenient(Policy, Elevator() with { ReturnedAt = Beijing("2026-09-30 16:30"), ReturnReason = "非本单位职责" });

        result.Ticket!.Status.Should().Be(TicketStatus.Returned);
        result.Issues[0].Should().Match<TicketImportIssue>(i => i.Field == "ReturnRejectedAt" && i.Rule == "depends-on" && i.LeftOut == "签收 SignIn" && i.Message == "it needs ReturnRejectedAt, which the record does not give.");
        result.Issues.Select(i => i.LeftOut).Should().Equal("签收 SignIn", "延期申请 RequestExtension", "延期审批 ApproveExtension/DenyExtension", "办结答复 Reply", "回访 RecordCallback", "归档 Close");
        TicketImport.Strict(Policy, Elevator() with { ReturnedAt = Beijing("2026-09-30 16:30"), ReturnRejectedAt = Beijing("2026-09-30 16:45") })
            .History.Select(e => e.GetType().Name).Should().StartWith(["TicketRegistered", "TicketDispatched", "TicketReturned", "TicketReturnRejected", "TicketSignedIn"]);
        TicketImport.Lenient(Policy, Elevator() with { ReturnedAt = Beijing("2026-09-30 17:30"), ReturnRejectedAt = Beijing("2026-09-30 17:45") })
            .Issues.Select(i => (i.Field, i.Rule)).Should().StartWith([("SignedAt", "chronology"), ("SignedAt", "depends-on")], "a record's return comes before its sign-in");
    }

    [Fact]
    public void A_value_without_its_instant_is_reported_and_not_recorded()
    {
        var record = Elevator() with { CallbackAt = null, ClosedAt = null, CallbackResolved = null, Satisfaction = "满意" };

        var result = TicketImport.Lenient(Policy, record);

        result.Issues.Single().Should().Match<TicketImportIssue>(i => i.Field == "Satisfaction" && i.Rule == "depends-on" && i.Value == "满意" && i.LeftOut == "nothing: the value is not recorded");
        result.Ticket!.Status.Should().Be(TicketStatus.Replied);
        FluentActions.Invoking(() => TicketImport.Strict(Policy, record)).Should().Throw<TicketImportException>().Which.Field.Should().Be("Satisfaction");
        TicketImport.Lenient(Policy, new TicketRecord { Id = "X", ExtensionWorkingDays = 3, ReplyResolved = false }).Issues.Select(i => (i.Field, i.Value))
            .Should().StartWith([("ExtensionWorkingDays", "3"), ("ReplyResolved", "False")]);
    }

    [Fact]
    public void The_policy_and_the_extension_rule_refuse_with_their_own_codes_on_the_field_that_caused_it()
    {
        Issue(Elevator() with { Category = "表扬" }).Should().Be(("Category", "policy"));
        Issue(Elevator() with { ExtensionWorkingDays = 6 }).Should().Be(("ExtensionWorkingDays", "working-days-out-of-range"));
        Issue(Elevator() with { Complexity = "一般" }).Should().Be(("ExtensionWorkingDays", "complexity-not-extended"));
        Issue(Elevator() with { ExtensionRequestedAt = Beijing("2026-10-21 09:00"), ExtensionDecidedAt = Beijing("2026-10-21 11:00") }).Should().Be(("ExtensionRequestedAt", "requested-too-late"));
        Issue(Elevator() with { ExtensionWorkingDays = null }).Should().Be(("ExtensionWorkingDays", "required"));
        Issue(Elevator() with { ExtensionWorkingDays = 0 }).Field.Should().Be("ExtensionWorkingDays");
        Issue(Elevator() with { ExtensionApproved = null }).Should().Be(("ExtensionApproved", "required"));
        Issue(Elevator() with { ReplyResolved = null }).Should().Be(("ReplyResolved", "required"));
        Issue(Elevator() with { ReplyText = "  " }).Should().Be(("ReplyText", "invalid-value"));
        Issue(Elevator() with { Unit = "住建局 " }).Should().Be(("Unit", "invalid-value"));
        Issue(Elevator() with { Unit = null }).Should().Be(("Unit", "required"));
        Issue(Elevator() with { SignedBy = "zj 11 " }).Should().Be(("SignedBy", "invalid-value"));
        Issue(Elevator() with { CallbackResolved = null }).Should().Be(("CallbackResolved", "required"));
        Issue(Elevator() with { CallbackResolution = "未解决" }).Should().Be(("CallbackResolved", "invalid-value"));
        TicketImport.Strict(Policy, Elevator() with { ExtensionApproved = false }).RepliedOnTime.Should().BeFalse("denied, the order was due 10-20: the reply of 10-27 is late, and recorded");

        static (string Field, string Rule) Issue(TicketRecord record)
        {
            var issue = TicketImport.Lenient(Policy, record).Issues[0];
            return (issue.Field, issue.Rule);
        }
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        FluentActions.Invoking(() => TicketImport.Strict(null!, Elevator())).Should().Throw<ArgumentException>().WithParameterName("policy");
        FluentActions.Invoking(() => TicketImport.Lenient(Policy, null!)).Should().Throw<ArgumentException>().WithParameterName("record");
    }
}
