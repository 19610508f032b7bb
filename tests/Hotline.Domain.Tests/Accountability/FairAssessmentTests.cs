using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.FairNovember;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>What counts in the assessment: the month of <see cref="FairNovember"/>, every figure checked by hand.</summary>
public class FairAssessmentTests
{
    private static readonly AssessmentOptions WithDecisions = AssessmentOptions.Default.WithExemptions(Decisions());

    private static object Counts(UnitAssessment a) => new
    {
        a.Dispatched,
        a.Signed,
        a.Due,
        a.Replied,
        a.RepliedOnTime,
        a.CalledBack,
        a.UnreachableCallbacks,
        a.ExemptCallbacks,
        a.Resolved,
        a.Satisfied,
        a.ContactsDue,
        a.ContactedOnTime,
    };

    [Fact]
    public void Housing_with_the_decisions_counts_the_terminated_order_as_due_and_leaves_out_the_withdrawn_one_the_unreachable_round_and_the_screened_callback()
    {
        var housing = Assessment.Of(Month(), November, AsOf, WithDecisions).For(Housing)!;

        // H1 H2 H3 H4 H5 H6 H8 H9 (H7 withdrawn); due: seven replied and the terminated H6; H4 无法回访; H3 满意度甄别;
        // resolved H1 H2 (基本解决) H8 H9; satisfied H1 H2 (基本满意) H8 H9; contacted on time all but H5 and H6.
        Counts(housing).Should().BeEquivalentTo(new
        {
            Dispatched = 8, Signed = 8, Due = 8, Replied = 7, RepliedOnTime = 7, CalledBack = 6, UnreachableCallbacks = 1,
            ExemptCallbacks = 1, Resolved = 4, Satisfied = 4, ContactsDue = 8, ContactedOnTime = 6,
        });
        (housing.CallbacksDue, housing.CallbacksAssessed).Should().Be((6, 5));
        (housing.CompletionRate, housing.CallbackRate, housing.ResolutionRate, housing.SatisfactionRate, housing.ResponseRate)
            .Should().Be((new Rate(7, 8), new Rate(6, 6), new Rate(4, 5), new Rate(4, 5), new Rate(6, 8)));
    }

    [Fact]
    public void Urban_loses_the_exempt_order_from_every_count()
    {
        var urban = Assessment.Of(Month(), November, AsOf, WithDecisions).For(Urban)!;
        var before = Assessment.Of(Month(), November, AsOf).For(Urban)!;

        Counts(urban).Should().BeEquivalentTo(new
        {
            Dispatched = 2, Signed = 2, Due = 2, Replied = 1, RepliedOnTime = 1, CalledBack = 1, UnreachableCallbacks = 0,
            ExemptCallbacks = 0, Resolved = 0, Satisfied = 1, ContactsDue = 2, ContactedOnTime = 2,
        });
        Counts(before).Should().BeEquivalentTo(new
        {
            Dispatched = 3, Signed = 3, Due = 3, Replied = 2, RepliedOnTime = 1, CalledBack = 2, UnreachableCallbacks = 0,
            ExemptCallbacks = 0, Resolved = 1, Satisfied = 2, ContactsDue = 3, ContactedOnTime = 3,
        });
    }

    [Fact]
    public void Without_the_decisions_the_screened_callback_counts_and_the_city_line_sums_the_units()
    {
        var report = Assessment.Of(Month(), November, AsOf);
        var housing = report.For(Housing)!;

        (housing.ExemptCallbacks, housing.ResolutionRate, housing.SatisfactionRate).Should().Be((0, new Rate(4, 6), new Rate(4, 6)));
        report.Exclusions.Should().BeEmpty();
        var city = Assessment.Of(Month(), November, AsOf, WithDecisions).CityWide;
        (city.Dispatched, city.UnreachableCallbacks, city.ExemptCallbacks, city.CalledBack, city.Resolved).Should().Be((10, 1, 1, 7, 4));
    }

    [Fact]
    public void Basically_resolved_and_basically_satisfied_leave_the_numerators_when_the_options_say_so()
    {
        var strict = AssessmentOptions.ExcludingBasicallySatisfied.ExcludingBasicallyResolved().WithExemptions(Decisions());
        var housing = Assessment.Of(Month(), November, AsOf, strict).For(Housing)!;

        (housing.ResolutionRate, housing.SatisfactionRate).Should().Be((new Rate(3, 5), new Rate(3, 5)));
        (strict.CountBasicallySatisfied, strict.CountBasicallyResolved, strict.CountTerminated, strict.Exemptions.Count).Should().Be((false, false, true, 9));
    }

    [Fact]
    public void A_city_that_does_not_assess_terminations_leaves_the_terminated_order_out()
    {
        var housing = Assessment.Of(Month(), November, AsOf, AssessmentOptions.Default.ExcludingTerminated()).For(Housing)!;

        (housing.Dispatched, housing.Due, housing.Replied, housing.ContactsDue, housing.CompletionRate).Should().Be((7, 7, 7, 7, new Rate(7, 7)));
    }

