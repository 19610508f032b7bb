using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The example of the docs section "A city's own rule", compiled and run: keep the two in step.</summary>
public class DocsAccountabilityExampleTests
{
    [Fact]
    public void Jinans_knowledge_base_rule_finds_the_units_whose_knowledge_base_is_stale()
    {
        // --- docs: begin ---
        var lastUpdated = new Dictionary<UnitId, Instant>
        {
            [new UnitId("交通局")] = Instant.FromUtc(2026, 11, 20, 2, 0),
            [new UnitId("住建局")] = Instant.FromUtc(2026, 9, 30, 2, 0),
        };
        var rules = AccountabilityRuleSet.BuiltIn.With(new KnowledgeBaseLateRule(lastUpdated, Duration.FromDays(30)));

        var findings = AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default, rules);
        // --- docs: end ---

        findings.Where(f => f.Rule == KnowledgeBaseLateRule.KnowledgeBaseLate)
            .Select(f => (f.Unit.Value, f.RecommendedMeasure, f.Reasons[0]))
            .Should().Equal(
                ("住建局", Measure.SupervisionNotice, "知识库更新超时: 市住房和城乡建设局 last updated its knowledge base 2026-09-30T02:00:00Z; allowed 30 days."),
                ("城管局", Measure.SupervisionNotice, "知识库更新超时: 市城市管理执法局 has never updated its knowledge base."),
                ("市场监管局", Measure.SupervisionNotice, "知识库更新超时: 市市场监督管理局 has never updated its knowledge base."));
        findings.Should().HaveCount(AccountabilityReview.Review(All(), Units(), AsOf, EscalationLadder.Default).Count + 3);
    }

    // --- docs: rule begin ---
    /// <summary>济南: a unit whose knowledge base (知识库) was not updated within the allowed time gets a supervision notice.</summary>
    private sealed class KnowledgeBaseLateRule(IReadOnlyDictionary<UnitId, Instant> lastUpdated, Duration allowed) : IAccountabilityRule
    {
        public static readonly AccountabilityRule KnowledgeBaseLate = AccountabilityRule.Define(
            "KnowledgeBaseLate", 101, "jinan-knowledge-base-late", "知识库更新超时", AccountableParty.Unit);

        public AccountabilityRule Rule => KnowledgeBaseLate;

        public void Evaluate(ReviewedTicket ticket, EscalationLadder ladder, ICollection<Finding> findings)
        {
            // A rule about units: nothing to find on a ticket.
        }

        public void Evaluate(ResponsibleUnit unit, Instant asOf, EscalationLadder ladder, ICollection<Finding> findings)
        {
            var known = lastUpdated.TryGetValue(unit.Id, out var updatedAt);
            if (known && asOf - updatedAt <= allowed)
            {
                return;
            }

            var why = known
                ? $"知识库更新超时: {unit.Name} last updated its knowledge base {updatedAt}; allowed {allowed.Days} days."
                : $"知识库更新超时: {unit.Name} has never updated its knowledge base.";
            findings.Add(new Finding(KnowledgeBaseLate, unit.Id, null, [new FindingFact(FactKind.AsOf, asOf)], null, Measure.SupervisionNotice, [why]));
        }
    }

    // --- docs: rule end ---
}
