using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Which unit, which facts and which words each rule's finding carries, in the cases the November month does not show.</summary>
public class RuleFindingDetailTests
{
    private static Ticket Register(string id, TicketCategory category, string at) =>
        Ticket.Register(new TicketId(id), category, "市民诉求 " + id, Policy, Operator, Beijing(at));

    [Fact]
    public void A_late_first_dispatch_names_the_unit_that_received_it_even_after_a_re_dispatch()
    {
        // Received 09:00 (dispatch due 09:10), dispatched to 住建局 at 09:30, returned, re-dispatched to 城管局 at 10:00.
        var t = Register("GD-LATE-FIRST", TicketCategory.Complaint, "2026-11-09 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-09 09:30"));
        t.Return("非本单位职责", Clerk(Housing), Beijing("2026-11-09 09:40"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-09 10:00"));

        var finding = AccountabilityReview.Review([t], Beijing("2026-11-09 12:00")).Single();

        finding.Rule.Should().Be(AccountabilityRule.DispatchLate);
        finding.Unit.Should().Be(Housing);
        finding.AtFault.Should().Be(AccountableParty.Platform);
        finding.Facts.Should().Equal(
            new FindingFact(FactKind.Received, Beijing("2026-11-09 09:00")),
            new FindingFact(FactKind.DispatchDue, Beijing("2026-11-09 09:10")),
            new FindingFact(FactKind.Dispatched, Beijing("2026-11-09 09:30")));
        Assessment.Of([t], November, Beijing("2026-11-09 12:00")).Units.Single().Unit.Should().Be(Urban, "the assessment follows the latest dispatch");
    }

    [Fact]
    public void A_first_dispatch_on_time_is_no_finding_however_late_the_re_dispatch()
    {
        var t = Register("GD-ON-TIME-FIRST", TicketCategory.Complaint, "2026-11-09 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-09 09:10")); // exactly at the service level
        t.Return("非本单位职责", Clerk(Housing), Beijing("2026-11-09 09:40"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-09 15:00"));

        AccountabilityReview.Review([t], Beijing("2026-11-09 16:00")).Should().BeEmpty();
    }

    [Fact]
    public void The_dispatch_finding_gives_the_delay_to_a_tenth_of_a_minute_and_the_service_level()
    {
        var t = Register("GD-LATE-SECONDS", TicketCategory.Complaint, "2026-11-09 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-09 09:10") + Duration.FromSeconds(30));

        var finding = AccountabilityReview.Review([t], Beijing("2026-11-09 12:00")).Single();

        finding.Reasons.Should().Equal(
            "派单超时: received 2026-11-09 09:00, dispatched 2026-11-09 09:10, 10.5 minutes later; the service level is 10 minutes.",
            "The platform (热线平台) is at fault, not the unit that received the dispatch: 限期整改 (Rectification).");
        finding.ToString().Should().Be("住建局 GD-LATE-SECONDS 派单超时 → 限期整改 (平台责任)");
    }

    [Fact]
    public void Rejected_returns_by_two_units_give_one_finding_each_in_unit_order()
    {
        // 住建局 returns (rejected), returns again (accepted: re-dispatched to 城管局); 城管局 returns (rejected).
        var t = Register("GD-TWO-UNITS", TicketCategory.Complaint, "2026-11-09 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-09 09:05"));
        t.Return("非本单位", Clerk(Housing), Beijing("2026-11-09 09:30"));
        t.RejectReturn("属住建职责", Supervisor, Beijing("2026-11-09 10:00"));
        t.Return("确非本单位", Clerk(Housing), Beijing("2026-11-09 10:30"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-09 11:00"));
        t.Return("非本单位", Clerk(Urban), Beijing("2026-11-09 11:30"));
        t.RejectReturn("属城管职责", Supervisor, Beijing("2026-11-09 12:00"));

        var findings = AccountabilityReview.Review([t], Beijing("2026-11-10 09:00"));

        findings.Should().Equal(
            new Finding(
                AccountabilityRule.ImproperReturn,
                Housing,
                new TicketId("GD-TWO-UNITS"),
                [new FindingFact(FactKind.Returned, Beijing("2026-11-09 09:30")), new FindingFact(FactKind.ReturnRejected, Beijing("2026-11-09 10:00"))],
                null,
                Measure.SupervisionNotice,
                ["不当退单: returned 2026-11-09 09:30; the platform rejected the return 2026-11-09 10:00.", "督办通知 (SupervisionNotice) for buck-passing (推诿扯皮)."]),
            new Finding(
                AccountabilityRule.ImproperReturn,
                Urban,
                new TicketId("GD-TWO-UNITS"),
                [new FindingFact(FactKind.Returned, Beijing("2026-11-09 11:30")), new FindingFact(FactKind.ReturnRejected, Beijing("2026-11-09 12:00"))],
                null,
                Measure.SupervisionNotice,
                ["不当退单: returned 2026-11-09 11:30; the platform rejected the return 2026-11-09 12:00.", "督办通知 (SupervisionNotice) for buck-passing (推诿扯皮)."]));
    }

    [Fact]
    public void Repeated_reopening_is_found_from_exactly_the_rules_threshold()
    {
        var once = AccountabilityRuleSet.BuiltIn.Replace(RepeatedReopeningRule.Create(1));

        // M2 was reopened once (11-23 10:00) and awaits its new reply (due Mon 12-07).
        AccountabilityReview.Review([M2ReopenedAwaitingReply()], AsOf).Should().BeEmpty("the default threshold is 2");
        var finding = AccountabilityReview.Review([M2ReopenedAwaitingReply()], [], AsOf, EscalationLadder.Default, once).Single();

        finding.Should().Be(new Finding(
            AccountabilityRule.RepeatedReopening,
            Market,
            new TicketId("GD-20261112-001"),
            [new FindingFact(FactKind.Reopened, Beijing("2026-11-23 10:00"))],
            null,
            Measure.Criticism,
            ["多次重办: reopened 1 times (2026-11-23 10:00); the threshold is 1.", "通报批评 (Criticism)."]));

        // H5 was reopened twice: found at 2, not at 3.
        AccountabilityReview.Review([H5ReopenedTwice()], [], AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.Replace(RepeatedReopeningRule.Create(3)))
            .Select(f => f.Rule).Should().Equal(AccountabilityRule.FalseCompletion);
    }

    [Fact]
    public void A_false_completion_names_the_replying_unit_and_its_configured_measure()
    {
        var milder = EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.FalseCompletion, Measure.Criticism).Build();

        var finding = AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], AsOf, milder).Single(f => f.Rule == AccountabilityRule.FalseCompletion);

