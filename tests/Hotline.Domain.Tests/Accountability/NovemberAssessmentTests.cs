using Hotline.Domain.Accountability;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

public class NovemberAssessmentTests
{
    private static readonly Assessment Report = Assessment.Of(All(), November, AsOf);

    private static object Counts(UnitAssessment a) => new
    {
        a.Unit,
        a.Dispatched,
        a.Signed,
        a.Due,
        a.Replied,
        a.RepliedOnTime,
        a.CalledBack,
        a.Resolved,
        a.Satisfied,
        a.Reopened,
    };

    [Fact]
    public void Units_are_those_with_a_ticket_in_the_period_ordered_by_unit_id()
    {
        Report.Units.Select(u => u.Unit).Should().Equal(Transport, Housing, Urban, Market);
        Report.Period.Equals(November).Should().BeTrue();
        Report.AsOf.Should().Be(AsOf);
    }

    [Fact]
    public void Housing_counts_six_dispatched_the_reply_after_as_of_not_replied_and_the_reopened_ticket_by_its_latest_round()
    {
        // H1 on time; H2 late; H3 overdue; H4 extended, on time; H5 latest round on time; H6 due 12-09, replied 12-02 (after as-of).
        Counts(Report.Units[1]).Should().BeEquivalentTo(new
        {
            Unit = Housing,
            Dispatched = 6,
            Signed = 6,
            Due = 5,
            Replied = 4,
            RepliedOnTime = 3,
            CalledBack = 4,
            Resolved = 3,
            Satisfied = 3, // H1 满意, H4 基本满意, H5 满意; H2 不满意
            Reopened = 1,
        });
    }

    [Fact]
    public void Urban_counts_the_re_dispatched_ticket_and_not_the_October_one_nor_the_merged_duplicate()
    {
        // U1 (re-dispatched from 住建局), U2, U3; U4 was dispatched in October; X2 was merged.
        Counts(Report.Units[2]).Should().BeEquivalentTo(new
        {
            Unit = Urban,
            Dispatched = 3,
            Signed = 2,
            Due = 3,
            Replied = 2,
            RepliedOnTime = 1,
            CalledBack = 1,
            Resolved = 1,
            Satisfied = 1,
            Reopened = 0,
        });
    }

    [Fact]
    public void Market_counts_the_reopened_ticket_awaiting_its_new_reply_as_reopened_but_neither_due_nor_replied()
    {
        Counts(Report.Units[3]).Should().BeEquivalentTo(new
        {
            Unit = Market,
            Dispatched = 2,
            Signed = 2,
            Due = 1,
            Replied = 1,
            RepliedOnTime = 1,
            CalledBack = 1,
            Resolved = 1,
            Satisfied = 1,
            Reopened = 1,
        });
        Report.Units[3].ReopenRate.ToString().Should().Be("100.0%");
    }

    [Fact]
    public void Transport_counts_only_its_November_ticket_not_the_one_dispatched_after_as_of()
    {
        Counts(Report.Units[0]).Should().BeEquivalentTo(new
        {
            Unit = Transport,
            Dispatched = 1,
            Signed = 1,
            Due = 1,
            Replied = 1,
            RepliedOnTime = 1,
            CalledBack = 1,
            Resolved = 1,
            Satisfied = 1,
            Reopened = 0,
        });
    }

    [Fact]
    public void City_wide_sums_the_counts()
    {
        Counts(Report.CityWide).Should().BeEquivalentTo(new
        {
            Unit = (UnitId?)null,
            Dispatched = 12,
            Signed = 11,
            Due = 10,
            Replied = 8,
            RepliedOnTime = 6,
            CalledBack = 7,
            Resolved = 6,
            Satisfied = 6,
            Reopened = 2,
        });
    }

