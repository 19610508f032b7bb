using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Findings compare by the facts of the matter, not by the prose of their reasons.</summary>
public class FindingEqualityByFactsTests
{
    private static Finding Late(string[] reasons, string replied = "2026-11-20 10:00") => new(
        AccountabilityRule.RepliedLate,
        new UnitId("水务局"),
        new TicketId("GD-20261102-001"),
        [new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00")), new FindingFact(FactKind.Replied, Beijing(replied))],
        2,
        Measure.SupervisionNotice,
        reasons);

    [Fact]
    public void Two_findings_differing_only_in_their_reasons_are_equal()
    {
        var stored = Late(["逾期办结: replied late."]);
        var reworded = Late(["逾期办结 (RepliedLate): the reply came 2 working days after the deadline.", "督办通知."]);

        stored.Should().Be(reworded);
        (stored == reworded).Should().BeTrue();
        (stored != reworded).Should().BeFalse();
        stored.GetHashCode().Should().Be(reworded.GetHashCode());
        stored.Reasons.Should().NotEqual(reworded.Reasons);
        stored.Should().NotBe(Late(["逾期办结: replied late."], replied: "2026-11-20 10:01"), "a fact differs");
    }

    [Fact]
    public void A_stored_finding_with_other_wording_equals_the_one_the_review_makes()
    {
        var made = AccountabilityReview.Review([H2LateDispatchLateReplyFalseCompletion()], AsOf).Single(f => f.Rule == AccountabilityRule.DispatchLate);

        var stored = new Finding(made.Rule, made.Unit, made.Ticket, made.Facts, made.WorkingDaysPastDeadline, made.RecommendedMeasure, ["派单超时 (stored by an older version)."]);

        stored.Should().Be(made);
        made.Should().Be(stored);
        stored.GetHashCode().Should().Be(made.GetHashCode());
    }
}
