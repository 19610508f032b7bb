using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Rules as objects: a city's rule added through <see cref="IAccountabilityRule"/>, the set's refusals, the review's checks on what a city's rule adds.</summary>
public class AccountabilityRuleSetTests
{
    private static readonly AccountabilityRule NeverSignedIn = AccountabilityRule.Define("NeverSignedIn", 100, "test-never-signed-in", "超时未签收", AccountableParty.Unit);

    [Fact]
    public void A_city_rule_on_tickets_appears_in_the_review_in_the_fixed_order_with_its_measure()
    {
        var rules = AccountabilityRuleSet.BuiltIn.With(new NeverSignedInRule());

        var findings = AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default, rules);

        // U3 (城管局, dispatched Thu 11-26 09:03, never signed in, due at 12-01 00:00): after its 超期未办结, by rule value 100 > 1;
        // every other ticket was signed in or is not reviewed (answered directly, merged, dispatched after the as-of instant).
        findings.Select(f => (f.Unit.Value, f.Ticket?.Value, f.Rule.Name, f.RecommendedMeasure.Name)).Should().Equal(
            ("住建局", "GD-20261102-002", "FalseCompletion", "AccountabilityFeedback"),
            ("住建局", "GD-20261102-002", "RepeatedReopening", "Criticism"),
            ("住建局", "GD-20261103-001", "RepliedLate", "SupervisionNotice"),
            ("住建局", "GD-20261103-001", "DispatchLate", "Rectification"),
            ("住建局", "GD-20261103-001", "FalseCompletion", "AccountabilityFeedback"),
            ("住建局", "GD-20261116-001", "OverdueUnreplied", "Criticism"),
            ("城管局", "GD-20261030-001", "OverdueUnreplied", "AccountabilityFeedback"),
            ("城管局", "GD-20261105-001", "RepliedLate", "SupervisionNotice"),
            ("城管局", "GD-20261105-001", "ImproperReturn", "SupervisionNotice"),
            ("城管局", "GD-20261126-001", "OverdueUnreplied", "Reminder"),
            ("城管局", "GD-20261126-001", "NeverSignedIn", "Reminder"),
            ("市场监管局", null, "MissingFourOnes", "Rectification"));
        findings.Single(f => f.Rule == NeverSignedIn).Facts.Should().Equal(
            new FindingFact(FactKind.Dispatched, Beijing("2026-11-26 09:03")), new FindingFact(FactKind.Due, Beijing("2026-12-01 00:00")));
        findings.Where(f => f.Rule != NeverSignedIn).Should().Equal(AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default));
    }

    [Fact]
    public void A_city_rule_sees_only_the_dispatched_tickets_that_are_not_merged_each_once_and_every_unit()
    {
        var seen = new RecordingRule();

        AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.With(seen)).Should().NotBeEmpty();

        seen.Tickets.Should().HaveCount(All().Count - 3).And.OnlyHaveUniqueItems()
            .And.NotContain(["GD-20261102-003", "GD-20261120-001", "GD-20261201-001"]);
        seen.Units.Should().Equal("交通局", "住建局", "城管局", "市场监管局");
    }

    [Fact]
    public void The_built_in_set_holds_the_eleven_rules_in_value_order_each_reporting_under_its_own_rule()
    {
        AccountabilityRuleSet.BuiltIn.Rules.Select(r => r.Rule).Should().Equal(AccountabilityRule.InValueOrder);
        AccountabilityRuleSet.BuiltIn.Rules.Should().Equal(
            BuiltInRules.OverdueUnreplied, BuiltInRules.RepliedLate, BuiltInRules.DispatchLate, BuiltInRules.ImproperReturn,
            BuiltInRules.FalseCompletion, BuiltInRules.RepeatedReopening, BuiltInRules.MissingFourOnes, BuiltInRules.SignInLate, BuiltInRules.ContactLate,
            BuiltInRules.AssistingLate, BuiltInRules.SupervisionUnanswered);
        AccountabilityRuleSet.BuiltIn.ToString().Should().Be("超期未办结, 逾期办结, 派单超时, 不当退单, 虚假办结, 多次重办, 四个一缺失, 签收超时, 联系超时, 协办超时, 督办未反馈");
        FluentActions.Invoking(() => ((IList<IAccountabilityRule>)AccountabilityRuleSet.BuiltIn.Rules).Add(new NeverSignedInRule())).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void The_set_refuses_null_and_a_second_rule_under_the_same_accountability_rule_and_stays_unchanged()
    {
        var set = AccountabilityRuleSet.BuiltIn.With(new NeverSignedInRule());

        FluentActions.Invoking(() => set.With(null!)).Should().Throw<ArgumentException>().WithParameterName("rule");
        FluentActions.Invoking(() => set.With(new NullRule())).Should().Throw<ArgumentException>().WithParameterName("rule")
            .WithMessage("*reports under no AccountabilityRule*");
        FluentActions.Invoking(() => set.With(RepeatedReopeningRule.Create(3))).Should().Throw<AccountabilityRuleSetException>()
            .WithMessage("The set already holds a rule reporting under 多次重办 (RepeatedReopening, value 6, code repeated-reopening);*use Replace*");
        FluentActions.Invoking(() => set.With(new NeverSignedInRule())).Should().Throw<AccountabilityRuleSetException>();

        var sameValue = AccountabilityRule.Define("Other", 100, "test-other", "其他", AccountableParty.Unit);
        var sameCode = AccountabilityRule.Define("Other", 150, "test-never-signed-in", "其他", AccountableParty.Unit);
        FluentActions.Invoking(() => set.With(new NeverSignedInRule(sameValue))).Should().Throw<AccountabilityRuleSetException>().WithMessage("*value 100*");
        FluentActions.Invoking(() => set.With(new NeverSignedInRule(sameCode))).Should().Throw<AccountabilityRuleSetException>().WithMessage("*code test-never-signed-in*");

        FluentActions.Invoking(() => AccountabilityRuleSet.BuiltIn.Without(NeverSignedIn)).Should().Throw<AccountabilityRuleSetException>()
            .WithMessage("The set holds no rule reporting under 超时未签收 (NeverSignedIn, value 100, code test-never-signed-in) to drop*");
        FluentActions.Invoking(() => AccountabilityRuleSet.BuiltIn.Replace(new NeverSignedInRule())).Should().Throw<AccountabilityRuleSetException>()
            .WithMessage("*to replace*Use With to add it.");
        FluentActions.Invoking(() => AccountabilityRuleSet.BuiltIn.Without(null!)).Should().Throw<ArgumentException>().WithParameterName("rule");
        FluentActions.Invoking(() => AccountabilityRuleSet.BuiltIn.Replace(null!)).Should().Throw<ArgumentException>().WithParameterName("rule");

        set.Rules.Should().HaveCount(12);
        AccountabilityRuleSet.BuiltIn.Rules.Should().HaveCount(11);
    }

    [Fact]
    public void Without_drops_a_rule_and_replace_keeps_its_place()
    {
        var withoutFourOnes = AccountabilityRuleSet.BuiltIn.Without(AccountabilityRule.MissingFourOnes);
        AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default, withoutFourOnes)
            .Should().NotContain(f => f.Rule == AccountabilityRule.MissingFourOnes).And.HaveCount(10);

        var stricter = RepeatedReopeningRule.Create(1);
        var replaced = AccountabilityRuleSet.BuiltIn.Replace(stricter);
        replaced.Rules[5].Should().BeSameAs(stricter);
        replaced.Rules.Should().HaveCount(11);
        withoutFourOnes.With(BuiltInRules.MissingFourOnes).Rules.Select(r => r.Rule).Should()
            .Equal(AccountabilityRule.InValueOrder.Where(r => r != AccountabilityRule.MissingFourOnes).Append(AccountabilityRule.MissingFourOnes), "With adds at the end");
    }

    [Fact]
    public void The_repeated_reopening_threshold_is_the_rules_own()
    {
        BuiltInRules.RepeatedReopening.Should().BeSameAs(RepeatedReopeningRule.Default);
        RepeatedReopeningRule.Default.ReopeningsFrom.Should().Be(2);
        RepeatedReopeningRule.Create(3).ReopeningsFrom.Should().Be(3);
        RepeatedReopeningRule.Create(3).ToString().Should().Be("多次重办 (RepeatedReopening) from 3 reopenings");
        FluentActions.Invoking(() => RepeatedReopeningRule.Create(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reopeningsFrom")
            .WithMessage("The repeated-reopening threshold is 0; it must be 1 or more (default 2).*");

        // H5 was reopened twice (11-06, 11-13): found from 2, not from 3; the measure stays the ladder's.
        Reopening(RepeatedReopeningRule.Create(2)).Should().ContainSingle().Which.RecommendedMeasure.Should().Be(Measure.Criticism);
        Reopening(RepeatedReopeningRule.Create(3)).Should().BeEmpty();
        var milder = EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.RepeatedReopening, Measure.Reminder).Build();
        AccountabilityReview.Review([H5ReopenedTwice()], [], AsOf, milder, AccountabilityRuleSet.BuiltIn)
            .Single(f => f.Rule == AccountabilityRule.RepeatedReopening).RecommendedMeasure.Should().Be(Measure.Reminder);

        static IEnumerable<Finding> Reopening(RepeatedReopeningRule rule) =>
            AccountabilityReview.Review([H5ReopenedTwice()], [], AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.Replace(rule))
                .Where(f => f.Rule == AccountabilityRule.RepeatedReopening);
    }

    [Fact]
    public void A_built_in_rule_evaluates_through_the_public_interface_as_in_the_review()
    {
        var findings = new List<Finding>();

        BuiltInRules.RepeatedReopening.Evaluate(ReviewedTicket.Of(H5ReopenedTwice(), AsOf), EscalationLadder.Default, findings);
        BuiltInRules.MissingFourOnes.Evaluate(Units()[3], AsOf, EscalationLadder.Default, findings);
        BuiltInRules.OverdueUnreplied.Evaluate(ReviewedTicket.Of(X2MergedDuplicate(), AsOf), EscalationLadder.Default, findings);

        var review = AccountabilityReview.Review([H5ReopenedTwice()], Units(), AsOf, EscalationLadder.Default);
        findings.Should().Equal(review.Single(f => f.Rule == AccountabilityRule.RepeatedReopening), review.Single(f => f.Rule == AccountabilityRule.MissingFourOnes));
        FluentActions.Invoking(() => BuiltInRules.DispatchLate.Evaluate((ReviewedTicket)null!, EscalationLadder.Default, findings)).Should().Throw<ArgumentException>().WithParameterName("ticket");
        FluentActions.Invoking(() => BuiltInRules.MissingFourOnes.Evaluate(Units()[3], Instant.MinValue, EscalationLadder.Default, findings)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
    }

    [Fact]
    public void A_built_in_rule_refuses_a_null_ladder_or_findings_and_a_null_unit()
    {
        var findings = new List<Finding>();
        var ticket = ReviewedTicket.Of(H3OverdueHelpRequest(), AsOf);
        FluentActions.Invoking(() => BuiltInRules.OverdueUnreplied.Evaluate(ticket, null!, findings)).Should().Throw<ArgumentException>().WithParameterName("ladder");
        FluentActions.Invoking(() => BuiltInRules.OverdueUnreplied.Evaluate(ticket, EscalationLadder.Default, null!)).Should().Throw<ArgumentException>().WithParameterName("findings");
        FluentActions.Invoking(() => BuiltInRules.MissingFourOnes.Evaluate((ResponsibleUnit)null!, AsOf, EscalationLadder.Default, findings)).Should().Throw<ArgumentException>().WithParameterName("unit");
        FluentActions.Invoking(() => BuiltInRules.MissingFourOnes.Evaluate(Units()[3], AsOf, null!, findings)).Should().Throw<ArgumentException>().WithParameterName("ladder");
        FluentActions.Invoking(() => BuiltInRules.MissingFourOnes.Evaluate(Units()[3], AsOf, EscalationLadder.Default, null!)).Should().Throw<ArgumentException>().WithParameterName("findings");
        findings.Should().BeEmpty();
    }

    [Fact]
    public void A_reopened_round_has_neither_the_last_round_s_resolved_reply_nor_its_resolved_callback()
    {
        var t = Ticket.Register(new TicketId("GD-REOPEN-1"), TicketCategory.Complaint, "重办", Policy, Operator, Beijing("2026-11-02 09:00"));
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 10:00"));
        t.Reply("已解决", true, Clerk(Housing), Beijing("2026-11-04 10:00"));
        t.RecordCallback(true, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-05 10:00"));
        t.Reopen("不满意", Supervisor, Beijing("2026-11-05 11:00"));

        var reviewed = ReviewedTicket.Of(t, Beijing("2026-11-06 09:00"));
        reviewed.RepliedAt.Should().BeNull();
        reviewed.ReplyResolved.Should().BeFalse();
        reviewed.CallbackAt.Should().BeNull();
        reviewed.CallbackResolved.Should().BeFalse();
        reviewed.Satisfaction.Should().BeNull();
        reviewed.Reopenings.Should().Equal(Beijing("2026-11-05 11:00"));
        reviewed.Reopenings.Should().BeSameAs(reviewed.Reopenings, "the view is made once");
        reviewed.RejectedReturns.Should().BeSameAs(reviewed.RejectedReturns, "the view is made once");

        var unresolved = Ticket.Register(new TicketId("GD-UNRESOLVED-1"), TicketCategory.Complaint, "未解决", Policy, Operator, Beijing("2026-11-02 09:00"));
        unresolved.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        unresolved.SignIn(Clerk(Housing), Beijing("2026-11-02 10:00"));
        unresolved.Reply("无法解决", false, Clerk(Housing), Beijing("2026-11-04 10:00"));
        unresolved.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-05 10:00"));
        var answered = ReviewedTicket.Of(unresolved, Beijing("2026-11-06 09:00"));
        answered.RepliedAt.Should().Be(Beijing("2026-11-04 10:00"));
        answered.ReplyResolved.Should().BeFalse("the unit said it was not resolved");
        answered.CallbackResolved.Should().BeFalse("the requester said it was not resolved");
        answered.Satisfaction.Should().Be(Satisfaction.Dissatisfied);
    }

    [Fact]
    public void The_review_refuses_what_a_city_rule_may_not_add_and_a_rule_cannot_clear_the_findings()
    {
        Review(new AddingRule((t, f) => f.Add(new Finding(AccountabilityRule.OverdueUnreplied, t.LatestDispatchUnit!, t.Ticket.Id, [], null, Measure.Reminder, ["x"]))))
            .Should().Throw<ArgumentException>().WithParameterName("item").WithMessage("A rule reporting under 超时未签收 (NeverSignedIn) added a finding under 超期未办结 (OverdueUnreplied)*");
        Review(new AddingRule((t, f) => f.Add(new Finding(NeverSignedIn, t.LatestDispatchUnit!, new TicketId("GD-OTHER"), [], null, Measure.Reminder, ["x"]))))
            .Should().Throw<ArgumentException>().WithParameterName("item").WithMessage("The rule NeverSignedIn evaluated ticket GD-* and added a finding about unit 住建局, ticket GD-OTHER; a ticket's findings name that ticket, a unit's findings name that unit and no ticket.*");
        Review(new AddingRule(null, (u, f) => f.Add(new Finding(NeverSignedIn, u.Id, new TicketId("GD-OTHER"), [], null, Measure.Reminder, ["x"]))))
            .Should().Throw<ArgumentException>().WithParameterName("item").WithMessage("The rule NeverSignedIn evaluated unit 交通局 and added a finding about unit 交通局, ticket GD-OTHER;*");
        Review(new AddingRule(null, (u, f) => f.Add(new Finding(NeverSignedIn, new UnitId("别的局"), null, [], null, Measure.Reminder, ["x"]))))
            .Should().Throw<ArgumentException>().WithParameterName("item").WithMessage("*about unit 别的局, ticket none;*");
        Review(new AddingRule((_, f) => f.Add(null!))).Should().Throw<ArgumentException>().WithParameterName("item");
        Review(new AddingRule((_, f) => f.Clear())).Should().Throw<NotSupportedException>().WithMessage("A rule adds findings; it cannot clear them.");
        Review(new AddingRule((_, f) => f.Remove(null!))).Should().Throw<NotSupportedException>().WithMessage("A rule adds findings; it cannot remove them.");
        Review(new AddingRule((t, f) => f.Add(new Finding(NeverSignedIn, new UnitId("别的局"), t.Ticket.Id, [], null, Measure.Reminder, ["x"]))))
            .Invoke().Should().ContainSingle(f => f.Rule == NeverSignedIn, "a ticket's finding may name another unit, as 派单超时 names the unit of the first dispatch");

        static Func<IReadOnlyList<Finding>> Review(IAccountabilityRule rule) =>
            () => AccountabilityReview.Review([H1OnTimeSatisfied()], Units(), AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.With(rule));
    }

    [Fact]
    public void A_city_rule_sees_only_its_own_findings_and_two_with_one_key_keep_the_order_it_added_them_in()
    {
        var first = new FindingFact(FactKind.Received, Beijing("2026-11-02 09:00"));
        var second = new FindingFact(FactKind.AsOf, AsOf);
        var counts = new List<int>();
        var twice = new AddingRule((t, findings) =>
        {
            counts.Add(findings.Count);
            findings.Add(new Finding(NeverSignedIn, t.LatestDispatchUnit!, t.Ticket.Id, [second], null, Measure.Reminder, ["second"]));
            findings.Contains(findings.Single()).Should().BeTrue();
            findings.IsReadOnly.Should().BeFalse();
            var copy = new Finding[1];
            findings.CopyTo(copy, 0);
            copy[0].Facts.Should().Equal(second);
            findings.Add(new Finding(NeverSignedIn, t.LatestDispatchUnit!, t.Ticket.Id, [first], null, Measure.Reminder, ["first"]));
        });

        var set = AccountabilityRuleSet.BuiltIn.With(twice);
        var whole = AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion(), H1OnTimeSatisfied()], [], AsOf, EscalationLadder.Default, set);
        var parts = AccountabilityReview.Combine(
        [
            AccountabilityReview.Review([H1OnTimeSatisfied()], [], AsOf, EscalationLadder.Default, set),
            AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], [], AsOf, EscalationLadder.Default, set),
        ]);

        counts.Should().OnlyContain(c => c == 0, "a rule's collection shows only what it added in this call");
        var mine = whole.Where(f => f.Rule == NeverSignedIn).ToList();
        mine.Select(f => (f.Ticket!.Value, f.Facts[0])).Should().Equal(
            ("GD-20261102-001", second), ("GD-20261102-001", first), ("GD-20261103-001", second), ("GD-20261103-001", first));
        parts.Should().Equal(whole);
    }

    /// <summary>超时未签收 (a test's city rule): dispatched, never signed in, and the deadline in force has passed.</summary>
    private sealed class NeverSignedInRule(AccountabilityRule? rule = null) : IAccountabilityRule
    {
        public AccountabilityRule Rule { get; } = rule ?? NeverSignedIn;

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings)
        {
            if (ticket.IsSignedIn || ticket.RepliedAt.HasValue || ticket.DueAt is not { } due || ticket.AsOf < due)
            {
                return;
            }

            findings.Add(new Finding(
                Rule,
                ticket.LatestDispatchUnit!,
                ticket.Ticket.Id,
                [new FindingFact(FactKind.Dispatched, ticket.LatestDispatchedAt!.Value), new FindingFact(FactKind.Due, due)],
                null,
                Measure.Reminder,
                ["超时未签收: never signed in, and the deadline has passed."]));
        }

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings)
        {
        }
    }

    private sealed class RecordingRule : IAccountabilityRule
    {
        public List<string> Tickets { get; } = [];

        public List<string> Units { get; } = [];

        public AccountabilityRule Rule { get; } = AccountabilityRule.Define("Recording", 120, "test-recording", "记录", AccountableParty.Unit);

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings)
        {
            ticket.IsDispatched.Should().BeTrue();
            ticket.IsMerged.Should().BeFalse();
            Tickets.Add(ticket.Ticket.Id.Value);
        }

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings) => Units.Add(unit.Id.Value);
    }

    [Fact]
    public void A_city_rule_that_keeps_the_tickets_it_saw_keeps_each_as_of_the_review_even_when_folded_mid_history()
    {
        // Mid-November: every history runs past the as-of instant, so each ticket is folded up to it, one after another.
        var keeping = new KeepingRule();
        var midNovember = Beijing("2026-11-13 12:00");
        var tickets = All();

        AccountabilityReview.Review(tickets, Units(), midNovember, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.With(keeping));

        keeping.Kept.Should().NotBeEmpty();
        foreach (var kept in keeping.Kept)
        {
            var alone = ReviewedTicket.Of(kept.Ticket, midNovember);
            (kept.LatestDispatchUnit, kept.LatestDispatchedAt, kept.DueAt, kept.RepliedAt, kept.CallbackAt, kept.ReopenCount)
                .Should().Be((alone.LatestDispatchUnit, alone.LatestDispatchedAt, alone.DueAt, alone.RepliedAt, alone.CallbackAt, alone.ReopenCount), kept.Ticket.Id.Value);
        }
    }

    private sealed class KeepingRule : IAccountabilityRule
    {
        public List<ReviewedTicket> Kept { get; } = [];

        public AccountabilityRule Rule { get; } = AccountabilityRule.Define("Keeping", 121, "test-keeping", "保留", AccountableParty.Unit);

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings) => Kept.Add(ticket);

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings)
        {
        }
    }

    private sealed class NullRule : IAccountabilityRule
    {
        public AccountabilityRule Rule => null!;

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings)
        {
        }

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings)
        {
        }
    }

    private sealed class AddingRule(Action<ReviewedTicket, ICollection<Finding>>? onTicket, Action<ResponsibleUnit, ICollection<Finding>>? onUnit = null) : IAccountabilityRule
    {
        public AccountabilityRule Rule => NeverSignedIn;

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings) => onTicket?.Invoke(ticket, findings);

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings) => onUnit?.Invoke(unit, findings);
    }
}
