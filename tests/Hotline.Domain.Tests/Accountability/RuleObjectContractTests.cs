using Hotline.Domain.Accountability;
using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// The contracts of rules as objects that the November month does not reach: the set's first rule, the built-in rules
/// called through the public interface, what a city's rule is handed and how its findings come back, and a review past
/// the calendar's coverage.
/// </summary>
public class RuleObjectContractTests
{
    private static readonly AccountabilityRule NeverCalledBack = AccountabilityRule.Define("NeverCalledBack", 110, "test-never-called-back", "未回访", AccountableParty.Platform);

    [Fact]
    public void The_set_refuses_a_second_rule_under_its_first_rule_and_replaces_or_drops_its_first_rule()
    {
        var set = AccountabilityRuleSet.BuiltIn;

        set.Invoking(s => s.With(BuiltInRules.OverdueUnreplied)).Should().Throw<AccountabilityRuleSetException>()
            .WithMessage("The set already holds a rule reporting under 超期未办结 (OverdueUnreplied, value 1, code overdue-unreplied); 超期未办结 (OverdueUnreplied) reports under 超期未办结*");

        var city = new CityRule(AccountabilityRule.OverdueUnreplied);
        var replaced = set.Replace(city);
        replaced.Rules[0].Should().BeSameAs(city);
        replaced.Rules.Skip(1).Should().Equal(set.Rules.Skip(1));

        var dropped = set.Without(AccountabilityRule.OverdueUnreplied);
        dropped.Rules.Should().Equal(set.Rules.Skip(1));
        dropped.Invoking(s => s.Without(AccountabilityRule.OverdueUnreplied)).Should().Throw<AccountabilityRuleSetException>()
            .WithMessage("The set holds no rule reporting under 超期未办结 (OverdueUnreplied, value 1, code overdue-unreplied) to drop; it holds 逾期办结, 派单超时, 不当退单, 虚假办结, 多次重办, 四个一缺失, 签收超时, 联系超时, 协办超时, 督办未反馈. Use nothing to drop.");
    }

    [Fact]
    public void A_built_in_rule_names_itself_in_Chinese_and_by_name()
    {
        BuiltInRules.OverdueUnreplied.ToString().Should().Be("超期未办结 (OverdueUnreplied)");
        BuiltInRules.MissingFourOnes.ToString().Should().Be("四个一缺失 (MissingFourOnes)");
    }

    [Fact]
    public void A_built_in_rule_called_directly_refuses_a_null_ladder_or_collection_even_when_it_finds_nothing()
    {
        var h1 = ReviewedTicket.Of(H1OnTimeSatisfied(), AsOf); // on time, resolved, satisfied: no rule finds anything
        var transport = Units()[0];
        var findings = new List<Finding>();

        FluentActions.Invoking(() => BuiltInRules.DispatchLate.Evaluate(h1, null!, findings)).Should().Throw<ArgumentNullException>().WithParameterName("ladder");
        FluentActions.Invoking(() => BuiltInRules.DispatchLate.Evaluate(h1, EscalationLadder.Default, null!)).Should().Throw<ArgumentNullException>().WithParameterName("findings");
        FluentActions.Invoking(() => BuiltInRules.OverdueUnreplied.Evaluate((ResponsibleUnit)null!, AsOf, EscalationLadder.Default, findings)).Should().Throw<ArgumentNullException>().WithParameterName("unit");
        FluentActions.Invoking(() => BuiltInRules.OverdueUnreplied.Evaluate(transport, AsOf, null!, findings)).Should().Throw<ArgumentNullException>().WithParameterName("ladder");
        FluentActions.Invoking(() => BuiltInRules.OverdueUnreplied.Evaluate(transport, AsOf, EscalationLadder.Default, null!)).Should().Throw<ArgumentNullException>().WithParameterName("findings");
        findings.Should().BeEmpty();
    }

    [Fact]
    public void A_built_in_rule_called_directly_finds_nothing_on_a_merged_ticket_however_late_its_dispatch()
    {
        // X2: received 11-20 09:00, dispatched 09:30 (due 09:10), merged 10:00. Before the merge, the late dispatch is a finding.
        var findings = new List<Finding>();

        BuiltInRules.DispatchLate.Evaluate(ReviewedTicket.Of(X2MergedDuplicate(), AsOf), EscalationLadder.Default, findings);

        findings.Should().BeEmpty();
        AccountabilityReview.Review([X2MergedDuplicate()], AsOf).Should().BeEmpty();
        BuiltInRules.DispatchLate.Evaluate(ReviewedTicket.Of(X2MergedDuplicate(), Beijing("2026-11-20 09:45")), EscalationLadder.Default, findings);
        findings.Should().ContainSingle().Which.Rule.Should().Be(AccountabilityRule.DispatchLate);
    }

    [Fact]
    public void The_review_hands_every_city_rule_the_same_reviewed_ticket()
    {
        var first = new CityRule(NeverCalledBack);
        var second = new CityRule(AccountabilityRule.Define("Second", 111, "test-second", "第二", AccountableParty.Unit));

        AccountabilityReview.Review([H1OnTimeSatisfied(), H3OverdueHelpRequest()], [], AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.With(first).With(second));

        first.Seen.Should().HaveCount(2);
        second.Seen.Should().HaveCount(2);
        first.Seen[0].Should().BeSameAs(second.Seen[0]);
        first.Seen[1].Should().BeSameAs(second.Seen[1]);
        first.Seen[0].Should().NotBeSameAs(first.Seen[1]);
    }

    [Fact]
    public void Many_findings_of_a_city_rule_under_one_key_come_back_in_the_order_it_added_them()
    {
        // More than a few with one key (unit, ticket, rule): an unstable sort would reorder them.
        var many = new CityRule(NeverCalledBack, (t, findings) =>
        {
            for (var i = 0; i < 40; i++)
            {
                findings.Add(new Finding(NeverCalledBack, t.LatestDispatchUnit!, t.Ticket.Id, [new FindingFact(FactKind.AsOf, t.AsOf)], null, Measure.Reminder, [$"#{i}"]));
            }
        });

        var findings = AccountabilityReview.Review([H3OverdueHelpRequest()], [], AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn.With(many));

        findings.Where(f => f.Rule == NeverCalledBack).Select(f => f.Reasons[0]).Should().Equal(Enumerable.Range(0, 40).Select(i => $"#{i}"));
        findings[0].Rule.Should().Be(AccountabilityRule.OverdueUnreplied, "rule value 1 comes before the city's 110");
    }

    [Fact]
    public void A_review_as_of_a_day_past_the_calendar_s_coverage_names_that_day()
    {
        // H3 (due Thu 11-19) still unreplied on 2027-03-01; the mainland calendar's coverage ends before that day.
        var asOf = Beijing("2027-03-01 09:00");
        ChinaCalendars.Mainland.Coverage.Contains(new LocalDate(2027, 3, 1)).Should().BeFalse();

        FluentActions.Invoking(() => AccountabilityReview.Review([H3OverdueHelpRequest()], asOf))
            .Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(new LocalDate(2027, 3, 1));
    }

    /// <summary>A city's rule that records the reviewed tickets it is handed and runs <paramref name="onTicket"/> on each.</summary>
    private sealed class CityRule(AccountabilityRule rule, Action<ReviewedTicket, ICollection<Finding>>? onTicket = null) : IAccountabilityRule
    {
        public AccountabilityRule Rule => rule;

        public List<ReviewedTicket> Seen { get; } = [];

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings)
        {
            Seen.Add(ticket);
            onTicket?.Invoke(ticket, findings);
        }

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings)
        {
        }
    }
}
