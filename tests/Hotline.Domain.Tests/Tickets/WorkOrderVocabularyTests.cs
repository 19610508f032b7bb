using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Values and codes are stored by integrators: they are pinned here, and never change.</summary>
public class WorkOrderVocabularyTests
{
    [Fact]
    public void Statuses_are_pinned()
    {
        TicketStatus.InValueOrder.Select(s => (s.Value, s.Code, s.ChineseName)).Should().Equal(
            (1, "registered", "已受理"), (2, "dispatched", "已派单"), (3, "returned", "已退单"), (4, "in-progress", "办理中"),
            (5, "replied", "已答复"), (6, "called-back", "已回访"), (7, "closed", "已归档"));
    }

    [Fact]
    public void Satisfaction_levels_are_pinned_and_basically_satisfied_counts_as_satisfied()
    {
        Satisfaction.InValueOrder.Select(s => (s.Value, s.Code, s.ChineseName, s.IsSatisfied)).Should().Equal(
            (1, "very-satisfied", "非常满意", true), (2, "satisfied", "满意", true), (3, "basically-satisfied", "基本满意", true),
            (4, "dissatisfied", "不满意", false), (5, "very-dissatisfied", "非常不满意", false));
        Satisfaction.FromChineseName("基本满意").Should().BeSameAs(Satisfaction.BasicallySatisfied);
    }

    [Fact]
    public void Event_kinds_are_pinned_and_map_every_event_type_both_ways()
    {
        TicketEventKind.InValueOrder.Select(k => (k.Value, k.Code, k.EventType.Name)).Should().Equal(
            (1, "registered", "TicketRegistered"), (2, "answered-directly", "TicketAnsweredDirectly"), (3, "dispatched", "TicketDispatched"),
            (4, "signed-for", "TicketSignedIn"), (5, "returned", "TicketReturned"), (6, "return-rejected", "TicketReturnRejected"),
            (7, "extension-requested", "TicketExtensionRequested"), (8, "extension-approved", "TicketExtensionApproved"),
            (9, "extension-denied", "TicketExtensionDenied"), (10, "replied", "TicketReplied"), (11, "callback-recorded", "TicketCallbackRecorded"),
            (12, "reopened", "TicketReopened"), (13, "closed", "TicketClosed"), (14, "merged", "TicketMerged"), (15, "requester-contacted", "TicketRequesterContacted"),
            (16, "assisting-unit-added", "TicketAssistingUnitAdded"), (17, "assistance-reported", "TicketAssistanceReported"), (18, "progress-reported", "TicketProgressReported"),
            (19, "reminded", "TicketReminded"), (20, "supervised", "TicketSupervised"), (21, "supervision-answered", "TicketSupervisionAnswered"), (22, "escalated", "TicketEscalated"),
            (23, "transferred-to-emergency-line", "TicketTransferredToEmergencyLine"), (24, "referred-to-legal-route", "TicketReferredToLegalRoute"), (25, "declined", "TicketDeclined"),
            (26, "marked-invalid", "TicketMarkedInvalid"), (27, "withdrawn", "TicketWithdrawn"),
            (28, "termination-requested", "TicketTerminationRequested"), (29, "termination-approved", "TicketTerminationApproved"),
            (30, "termination-denied", "TicketTerminationDenied"), (31, "statutory-period-requested", "TicketStatutoryPeriodRequested"),
            (32, "statutory-period-approved", "TicketStatutoryPeriodApproved"), (33, "statutory-period-denied", "TicketStatutoryPeriodDenied"),
            (34, "callback-attempted", "TicketCallbackAttempted"), (35, "reply-reviewed", "TicketReplyReviewed"));

        var eventTypes = typeof(TicketEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(TicketEvent)));
        TicketEventKind.List.Select(k => k.EventType).Should().BeEquivalentTo(eventTypes, "every event type has a stable name");
        eventTypes.Should().OnlyContain(t => t.IsSealed);
    }

    [Fact]
    public void An_event_type_of_another_assembly_has_no_kind()
    {
        FluentActions.Invoking(() => TicketEventKind.Of(new Foreign(1, Instant.FromUnixTimeSeconds(0), null, "x")))
            .Should().Throw<ArgumentException>().WithMessage("*Foreign*TicketRegistered*");
        FluentActions.Invoking(() => TicketEventKind.Of(null!)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Rules_have_distinct_codes_and_each_refusal_carries_its_code_in_the_message()
    {
        TicketRule.List.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        var ticket = Dispatched();
        var refusal = FluentActions.Invoking(() => ticket.Reply("已处理", true, HousingClerk, Preconditions.Latest))
            .Should().Throw<TicketRuleException>().Which;
        refusal.Message.Should().StartWith($"[{refusal.Rule.Code}]");
        refusal.Should().BeAssignableTo<HotlineDomainException>();
    }

    [Fact]
    public void Events_hold_only_plain_data()
    {
        var allowed = new[]
        {
            typeof(int), typeof(int?), typeof(bool), typeof(bool?), typeof(string), typeof(Instant), typeof(Instant?), typeof(LocalDate), typeof(LocalDate?),
            typeof(IReadOnlyList<string>), // a list of unit ids (TicketReplied.NotReportedBy): every serializer writes a string array
        };
        var properties = typeof(TicketEvent).Assembly.GetExportedTypes()
            .Where(t => typeof(TicketEvent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties().Where(p => p.Name != "EqualityContract"));
        properties.Should().OnlyContain(p => allowed.Contains(p.PropertyType), "events are stored by any serializer: primitives, NodaTime values and codes only");
    }

    [Fact]
    public void Rehydrate_rejects_null_arguments()
    {
        FluentActions.Invoking(() => Ticket.Rehydrate(null!, Dispatched().History)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Ticket.Rehydrate(Policy, null!)).Should().Throw<ArgumentException>();
    }

    private sealed record Foreign(int Sequence, Instant At, string? ByUnit, string ByStaff) : TicketEvent(Sequence, At, ByUnit, ByStaff)
    {
        // Only a friend assembly can override the internal member; outside the library no such type can exist.
        internal override TicketEventKind Kind => null!;
    }
}
