using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

public class NovemberReviewTests
{
    private static (string Unit, string? Ticket, AccountabilityRule Rule, int? Days, Measure Measure, AccountableParty AtFault) Key(Finding f) =>
        (f.Unit.Value, f.Ticket?.Value, f.Rule, f.WorkingDaysPastDeadline, f.RecommendedMeasure, f.AtFault);

    private static FindingFact Fact(FactKind kind, string local) => new(kind, Beijing(local));

    [Fact]
    public void Every_finding_of_the_month_in_unit_ticket_rule_order()
    {
        var findings = AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default);

        var unit = AccountableParty.Unit;
        findings.Select(Key).Should().Equal(
            ("住建局", "GD-20261102-002", AccountabilityRule.FalseCompletion, (int?)null, Measure.AccountabilityFeedback, unit),
            ("住建局", "GD-20261102-002", AccountabilityRule.RepeatedReopening, null, Measure.Criticism, unit),
            ("住建局", "GD-20261103-001", AccountabilityRule.RepliedLate, 2, Measure.SupervisionNotice, unit),
            ("住建局", "GD-20261103-001", AccountabilityRule.DispatchLate, null, Measure.Rectification, AccountableParty.Platform),
            ("住建局", "GD-20261103-001", AccountabilityRule.FalseCompletion, null, Measure.AccountabilityFeedback, unit),
            ("住建局", "GD-20261116-001", AccountabilityRule.OverdueUnreplied, 8, Measure.Criticism, unit),
            ("城管局", "GD-20261030-001", AccountabilityRule.OverdueUnreplied, 12, Measure.AccountabilityFeedback, unit),
            ("城管局", "GD-20261105-001", AccountabilityRule.RepliedLate, 3, Measure.SupervisionNotice, unit),
            ("城管局", "GD-20261105-001", AccountabilityRule.ImproperReturn, null, Measure.SupervisionNotice, unit),
            ("城管局", "GD-20261126-001", AccountabilityRule.OverdueUnreplied, 1, Measure.Reminder, unit),
            ("市场监管局", null, AccountabilityRule.MissingFourOnes, null, Measure.Rectification, unit));

        findings.Select(f => f.Facts.ToArray()).Should().BeEquivalentTo(
            new[]
            {
                [Fact(FactKind.Replied, "2026-11-12 15:00"), Fact(FactKind.CalledBack, "2026-11-13 09:00")],
                [Fact(FactKind.Reopened, "2026-11-06 11:00"), Fact(FactKind.Reopened, "2026-11-13 11:00")],
                [Fact(FactKind.Due, "2026-11-18 00:00"), Fact(FactKind.Replied, "2026-11-19 15:00")],
                [Fact(FactKind.Received, "2026-11-03 09:00"), Fact(FactKind.DispatchDue, "2026-11-03 09:10"), Fact(FactKind.Dispatched, "2026-11-03 09:30")],
                [Fact(FactKind.Replied, "2026-11-19 15:00"), Fact(FactKind.CalledBack, "2026-11-20 10:00")],
                [Fact(FactKind.Dispatched, "2026-11-16 09:02"), Fact(FactKind.Due, "2026-11-20 00:00"), Fact(FactKind.AsOf, "2026-12-01 09:00")],
                [Fact(FactKind.Dispatched, "2026-10-30 09:05"), Fact(FactKind.Due, "2026-11-14 00:00"), Fact(FactKind.AsOf, "2026-12-01 09:00")],
                [Fact(FactKind.Due, "2026-11-20 00:00"), Fact(FactKind.Replied, "2026-11-24 10:00")],
                [Fact(FactKind.Returned, "2026-11-05 09:30"), Fact(FactKind.ReturnRejected, "2026-11-05 10:00")],
                [Fact(FactKind.Dispatched, "2026-11-26 09:03"), Fact(FactKind.Due, "2026-12-01 00:00"), Fact(FactKind.AsOf, "2026-12-01 09:00")],
                new[] { Fact(FactKind.AsOf, "2026-12-01 09:00") },
            },
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void Findings_say_why_in_plain_words()
    {
        var findings = AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default);

        findings.Single(f => f.Rule == AccountabilityRule.OverdueUnreplied && f.Ticket == new TicketId("GD-20261030-001")).Reasons.Should().Equal(
            "超期未办结: not replied by 2026-12-01 09:00; the deadline was 2026-11-13 (due at 2026-11-14 00:00), 12 working day(s) ago on China (mainland).",
            "Still unreplied 12 working days past the deadline (from 10: dereliction, 失职): written feedback to the department recommending accountability (书面反馈问责).");
        findings.Single(f => f.Rule == AccountabilityRule.DispatchLate).Reasons.Should().Equal(
            "派单超时: received 2026-11-03 09:00, dispatched 2026-11-03 09:30, 30 minutes later; the service level is 10 minutes.",
            "The platform (热线平台) is at fault, not the unit that received the dispatch: 限期整改 (Rectification).");
        findings.Single(f => f.Rule == AccountabilityRule.MissingFourOnes).Reasons.Should().Equal(
            "\"四个一\"缺失: 市市场监督管理局 lacks 一名负责人 (PersonInCharge), 值班制度 (DutyRoster).",
            "限期整改 (Rectification).");
    }

