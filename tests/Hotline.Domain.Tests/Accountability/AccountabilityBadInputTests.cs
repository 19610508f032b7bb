using Hotline.Domain.Accountability;
using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

public class AccountabilityBadInputTests
{
    [Fact]
    public void Null_arguments_and_null_elements_are_argument_errors()
    {
        FluentActions.Invoking(() => Assessment.Of(null!, November, AsOf)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Assessment.Of([], null!, AsOf)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Assessment.Of([], November, AsOf, null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Assessment.Of([H1OnTimeSatisfied(), null!], November, AsOf)).Should().Throw<ArgumentException>().WithMessage("*null*");
        FluentActions.Invoking(() => AccountabilityReview.Review(null!, AsOf)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => AccountabilityReview.Review([null!], AsOf)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => AccountabilityReview.Review([], [null!], AsOf, EscalationLadder.Default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => AccountabilityReview.Review([], AsOf, null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => AccountabilityReview.Combine([null!])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => AccountabilityReview.Combine([[null!]])).Should().Throw<ArgumentException>();
        var report = Assessment.Of(All(), November, AsOf);
        FluentActions.Invoking(() => report.Rank(null!, TieRanking.Dense)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => report.Rank(AssessmentIndicator.CompletionRate, null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => report.Check(null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => report.Combine(null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => report.For(null!)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_ticket_given_twice_is_refused_rather_than_counted_twice()
    {
        var t = H1OnTimeSatisfied();

        FluentActions.Invoking(() => Assessment.Of([t, t], November, AsOf)).Should().Throw<ArgumentException>().WithMessage("*GD-20261102-001*twice*");
        FluentActions.Invoking(() => AccountabilityReview.Review([t, H1OnTimeSatisfied()], AsOf)).Should().Throw<ArgumentException>().WithMessage("*twice*");
        var unit = Units()[0];
        FluentActions.Invoking(() => AccountabilityReview.Review([], [unit, unit], AsOf, EscalationLadder.Default)).Should().Throw<ArgumentException>().WithMessage("*交通局*twice*");
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public void Extreme_as_of_instants_are_argument_errors(long which)
    {
        var asOf = which == long.MinValue ? Instant.MinValue : Instant.MaxValue;

        FluentActions.Invoking(() => Assessment.Of(All(), November, asOf)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => AccountabilityReview.Review(All(), asOf)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_period_in_another_calendar_is_an_argument_error()
    {
        var julian = new DateInterval(new LocalDate(2026, 11, 1, CalendarSystem.Julian), new LocalDate(2026, 11, 30, CalendarSystem.Julian));

        FluentActions.Invoking(() => Assessment.Of(All(), julian, AsOf)).Should().Throw<ArgumentException>().WithMessage("*ISO*");
    }

    [Fact]
    public void An_as_of_beyond_the_calendar_coverage_says_so_when_lateness_is_needed()
    {
        // An overdue ticket reviewed in 2027, beyond the mainland calendar's coverage: a domain error naming coverage.
        FluentActions.Invoking(() => AccountabilityReview.Review([H3OverdueHelpRequest()], Beijing("2027-03-01 09:00")))
            .Should().Throw<CalendarCoverageException>();

        // The assessment needs no working-day count: it answers.
        Assessment.Of([H3OverdueHelpRequest()], November, Beijing("2027-03-01 09:00")).CityWide.Due.Should().Be(1);
    }

    [Fact]
    public void A_finding_rejects_bad_parts()
    {
        var unit = new UnitId("住建局");
        FindingFact[] facts = [new FindingFact(FactKind.AsOf, AsOf)];
        string[] reasons = ["why"];

        FluentActions.Invoking(() => new Finding(null!, unit, null, facts, null, Measure.Reminder, reasons)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, unit, null, [null!], null, Measure.Reminder, reasons)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, unit, null, facts, -1, Measure.Reminder, reasons)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, unit, null, facts, int.MinValue, Measure.Reminder, reasons)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, unit, null, facts, 1, Measure.DisciplineReferral, reasons)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, unit, null, facts, 1, Measure.Reminder, [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, unit, null, facts, 1, Measure.Reminder, [" "])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new FindingFact(null!, AsOf)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_finding_copies_its_lists_and_hands_out_read_only_views()
    {
        var facts = new List<FindingFact> { new(FactKind.AsOf, AsOf) };
        var reasons = new List<string> { "why" };
        var finding = new Finding(AccountabilityRule.MissingFourOnes, new UnitId("住建局"), null, facts, null, Measure.Rectification, reasons);

        facts.Clear();
        reasons.Add("more");

        finding.Facts.Should().HaveCount(1);
        finding.Reasons.Should().Equal("why");
        (finding.Facts as IList<FindingFact>)!.IsReadOnly.Should().BeTrue();
        Assessment.Of(All(), November, AsOf).Units.Should().BeAssignableTo<IReadOnlyList<UnitAssessment>>()
            .And.Subject.As<ICollection<UnitAssessment>>().IsReadOnly.Should().BeTrue();
    }
}