    [Fact]
    public void Every_decision_made_by_the_as_of_instant_is_listed_with_what_it_removed()
    {
        var exclusions = Assessment.Of(Month(), November, AsOf, WithDecisions).Exclusions;

        exclusions.Select(x => (x.Decision.Ticket.Value, x.Decision.Scope, x.Effect, x.Unit)).Should().Equal(
            ("H3", ExemptionScope.Satisfaction, ExemptionEffect.Removed, Housing),
            ("H5", ExemptionScope.WholeTicket, ExemptionEffect.Rejected, (UnitId?)null),
            ("H8", ExemptionScope.WholeTicket, ExemptionEffect.Superseded, (UnitId?)null),
            ("H8", ExemptionScope.WholeTicket, ExemptionEffect.Rejected, (UnitId?)null),
            ("U1", ExemptionScope.WholeTicket, ExemptionEffect.Removed, Urban),
            ("H7", ExemptionScope.Satisfaction, ExemptionEffect.NothingToRemove, (UnitId?)null),
            ("GD-NOT-GIVEN", ExemptionScope.WholeTicket, ExemptionEffect.NothingToRemove, (UnitId?)null),
            ("H4", ExemptionScope.Satisfaction, ExemptionEffect.NothingToRemove, (UnitId?)null));
        exclusions[0].Decision.Should().Be(Decisions()[0]);
        exclusions[0].ToString().Should().Be("H3 satisfaction: removed from 住建局");
        exclusions[1].ToString().Should().Be("H5 whole-ticket: rejected");
    }

    [Fact]
    public void A_decision_counts_from_its_own_instant_and_the_later_of_two_wins_whatever_the_order_given()
    {
        var late = Beijing("2026-12-04 09:00");
        var h9 = Assessment.Of(Month(), November, late, WithDecisions);
        h9.For(Housing)!.Dispatched.Should().Be(7, "H9's exemption of 12-03 is in force at 12-04");

        var appealFirst = AssessmentOptions.Default.WithExemptions([Decisions()[3], Decisions()[2]]);
        Assessment.Of(Month(), November, AsOf, appealFirst).Exclusions.Select(x => x.Effect)
            .Should().Equal(ExemptionEffect.Rejected, ExemptionEffect.Superseded);

        var sameInstant = AssessmentOptions.Default.WithExemptions([Decision("H1", ExemptionScope.WholeTicket, false, "2026-11-20 10:00"), Decision("H1", ExemptionScope.WholeTicket, true, "2026-11-20 10:00")]);
        var report = Assessment.Of(Month(), November, AsOf, sameInstant);
        report.Exclusions.Select(x => x.Effect).Should().Equal(ExemptionEffect.Superseded, ExemptionEffect.Removed);
        report.For(Housing)!.Dispatched.Should().Be(7);
    }

    [Fact]
    public void Both_scopes_are_decided_apart_and_a_whole_order_exemption_leaves_the_screening_nothing_to_remove()
    {
        var both = AssessmentOptions.Default.WithExemptions([Decision("H1", ExemptionScope.Satisfaction, true, "2026-11-20 10:00"), Decision("H1", ExemptionScope.WholeTicket, true, "2026-11-21 10:00")]);
        var report = Assessment.Of(Month(), November, AsOf, both);

        report.Exclusions.Select(x => x.Effect).Should().Equal(ExemptionEffect.NothingToRemove, ExemptionEffect.Removed);
        (report.For(Housing)!.Dispatched, report.For(Housing)!.ExemptCallbacks).Should().Be((7, 0));

        // The whole order's decision listed first and later in time: the screening still wins its own scope.
        var wholeFirst = AssessmentOptions.Default.WithExemptions([Decision("H1", ExemptionScope.WholeTicket, true, "2026-11-21 10:00"), Decision("H1", ExemptionScope.Satisfaction, true, "2026-11-20 10:00")]);
        Assessment.Of(Month(), November, AsOf, wholeFirst).Exclusions.Select(x => x.Effect).Should().Equal(ExemptionEffect.Removed, ExemptionEffect.NothingToRemove);
    }

    [Fact]
    public void A_screened_callback_that_was_resolved_and_satisfied_leaves_both_numerators()
    {
        var screened = AssessmentOptions.Default.WithExemptions([Decision("H1", ExemptionScope.Satisfaction, true, "2026-11-20 10:00")]);

        var housing = Assessment.Of(Month(), November, AsOf, screened).For(Housing)!;

        (housing.CalledBack, housing.ExemptCallbacks, housing.Resolved, housing.Satisfied).Should().Be((6, 1, 3, 3));
    }