    [Fact]
    public void Without_units_the_review_has_only_ticket_findings()
    {
        var findings = AccountabilityReview.Review(All(), AsOf);

        findings.Should().HaveCount(10);
        findings.Should().OnlyContain(f => f.Ticket != null);
    }

    [Fact]
    public void The_extended_deadline_is_the_one_in_force()
    {
        // H4's original deadline was Mon 11-23; extended to Mon 11-30. On 11-27 it is not overdue; on 12-01 it is replied.
        AccountabilityReview.Review([H4ExtendedBasicallySatisfied()], Beijing("2026-11-27 12:00")).Should().BeEmpty();

        var unreplied = Ticket.Register(new TicketId("GD-EXT"), TicketCategory.Complaint, "延期后未办结", Policy, Operator, Beijing("2026-11-09 09:00"));
        unreplied.Dispatch(Housing, Complexity.EspeciallyComplex, Supervisor, Beijing("2026-11-09 09:05"));
        unreplied.SignIn(Clerk(Housing), Beijing("2026-11-09 09:30"));
        unreplied.RequestExtension(5, "需协调", Clerk(Housing), Beijing("2026-11-20 10:00"));
        unreplied.ApproveExtension(Supervisor, Beijing("2026-11-20 14:00"));

        var finding = AccountabilityReview.Review([unreplied], AsOf).Single();
        finding.WorkingDaysPastDeadline.Should().Be(1);
        finding.Facts[1].Should().Be(Fact(FactKind.Due, "2026-12-01 00:00"));
        finding.Reasons[0].Should().Contain("the deadline (extended) was 2026-11-30");
    }