    [Fact]
    public void Rates_are_the_exact_counts_printed_half_to_even_to_one_decimal()
    {
        var housing = Report.Units[1];
        housing.SignInRate.Should().Be(new Rate(6, 6));
        housing.CompletionRate.Should().Be(new Rate(4, 5));
        housing.OnTimeCompletionRate.Should().Be(new Rate(3, 5));
        housing.CallbackRate.Should().Be(new Rate(4, 4));
        housing.ResolutionRate.Should().Be(new Rate(3, 4));
        housing.SatisfactionRate.Should().Be(new Rate(3, 4));
        housing.ReopenRate.Should().Be(new Rate(1, 4));
        new[] { housing.SignInRate, housing.CompletionRate, housing.OnTimeCompletionRate, housing.CallbackRate, housing.ResolutionRate, housing.SatisfactionRate, housing.ReopenRate }
            .Select(r => r.ToString()).Should().Equal("100.0%", "80.0%", "60.0%", "100.0%", "75.0%", "75.0%", "25.0%");

        var urban = Report.Units[2];
        new[] { urban.SignInRate, urban.CompletionRate, urban.OnTimeCompletionRate, urban.CallbackRate, urban.ResolutionRate, urban.SatisfactionRate, urban.ReopenRate }
            .Select(r => r.ToString()).Should().Equal("66.7%", "66.7%", "33.3%", "50.0%", "100.0%", "100.0%", "0.0%");

        var city = Report.CityWide;
        new[] { city.SignInRate, city.CompletionRate, city.OnTimeCompletionRate, city.CallbackRate, city.ResolutionRate, city.SatisfactionRate, city.ReopenRate }
            .Select(r => r.ToString()).Should().Equal("91.7%", "80.0%", "60.0%", "87.5%", "85.7%", "85.7%", "25.0%");
        city.SignInRate.Value.Should().Be(11m / 12m);
    }

    [Fact]
    public void Excluding_basically_satisfied_lowers_the_satisfaction_of_the_extended_ticket_only()
    {
        var strict = Assessment.Of(All(), November, AsOf, AssessmentOptions.ExcludingBasicallySatisfied);

        strict.Units[1].Satisfied.Should().Be(2);
        strict.Units[1].SatisfactionRate.ToString().Should().Be("50.0%");
        strict.CityWide.SatisfactionRate.Should().Be(new Rate(5, 7));
        strict.CityWide.SatisfactionRate.ToString().Should().Be("71.4%");
        strict.Units.Select(u => u.Satisfied).Should().Equal(1, 2, 1, 1);
    }

    [Fact]
    public void Completion_ranking_ties_the_two_perfect_units_densely_or_by_competition()
    {
        var dense = Report.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense);
        dense.Select(r => (r.Unit.Value, r.Rank, r.Rate.ToString())).Should().Equal(
            ("交通局", (int?)1, "100.0%"), ("市场监管局", 1, "100.0%"), ("住建局", 2, "80.0%"), ("城管局", 3, "66.7%"));