    [Fact]
    public void An_exempt_order_leaves_its_assisting_units_counts_too()
    {
        var t = FairNovember.Handled("J1", Housing);
        t.AddAssistingUnit(Urban, 3, Supervisor, Beijing("2026-11-03 09:00"));
        t.ReportAssistance("已配合", Clerk(Urban), Beijing("2026-11-03 10:00"));
        var exempt = AssessmentOptions.Default.WithExemptions([Decision("J1", ExemptionScope.WholeTicket, true, "2026-11-20 10:00")]);

        Assessment.Of([t], November, AsOf).For(Urban)!.AssistingDue.Should().Be(1);
        var report = Assessment.Of([t], November, AsOf, exempt);
        report.Units.Should().BeEmpty();
        report.Exclusions.Single().Unit.Should().Be(Housing);

        var onlyAssisting = Assessment.Of([t], new DateInterval(new LocalDate(2026, 11, 3), new LocalDate(2026, 11, 3)), AsOf, exempt);
        (onlyAssisting.Exclusions.Single().Effect, onlyAssisting.Exclusions.Single().Unit).Should().Be((ExemptionEffect.Removed, Urban));
        Assessment.Of([t], new DateInterval(new LocalDate(2026, 11, 3), new LocalDate(2026, 11, 3)), AsOf).For(Urban)!.AssistingDue.Should().Be(1);
    }

    [Fact]
    public void Partitions_combine_their_exclusions_and_their_counts()
    {
        var all = Month();
        var whole = Assessment.Of(all, November, AsOf, WithDecisions);
        var left = Assessment.Of(all.Where((_, i) => i % 2 == 0), November, AsOf, WithDecisions);
        var right = Assessment.Of(all.Where((_, i) => i % 2 == 1), November, AsOf, WithDecisions);

        var combined = left.Combine(right);

        combined.Units.Should().Equal(whole.Units);
        combined.CityWide.Should().Be(whole.CityWide);
        combined.Exclusions.Select(x => (x.Effect, x.Unit)).Should().Equal(whole.Exclusions.Select(x => (x.Effect, x.Unit)));
        right.Combine(left).Exclusions.Select(x => (x.Effect, x.Unit)).Should().Equal(whole.Exclusions.Select(x => (x.Effect, x.Unit)));

        var stored = Assessment.FromUnits(November, AsOf, WithDecisions, whole.Units);
        stored.Exclusions.Should().BeEmpty("stored lines carry counts, not decisions");
        stored.Combine(whole).Exclusions.Should().HaveCount(8);
        whole.Combine(stored).Exclusions.Should().HaveCount(8);
        FluentActions.Invoking(() => whole.Combine(Assessment.Of(all, November, AsOf))).Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void Exemptions_do_not_change_the_findings_a_late_reply_stays_late()
    {
        var findings = AccountabilityReview.Review(Month(), AsOf);

        findings.Should().Contain(f => f.Rule == AccountabilityRule.RepliedLate && f.Ticket!.Value == "U1");
        findings.Should().Contain(f => f.Rule == AccountabilityRule.OverdueUnreplied && f.Ticket!.Value == "U3");
        findings.Should().NotContain(f => f.Ticket != null && (f.Ticket.Value == "H6" || f.Ticket.Value == "H7") && f.Rule == AccountabilityRule.OverdueUnreplied);
    }

    [Fact]
    public void A_termination_after_the_deadline_is_overdue_with_the_lateness_counted_to_the_termination()
    {
        var t = FairNovember.Handled("H10", Housing);
        t.RequestTermination("诉求人已起诉", Clerk(Housing), Beijing("2026-11-18 10:00"));
        t.ApproveTermination(Supervisor, Beijing("2026-11-19 10:00"));

        var finding = AccountabilityReview.Review([t], AsOf).Single(f => f.Rule == AccountabilityRule.OverdueUnreplied);

        finding.WorkingDaysPastDeadline.Should().Be(3, "11-17, 11-18 and 11-19, not up to the as-of instant");
        finding.Facts[2].Should().Be(new FindingFact(FactKind.Terminated, Beijing("2026-11-19 10:00")));
        finding.Reasons[0].Should().Contain("when the order was terminated (终止办理)");
        AccountabilityReview.Review([t], Beijing("2026-11-18 12:00")).Single(f => f.Rule == AccountabilityRule.OverdueUnreplied)
            .Facts[2].Kind.Should().Be(FactKind.AsOf, "before the termination the order is simply unreplied");
    }

    [Fact]
    public void The_weighted_score_of_the_month_with_the_published_weights()
    {
        var report = Assessment.Of(Month(), November, AsOf, WithDecisions);
        var weights = ScoreWeights.ResponseResolutionSatisfaction;

        // 住建局: (30 × 75 + 35 × 80 + 35 × 80) ÷ 100; 城管局: (30 × 100 + 35 × 0 + 35 × 100) ÷ 100.
        report.For(Housing)!.Score(weights).Should().Be(78.5m);
        report.For(Urban)!.Score(weights).Should().Be(65m);
        report.RankByScore(weights, TieRanking.Dense).Select(r => (r.Unit, r.Score, r.Rank)).Should().Equal((Housing, (decimal?)78.5m, (int?)1), (Urban, (decimal?)65m, (int?)2));
        report.RankByScore(weights, TieRanking.Dense)[0].ToString().Should().Be("1 住建局 78.50");
    }
}