        finding.Unit.Should().Be(Housing);
        finding.WorkingDaysPastDeadline.Should().BeNull();
        finding.RecommendedMeasure.Should().Be(Measure.Criticism);
        finding.Reasons.Should().Equal(
            "虚假办结: the reply of 2026-11-19 15:00 said the matter was resolved; the callback of 2026-11-20 10:00 found it unresolved.",
            "A false completion is dereliction (失职): 通报批评 (Criticism). Referral for discipline is for a person to decide.");
    }

    [Fact]
    public void A_complete_unit_gives_no_finding_and_an_incomplete_roster_is_explained_with_the_other_gaps()
    {
        var complete = Units()[0];
        var weekdays = new DutyRoster(Enumerable.Range(1, 5).Select(d => new DutyAssignment((IsoDayOfWeek)d, "sw-01")));
        var gaps = new ResponsibleUnit(new UnitId("水务局"), "市水务局", null, "PC-SW-01", null, "sw-leader", weekdays);

        AccountabilityReview.Review([], [complete], AsOf, EscalationLadder.Default).Should().BeEmpty();
        AccountabilityReview.Review([], [gaps, complete], AsOf, EscalationLadder.Default).Single().Reasons.Should().Equal(
            "\"四个一\"缺失: 市水务局 lacks 一部电话 (Telephone), 一名承办人员 (Handler), 值班制度 (DutyRoster).",
            "Its duty roster leaves Saturday, Sunday uncovered.",
            "限期整改 (Rectification).");
    }

    [Fact]
    public void Findings_built_by_the_review_equal_findings_rebuilt_from_their_parts()
    {
        foreach (var f in AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default))
        {
            var rebuilt = new Finding(f.Rule, f.Unit, f.Ticket, f.Facts, f.WorkingDaysPastDeadline, f.RecommendedMeasure, f.Reasons);

            rebuilt.Should().Be(f);
            f.Should().Be(rebuilt);
            rebuilt.GetHashCode().Should().Be(f.GetHashCode());
            rebuilt.Reasons.Should().Equal(f.Reasons);
            f.Reasons.Should().Equal(f.Reasons.ToArray(), "the reasons are the same text every time they are read");
        }
    }
}
