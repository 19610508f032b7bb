using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of docs/persistence.md, verbatim where possible, with the values its comments promise.</summary>
public class PersistenceGuideTests
{
    [Fact]
    public void Event_kinds_and_their_codes()
    {
        var ticket = WorkOrdersGuideTests.TheElevatorComplaint(HandlingPolicy.Baoji2019);
        var kind = TicketEventKind.Of(ticket.History[1]);
        kind.Should().Be(TicketEventKind.Dispatched);
        kind.Code.Should().Be("dispatched");
        TicketEventKind.FromCode("signed-for").EventType.Should().Be<TicketSignedIn>();

        TicketEventKind.InValueOrder.Select(k => (k.Value, k.Code, k.EventType.Name, k.ChineseName)).Should().Equal(
            (1, "registered", "TicketRegistered", "受理"),
            (2, "answered-directly", "TicketAnsweredDirectly", "直接答复"),
            (3, "dispatched", "TicketDispatched", "派单"),
            (4, "signed-for", "TicketSignedIn", "签收"),
            (5, "returned", "TicketReturned", "退单"),
            (6, "return-rejected", "TicketReturnRejected", "驳回退单"),
            (7, "extension-requested", "TicketExtensionRequested", "申请延期"),
            (8, "extension-approved", "TicketExtensionApproved", "批准延期"),
            (9, "extension-denied", "TicketExtensionDenied", "驳回延期"),
            (10, "replied", "TicketReplied", "办结答复"),
            (11, "callback-recorded", "TicketCallbackRecorded", "回访"),
            (12, "reopened", "TicketReopened", "重办"),
            (13, "closed", "TicketClosed", "归档"),
            (14, "merged", "TicketMerged", "并单"),
            (15, "requester-contacted", "TicketRequesterContacted", "联系诉求人"),
            (16, "assisting-unit-added", "TicketAssistingUnitAdded", "增加协办单位"),
            (17, "assistance-reported", "TicketAssistanceReported", "协办反馈"),
            (18, "progress-reported", "TicketProgressReported", "阶段性报告"),
            (19, "reminded", "TicketReminded", "催办"),
            (20, "supervised", "TicketSupervised", "督办"),
            (21, "supervision-answered", "TicketSupervisionAnswered", "督办反馈"),
            (22, "escalated", "TicketEscalated", "提级办理"),
            (23, "transferred-to-emergency-line", "TicketTransferredToEmergencyLine", "转接应急热线"),
            (24, "referred-to-legal-route", "TicketReferredToLegalRoute", "告知法定途径"),
            (25, "declined", "TicketDeclined", "不予受理"),
            (26, "marked-invalid", "TicketMarkedInvalid", "无效诉求"),
            (27, "withdrawn", "TicketWithdrawn", "撤单"),
            (28, "termination-requested", "TicketTerminationRequested", "申请终止办理"),
            (29, "termination-approved", "TicketTerminationApproved", "终止办理"),
            (30, "termination-denied", "TicketTerminationDenied", "驳回终止申请"),
            (31, "statutory-period-requested", "TicketStatutoryPeriodRequested", "申请适用法定期限"),
            (32, "statutory-period-approved", "TicketStatutoryPeriodApproved", "批准适用法定期限"),
            (33, "statutory-period-denied", "TicketStatutoryPeriodDenied", "驳回法定期限申请"),
            (34, "callback-attempted", "TicketCallbackAttempted", "回访未成功"),
            (35, "reply-reviewed", "TicketReplyReviewed", "答复审核"));
    }

    [Fact]
    public void Saving_and_optimistic_concurrency()
    {
        var policy = HandlingPolicy.Baoji2019;
        var ticket = WorkOrdersGuideTests.TheElevatorComplaint(policy);
        ticket.UncommittedEvents.Should().HaveCount(8);
        ticket.UncommittedEvents.Select(e => e.Sequence).Should().Equal(Enumerable.Range(ticket.LoadedVersion + 1, 8));
        ticket.MarkCommitted();
        ticket.LoadedVersion.Should().Be(8);
        ticket.UncommittedEvents.Should().BeEmpty();

        var loaded = Ticket.Rehydrate(policy, ticket.History);
        loaded.LoadedVersion.Should().Be(8);
        loaded.History[^1].Sequence.Should().Be(8);
    }

    [Fact]
    public void Deadlines_outside_a_ticket()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var dispatched = new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(baoji.Zone).ToInstant();
        var extended = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, dispatched).Extend(5);
        var snapshot = extended.ToSnapshot();
        snapshot.CategoryCode.Should().Be("complaint");
        snapshot.ComplexityCode.Should().Be("especially-complex");
        snapshot.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        snapshot.ExtensionsUsed.Should().Be(1);
        var restored = baoji.Restore(snapshot);
        restored.Should().Be(extended);
    }
}
