using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.FairNovember;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The assessment one ticket at a time: the month of <see cref="FairNovember"/>, streamed.</summary>
public class AssessmentAccumulatorTests
{
    private static readonly AssessmentOptions WithDecisions = AssessmentOptions.Default.WithExemptions(Decisions());

    [Fact]
    public void Streaming_the_month_gives_the_assessment_of_the_month()
    {
        var accumulator = new AssessmentAccumulator(November, AsOf, WithDecisions);
        foreach (var ticket in Month())
        {
            accumulator.Add(ticket);
        }

        var streamed = accumulator.ToAssessment();
        var whole = Assessment.Of(Month(), November, AsOf, WithDecisions);

        streamed.Units.Should().Equal(whole.Units);
        streamed.CityWide.Should().Be(whole.CityWide);
        streamed.Exclusions.Select(x => (x.Effect, x.Unit)).Should().Equal(whole.Exclusions.Select(x => (x.Effect, x.Unit)));
        (accumulator.Period, accumulator.AsOf, accumulator.Options).Should().Be((November, AsOf, WithDecisions));
        (streamed.Period, streamed.AsOf, streamed.Options).Should().Be((November, AsOf, WithDecisions));
    }

    [Fact]
    public void An_assessment_taken_is_not_changed_by_tickets_added_after_it()
    {
        var accumulator = new AssessmentAccumulator(November, AsOf, AssessmentOptions.Default);
        accumulator.Add(Month()[0]);
        var first = accumulator.ToAssessment();

        accumulator.Add(Month()[1]);

        (first.CityWide.Dispatched, accumulator.ToAssessment().CityWide.Dispatched).Should().Be((1, 2));
        new AssessmentAccumulator(November, AsOf, AssessmentOptions.Default).ToAssessment().Units.Should().BeEmpty();
    }

    [Fact]
    public void A_ticket_added_twice_counts_twice_as_documented_the_stream_keeps_no_set_of_ids()
    {
        var accumulator = new AssessmentAccumulator(November, AsOf, AssessmentOptions.Default);
        accumulator.Add(Month()[0]);
        accumulator.Add(Month()[0]);

        accumulator.ToAssessment().CityWide.Dispatched.Should().Be(2);
        FluentActions.Invoking(() => Assessment.Of([Month()[0], Month()[0]], November, AsOf)).Should().Throw<ArgumentException>().WithParameterName("tickets");
    }

    [Fact]
    public void Only_accumulators_of_the_same_period_instant_and_options_combine_and_never_one_with_itself()
    {
        var a = new AssessmentAccumulator(November, AsOf, AssessmentOptions.Default);

        FluentActions.Invoking(() => a.Combine(a)).Should().Throw<ArgumentException>().WithParameterName("other").WithMessage("*with itself*");
        FluentActions.Invoking(() => a.Combine(null!)).Should().Throw<ArgumentException>().WithParameterName("other");
        FluentActions.Invoking(() => a.Combine(new AssessmentAccumulator(November, AsOf + Duration.FromSeconds(1), AssessmentOptions.Default))).Should().Throw<ArgumentException>().WithParameterName("other");
        FluentActions.Invoking(() => a.Combine(new AssessmentAccumulator(new DateInterval(November.Start, November.End.PlusDays(-1)), AsOf, AssessmentOptions.Default))).Should().Throw<ArgumentException>().WithParameterName("other");
        FluentActions.Invoking(() => a.Combine(new AssessmentAccumulator(November, AsOf, AssessmentOptions.ExcludingBasicallySatisfied))).Should().Throw<ArgumentException>().WithParameterName("other")
            .WithMessage("Only accumulators of the same period, as-of instant and options combine*");
        a.Combine(new AssessmentAccumulator(November, AsOf, new AssessmentOptions(true)));
        a.ToAssessment().Units.Should().BeEmpty();
    }

    [Fact]
    public void Combining_leaves_the_other_accumulator_as_it_was()
    {
        var left = new AssessmentAccumulator(November, AsOf, WithDecisions);
        var right = new AssessmentAccumulator(November, AsOf, WithDecisions);
        left.Add(Month()[0]);
        right.Add(Month()[9]); // U1, exempt
        right.Add(Month()[10]);

        left.Combine(right);

        (left.ToAssessment().CityWide.Dispatched, right.ToAssessment().CityWide.Dispatched).Should().Be((2, 1));
        left.ToAssessment().Exclusions.Single(x => x.Decision.Ticket.Value == "U1").Effect.Should().Be(ExemptionEffect.Removed);
        left.ToAssessment().For(Urban)!.Dispatched.Should().Be(1);

        var holder = new AssessmentAccumulator(November, AsOf, WithDecisions);
        holder.Add(Month()[9]); // U1, exempt here
        holder.Combine(new AssessmentAccumulator(November, AsOf, WithDecisions));
        holder.ToAssessment().Exclusions.Single(x => x.Decision.Ticket.Value == "U1").Effect.Should().Be(ExemptionEffect.Removed, "a partition without the order does not undo its removal");
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_them()
    {
        FluentActions.Invoking(() => new AssessmentAccumulator(null!, AsOf, AssessmentOptions.Default)).Should().Throw<ArgumentException>().WithParameterName("period");
        FluentActions.Invoking(() => new AssessmentAccumulator(November, AsOf, null!)).Should().Throw<ArgumentException>().WithParameterName("options");
        FluentActions.Invoking(() => new AssessmentAccumulator(November, Instant.MaxValue, AssessmentOptions.Default)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        var julian = new DateInterval(new LocalDate(2026, 11, 1, CalendarSystem.Julian), new LocalDate(2026, 11, 30, CalendarSystem.Julian));
        FluentActions.Invoking(() => new AssessmentAccumulator(julian, AsOf, AssessmentOptions.Default)).Should().Throw<ArgumentException>().WithParameterName("period").WithMessage("*ISO*");
        FluentActions.Invoking(() => new AssessmentAccumulator(November, AsOf, AssessmentOptions.Default).Add(null!)).Should().Throw<ArgumentException>().WithParameterName("ticket");
    }

    [Fact]
    public void One_ticket_is_reviewed_on_its_own_in_the_fixed_order()
    {
        var u1 = Month()[9];

        var findings = AccountabilityReview.ReviewTicket(u1, AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn);

        findings.Should().Equal(AccountabilityReview.Review(Month(), AsOf).Where(f => f.Ticket?.Value == "U1"));
        AccountabilityReview.ReviewTicket(Month()[6], AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn).Should().BeEmpty("a withdrawn order is not reviewed");
        FluentActions.Invoking(() => AccountabilityReview.ReviewTicket(null!, AsOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn)).Should().Throw<ArgumentException>().WithParameterName("ticket");
        FluentActions.Invoking(() => AccountabilityReview.ReviewTicket(u1, AsOf, null!, AccountabilityRuleSet.BuiltIn)).Should().Throw<ArgumentException>().WithParameterName("ladder");
        FluentActions.Invoking(() => AccountabilityReview.ReviewTicket(u1, AsOf, EscalationLadder.Default, null!)).Should().Throw<ArgumentException>().WithParameterName("rules");
        FluentActions.Invoking(() => AccountabilityReview.ReviewTicket(u1, Instant.MaxValue, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn)).Should().Throw<ArgumentException>().WithParameterName("asOf");
    }
}