        var competition = Report.Rank(AssessmentIndicator.CompletionRate, TieRanking.Competition);
        competition.Select(r => (r.Unit.Value, r.Rank)).Should().Equal(("交通局", (int?)1), ("市场监管局", 1), ("住建局", 3), ("城管局", 4));
    }

    [Fact]
    public void Reopen_rate_ranks_lower_first()
    {
        Report.Rank(AssessmentIndicator.ReopenRate, TieRanking.Dense).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("交通局", (int?)1), ("城管局", 1), ("住建局", 2), ("市场监管局", 3));
    }

    [Fact]
    public void Callback_ranking_has_a_three_way_tie()
    {
        Report.Rank(AssessmentIndicator.CallbackRate, TieRanking.Competition).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("交通局", (int?)1), ("住建局", 1), ("市场监管局", 1), ("城管局", 4));
    }

    [Fact]
    public void Completion_above_96_percent_is_met_by_the_perfect_units_only()
    {
        var checks = Report.Check(RateTarget.Above(AssessmentIndicator.CompletionRate, 96m));

        checks.Select(c => (c.Unit.Value, c.Met)).Should().Equal(("交通局", (bool?)true), ("住建局", false), ("城管局", false), ("市场监管局", true));
        RateTarget.Above(AssessmentIndicator.CompletionRate, 96m).ToString().Should().Be("办结率 > 96%");
    }

    [Fact]
    public void An_earlier_as_of_sees_fewer_events()
    {
        // At 2026-11-20 00:00 H3's deadline (Thu 11-19) has just passed; H2 was replied the day before.
        var early = Assessment.Of(All(), November, Beijing("2026-11-20 00:00"));
        var housing = early.For(Housing)!;

        // Dispatched by then: H1, H2, H3, H4, H5 (H6 comes 11-25).
        housing.Dispatched.Should().Be(5);
        // Due: H1 and H2 replied, H3 due at 11-20 00:00 exactly; H4 due 11-23; H5 is in its third round (reopened
        // 11-13, due 11-27), unreplied.
        housing.Due.Should().Be(3);
        housing.Replied.Should().Be(2);
        housing.Reopened.Should().Be(1);
        early.For(Transport)!.Dispatched.Should().Be(1, "T1 dispatched 11-18");
        early.For(new UnitId("水务局")).Should().BeNull();
    }

    [Fact]
    public void A_ticket_moves_to_the_unit_and_period_of_its_latest_dispatch()
    {
        // U1 was first dispatched to 住建局; before the re-dispatch it counts there.
        var beforeRedispatch = Assessment.Of([U1ReturnedAndRedispatchedNeverCalledBack()], November, Beijing("2026-11-04 10:30"));
        beforeRedispatch.Units.Single().Unit.Should().Be(Housing);
        beforeRedispatch.Units.Single().Signed.Should().Be(0);

        var after = Assessment.Of([U1ReturnedAndRedispatchedNeverCalledBack()], November, AsOf);
        after.Units.Single().Unit.Should().Be(Urban);

        var october = Assessment.Of(All(), new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31)), AsOf);
        october.Units.Should().ContainSingle().Which.Unit.Should().Be(Urban);
        october.CityWide.Dispatched.Should().Be(1);
        october.CityWide.CompletionRate.ToString().Should().Be("0.0%");
    }

    [Fact]
    public void An_empty_assessment_has_no_units_and_rates_without_value()
    {
        var empty = Assessment.Of([], November, AsOf);

        empty.Units.Should().BeEmpty();
        empty.CityWide.Dispatched.Should().Be(0);
        empty.CityWide.CompletionRate.Value.Should().BeNull();
        empty.CityWide.CompletionRate.ToString().Should().Be("n/a");
        empty.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense).Should().BeEmpty();
    }

    [Fact]
    public void Units_without_a_value_come_last_unranked()
    {
        // As of 11-17 00:00 nothing of 城管局's is due yet (U1 due 11-18, U2 11-19) and T1 is not dispatched.
        var early = Assessment.Of(All(), November, Beijing("2026-11-17 00:00"));

        early.Rank(AssessmentIndicator.CompletionRate, TieRanking.Dense).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(
            ("住建局", (int?)1), ("市场监管局", 1), ("城管局", null));
    }

    [Fact]
    public void Combining_two_halves_equals_the_whole()
    {
        var all = All();
        var left = Assessment.Of(all.Take(7), November, AsOf);
        var right = Assessment.Of(all.Skip(7), November, AsOf);

        var combined = left.Combine(right);

        combined.Units.Should().Equal(Report.Units);
        combined.CityWide.Should().Be(Report.CityWide);
    }

    [Fact]
    public void Only_assessments_of_the_same_period_as_of_and_options_combine()
    {
        var other = Assessment.Of(All(), November, Beijing("2026-11-30 09:00"));
        var strict = Assessment.Of(All(), November, AsOf, AssessmentOptions.ExcludingBasicallySatisfied);

        FluentActions.Invoking(() => Report.Combine(other)).Should().Throw<ArgumentException>().WithMessage("*same period, as-of instant and options*");
        FluentActions.Invoking(() => Report.Combine(strict)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Report.Units[0].Combine(Report.Units[1])).Should().Throw<ArgumentException>().WithMessage("*交通局*住建局*");
    }
}