    [Fact]
    public void A_reply_after_an_extended_deadline_says_the_deadline_was_extended_and_one_after_the_original_does_not()
    {
        var late = Ticket.Register(new TicketId("GD-EXT-LATE"), TicketCategory.Complaint, "延期后逾期办结", Policy, Operator, Beijing("2026-11-09 09:00"));
        late.Dispatch(Housing, Complexity.EspeciallyComplex, Supervisor, Beijing("2026-11-09 09:05"));
        late.SignIn(Clerk(Housing), Beijing("2026-11-09 09:30"));
        late.RequestExtension(5, "需协调", Clerk(Housing), Beijing("2026-11-20 10:00"));
        late.ApproveExtension(Supervisor, Beijing("2026-11-20 14:00"));
        late.Reply("已办结", true, Clerk(Housing), Beijing("2026-12-01 10:00"));

        var extended = AccountabilityReview.Review([late], Beijing("2026-12-02 12:00")).Single(f => f.Rule == AccountabilityRule.RepliedLate);
        extended.Reasons[0].Should().StartWith("逾期办结: replied 2026-12-01 10:00, after the deadline (extended) 2026-11-30 (due at 2026-12-01 00:00)");

        var plain = AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], AsOf).Single(f => f.Rule == AccountabilityRule.RepliedLate);
        plain.Reasons[0].Should().NotContain("(extended)").And.Contain("after the deadline 20");
    }

    [Fact]
    public void A_deadline_passing_over_the_weekend_is_found_at_zero_working_days_with_a_reminder()
    {
        // Consultation dispatched Wed 11-25 → due Fri 11-27; Saturday 11-28 is not a working day.
        var t = Ticket.Register(new TicketId("GD-WEEKEND"), TicketCategory.Consultation, "周末超期", Policy, Operator, Beijing("2026-11-25 09:00"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-25 09:05"));

        AccountabilityReview.Review([t], Beijing("2026-11-27 23:59")).Should().BeEmpty();
        var saturday = AccountabilityReview.Review([t], Beijing("2026-11-28 10:00")).Single();
        saturday.Rule.Should().Be(AccountabilityRule.OverdueUnreplied);
        saturday.WorkingDaysPastDeadline.Should().Be(0);
        saturday.RecommendedMeasure.Should().Be(Measure.Reminder);

        // Mon 11-30 is the 1st working day past, Tue 12-01 the 2nd (督办通知), Tue 12-08 the 7th (通报批评),
        // Thu 12-10 the 9th, Fri 12-11 the 10th (dereliction).
        Measured(t, "2026-11-30 09:00").Should().Be((1, Measure.Reminder));
        Measured(t, "2026-12-01 09:00").Should().Be((2, Measure.SupervisionNotice));
        Measured(t, "2026-12-07 23:00").Should().Be((6, Measure.SupervisionNotice));
        Measured(t, "2026-12-08 09:00").Should().Be((7, Measure.Criticism));
        Measured(t, "2026-12-10 09:00").Should().Be((9, Measure.Criticism));
        Measured(t, "2026-12-11 09:00").Should().Be((10, Measure.AccountabilityFeedback));
    }

    [Fact]
    public void A_ladder_with_other_steps_recommends_other_measures()
    {
        var strict = EscalationLadder.CreateBuilder().SupervisionNoticeFrom(1).CriticismFrom(3).DerelictionFrom(5)
            .Recommend(AccountabilityRule.ImproperReturn, Measure.Criticism).Build();

        var findings = AccountabilityReview.Review(All(), [], AsOf, strict, AccountabilityRuleSet.BuiltIn.Replace(RepeatedReopeningRule.Create(3)));

        findings.Select(f => (f.Ticket!.Value, f.Rule.Name, f.RecommendedMeasure.Name)).Should().Equal(
            ("GD-20261102-002", "FalseCompletion", "AccountabilityFeedback"),
            ("GD-20261103-001", "RepliedLate", "SupervisionNotice"),
            ("GD-20261103-001", "DispatchLate", "Rectification"),
            ("GD-20261103-001", "FalseCompletion", "AccountabilityFeedback"),
            ("GD-20261116-001", "OverdueUnreplied", "AccountabilityFeedback"),
            ("GD-20261030-001", "OverdueUnreplied", "AccountabilityFeedback"),
            ("GD-20261105-001", "RepliedLate", "Criticism"),
            ("GD-20261105-001", "ImproperReturn", "Criticism"),
            ("GD-20261126-001", "OverdueUnreplied", "SupervisionNotice"));
    }

    [Fact]
    public void Events_after_as_of_do_not_count()
    {
        // On 11-19 at noon, H2 is overdue (due 11-17) and not yet replied, 1 working day past; no callback yet.
        var findings = AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], Beijing("2026-11-19 12:00"));

        findings.Select(f => (f.Rule, f.WorkingDaysPastDeadline, f.RecommendedMeasure)).Should().Equal(
            (AccountabilityRule.OverdueUnreplied, (int?)2, Measure.SupervisionNotice),
            (AccountabilityRule.DispatchLate, null, Measure.Rectification));
    }

    [Fact]
    public void Reviews_of_parts_combine_into_the_review_of_the_whole()
    {
        var all = All();
        var whole = AccountabilityReview.Review(all, AsOf);

        var combined = AccountabilityReview.Combine(
        [
            AccountabilityReview.Review(all.Where((_, i) => i % 3 == 0), AsOf),
            AccountabilityReview.Review(all.Where((_, i) => i % 3 == 1), AsOf),
            AccountabilityReview.Review(all.Where((_, i) => i % 3 == 2), AsOf),
        ]);

        combined.Should().Equal(whole);
    }

    [Fact]
    public void Findings_compare_by_value()
    {
        var a = AccountabilityReview.Review(All(), AsOf);
        var b = AccountabilityReview.Review(All(), AsOf);

        a.Should().Equal(b);
        a[0].GetHashCode().Should().Be(b[0].GetHashCode());
        (a[0] == b[0]).Should().BeTrue();
        (a[0] != a[1]).Should().BeTrue();
        a[0].ToString().Should().Be("住建局 GD-20261102-002 虚假办结 → 书面反馈问责");
        a[3].ToString().Should().Be("住建局 GD-20261103-001 派单超时 → 限期整改 (平台责任)");
    }

    private static (int?, Measure) Measured(Ticket t, string local)
    {
        var f = AccountabilityReview.Review([t], Beijing(local)).Single();
        return (f.WorkingDaysPastDeadline, f.RecommendedMeasure);
    }
}
