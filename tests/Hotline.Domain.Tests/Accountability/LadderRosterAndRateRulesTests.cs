using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>The escalation ladder's configuration rules, duty rosters and units as registered, and the arithmetic of rates.</summary>
public class LadderRosterAndRateRulesTests
{
    private static readonly UnitId Water = new("水务局");

    [Fact]
    public void The_default_ladder_has_the_documented_thresholds()
    {
        var d = EscalationLadder.Default;

        (d.SupervisionNoticeFrom, d.CriticismFrom, d.DerelictionFrom).Should().Be((2, 7, 10));
        EscalationLadder.CreateBuilder().Build().ToString().Should().Be(d.ToString());
        EscalationLadder.Default.Should().BeSameAs(EscalationLadder.Default);
    }

    [Fact]
    public void A_late_reply_climbs_to_criticism_at_most_and_each_step_starts_exactly_at_its_threshold()
    {
        var ladder = EscalationLadder.CreateBuilder().SupervisionNoticeFrom(3).CriticismFrom(5).DerelictionFrom(8).Build();

        Enumerable.Range(0, 10).Select(ladder.StepForLateReply).Select(m => m.Name).Should().Equal(
            "Reminder", "Reminder", "Reminder", "SupervisionNotice", "SupervisionNotice", "Criticism", "Criticism", "Criticism", "Criticism", "Criticism");
        Enumerable.Range(0, 10).Select(ladder.StepForUnreplied).Select(m => m.Name).Should().Equal(
            "Reminder", "Reminder", "Reminder", "SupervisionNotice", "SupervisionNotice", "Criticism", "Criticism", "Criticism", "AccountabilityFeedback", "AccountabilityFeedback");
        ladder.ToString().Should().Be("催办 from 1, 督办通知 from 3, 通报批评 from 5, 书面反馈问责 from 8 working days past the deadline");
        FluentActions.Invoking(() => ladder.StepForLateReply(-1)).Should().Throw<ArgumentException>().WithParameterName("workingDaysPast");
        FluentActions.Invoking(() => ladder.StepForUnreplied(-1)).Should().Throw<ArgumentException>().WithParameterName("workingDaysPast");
    }

    [Fact]
    public void The_smallest_ladder_allowed_has_every_step_at_one_working_day()
    {
        var ladder = EscalationLadder.CreateBuilder().SupervisionNoticeFrom(1).CriticismFrom(1).DerelictionFrom(1).Build();

        (ladder.SupervisionNoticeFrom, ladder.CriticismFrom, ladder.DerelictionFrom).Should().Be((1, 1, 1));
        ladder.StepForUnreplied(0).Should().Be(Measure.Reminder);
        ladder.StepForUnreplied(1).Should().Be(Measure.AccountabilityFeedback);
        ladder.StepForLateReply(1).Should().Be(Measure.Criticism);
    }

    [Fact]
    public void A_ladder_below_one_or_out_of_order_is_refused_with_the_values_and_the_rule()
    {
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().SupervisionNoticeFrom(0).Build()).Should().Throw<EscalationLadderException>()
            .WithMessage("The supervision step is 0 working days; it must be 1 or more.");
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().CriticismFrom(1).Build()).Should().Throw<EscalationLadderException>()
            .WithMessage("The steps must not decrease: 督办通知 from 2, 通报批评 from 1, 书面反馈问责 from 10 working days; allowed: supervision ≤ criticism ≤ dereliction.");
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().DerelictionFrom(6).Build()).Should().Throw<EscalationLadderException>()
            .WithMessage("The steps must not decrease: 督办通知 from 2, 通报批评 from 7, 书面反馈问责 from 6 working days*");
        EscalationLadder.CreateBuilder().CriticismFrom(2).DerelictionFrom(2).Build().CriticismFrom.Should().Be(2);
    }

    [Fact]
    public void Each_rule_without_a_deadline_can_be_given_another_measure_but_never_discipline()
    {
        var builder = EscalationLadder.CreateBuilder();
        builder.Recommend(AccountabilityRule.DispatchLate, Measure.Reminder).Should().BeSameAs(builder);
        var ladder = builder
            .Recommend(AccountabilityRule.ImproperReturn, Measure.Criticism)
            .Recommend(AccountabilityRule.FalseCompletion, Measure.Criticism)
            .Recommend(AccountabilityRule.RepeatedReopening, Measure.SupervisionNotice)
            .Recommend(AccountabilityRule.MissingFourOnes, Measure.Reminder)
            .Build();

        ladder.MeasureFor(AccountabilityRule.DispatchLate).Should().Be(Measure.Reminder);
        ladder.MeasureFor(AccountabilityRule.ImproperReturn).Should().Be(Measure.Criticism);
        ladder.MeasureFor(AccountabilityRule.FalseCompletion).Should().Be(Measure.Criticism);
        ladder.MeasureFor(AccountabilityRule.RepeatedReopening).Should().Be(Measure.SupervisionNotice);
        ladder.MeasureFor(AccountabilityRule.MissingFourOnes).Should().Be(Measure.Reminder);
        EscalationLadder.Default.MeasureFor(AccountabilityRule.DispatchLate).Should().Be(Measure.Rectification, "the default is untouched");

        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.OverdueUnreplied, Measure.Reminder)).Should().Throw<EscalationLadderException>()
            .WithMessage("超期未办结 (OverdueUnreplied) is measured by working days past the deadline; set its steps (SupervisionNoticeFrom, CriticismFrom, DerelictionFrom) instead.");
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.MissingFourOnes, Measure.DisciplineReferral)).Should().Throw<EscalationLadderException>()
            .WithMessage("The ladder cannot recommend 党纪政纪处分 (DisciplineReferral) for 四个一缺失: only a person decides it. Recommend 书面反馈问责 (AccountabilityFeedback) at most.");
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(null!, Measure.Reminder)).Should().Throw<ArgumentException>().WithParameterName("rule");
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.DispatchLate, null!)).Should().Throw<ArgumentException>().WithParameterName("measure");
        FluentActions.Invoking(() => EscalationLadder.Default.MeasureFor(null!)).Should().Throw<ArgumentException>().WithParameterName("rule");
        FluentActions.Invoking(() => EscalationLadder.Default.MeasureFor(AccountabilityRule.RepliedLate)).Should().Throw<ArgumentException>().WithParameterName("rule")
            .WithMessage("逾期办结 (RepliedLate) is measured by working days past the deadline: use StepForUnreplied or StepForLateReply.*");
    }

    [Fact]
    public void A_refused_recommendation_leaves_the_builder_as_it_was()
    {
        var builder = EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.FalseCompletion, Measure.Criticism);

        FluentActions.Invoking(() => builder.Recommend(AccountabilityRule.FalseCompletion, Measure.DisciplineReferral)).Should().Throw<EscalationLadderException>();

        builder.Build().MeasureFor(AccountabilityRule.FalseCompletion).Should().Be(Measure.Criticism);
    }

    [Fact]
    public void A_roster_keeps_its_assignments_in_order_without_duplicates_and_says_who_is_on_duty()
    {
        var roster = new DutyRoster(
        [
            new DutyAssignment(IsoDayOfWeek.Saturday, "sw-02"),
            new DutyAssignment(IsoDayOfWeek.Monday, "sw-01"),
            new DutyAssignment(IsoDayOfWeek.Saturday, "sw-03"),
            new DutyAssignment(IsoDayOfWeek.Saturday, "sw-02"),
        ]);

        roster.Assignments.Select(a => a.ToString()).Should().Equal("Saturday: sw-02", "Monday: sw-01", "Saturday: sw-03");
        roster.OnDuty(IsoDayOfWeek.Saturday).Should().Equal("sw-02", "sw-03");
        roster.OnDuty(IsoDayOfWeek.Monday).Should().Equal("sw-01");
        roster.OnDuty(IsoDayOfWeek.Sunday).Should().BeEmpty();
        roster.UncoveredDays().Should().Equal(IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Sunday);
        roster.ToString().Should().Be("duty roster, 3 assignment(s), 2/7 days covered");
        (roster.Assignments as ICollection<DutyAssignment>)!.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => new DutyRoster(null!)).Should().Throw<ArgumentException>().WithParameterName("assignments");
        FluentActions.Invoking(() => new DutyRoster([new DutyAssignment(IsoDayOfWeek.Monday, "sw-01"), null!])).Should().Throw<ArgumentException>()
            .WithParameterName("assignments").WithMessage("A duty assignment is null.*");
    }

    [Fact]
    public void An_empty_roster_covers_no_day_and_a_full_one_every_day()
    {
        var empty = new DutyRoster([]);
        empty.UncoveredDays().Should().Equal(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d));
        empty.ToString().Should().Be("duty roster, 0 assignment(s), 0/7 days covered");

        var sundayOnly = new DutyRoster([new DutyAssignment(IsoDayOfWeek.Sunday, "a")]);
        sundayOnly.UncoveredDays().Should().Equal(Enumerable.Range(1, 6).Select(d => (IsoDayOfWeek)d));

        var full = new DutyRoster(Enumerable.Range(1, 7).Select(d => new DutyAssignment((IsoDayOfWeek)d, "a")));
        full.UncoveredDays().Should().BeEmpty();
        full.ToString().Should().Be("duty roster, 7 assignment(s), 7/7 days covered");
    }

    [Fact]
    public void A_unit_keeps_its_contacts_and_prints_name_and_id()
    {
        var roster = new DutyRoster(Enumerable.Range(1, 7).Select(d => new DutyAssignment((IsoDayOfWeek)d, "sw-01")));
        var unit = new ResponsibleUnit(Water, "市水务局", "0917-3211111", "PC-SW-01", "sw-01", "sw-leader", roster);

        (unit.Id, unit.Name, unit.Telephone, unit.Computer, unit.Handler, unit.PersonInCharge).Should().Be((Water, "市水务局", "0917-3211111", "PC-SW-01", "sw-01", "sw-leader"));
        unit.DutyRoster.Should().BeSameAs(roster);
        unit.ToString().Should().Be("市水务局 (水务局)");
        unit.IsComplete.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, "Telephone")]
    [InlineData(1, "Computer")]
    [InlineData(2, "Handler")]
    [InlineData(3, "PersonInCharge")]
    [InlineData(4, "DutyRoster")]
    public void Lacking_any_one_item_makes_a_unit_incomplete_and_names_that_item(int which, string item)
    {
        var roster = new DutyRoster(Enumerable.Range(1, 7).Select(d => new DutyAssignment((IsoDayOfWeek)d, "sw-01")));
        var unit = new ResponsibleUnit(
            Water,
            "市水务局",
            which == 0 ? null : "0917-3211111",
            which == 1 ? null : "PC-SW-01",
            which == 2 ? null : "sw-01",
            which == 3 ? null : "sw-leader",
            which == 4 ? null : roster);

        unit.Missing().Select(m => m.Name).Should().Equal(item);
        unit.IsComplete.Should().BeFalse();
    }

    [Theory]
    [InlineData("telephone", "A telephone must not be blank.")]
    [InlineData("computer", "A computer must not be blank.")]
    [InlineData("handler", "A handler must not be blank.")]
    [InlineData("personInCharge", "A person in charge must not be blank.")]
    public void A_blank_contact_is_an_input_error_naming_the_contact(string parameter, string message)
    {
        string? Blank(string p) => p == parameter ? " " : null;

        FluentActions.Invoking(() => new ResponsibleUnit(Water, "市水务局", Blank("telephone"), Blank("computer"), Blank("handler"), Blank("personInCharge"), null))
            .Should().Throw<ArgumentException>().WithParameterName(parameter).WithMessage(message + "*");
    }

    [Fact]
    public void A_unit_needs_an_id_and_a_name()
    {
        FluentActions.Invoking(() => new ResponsibleUnit(null!, "市水务局", null, null, null, null, null)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new ResponsibleUnit(Water, " ", null, null, null, null, null)).Should().Throw<ArgumentException>()
            .WithParameterName("name").WithMessage("A unit's name must not be blank.*");
    }

    [Fact]
    public void Rates_are_equal_by_both_counts_with_equal_hash_codes()
    {
        var r = new Rate(2, 3);

        r.Should().Be(new Rate(2, 3));
        r.GetHashCode().Should().Be(new Rate(2, 3).GetHashCode());
        (r == new Rate(2, 3)).Should().BeTrue();
        (r != new Rate(2, 3)).Should().BeFalse();
        r.Equals((object)new Rate(2, 3)).Should().BeTrue();
        foreach (var different in new[] { new Rate(1, 3), new Rate(2, 4), new Rate(3, 2) })
        {
            r.Equals(different).Should().BeFalse();
            (r == different).Should().BeFalse();
            (r != different).Should().BeTrue();
        }

        r.Equals((object?)null).Should().BeFalse();
        r.Equals("66.7%").Should().BeFalse();
        (r.Numerator, r.Denominator, r.HasValue).Should().Be((2, 3, true));
        new Rate(0, 1).HasValue.Should().BeTrue();
        FluentActions.Invoking(() => new Rate(-1, 1)).Should().Throw<ArgumentException>().WithParameterName("numerator");
        FluentActions.Invoking(() => new Rate(1, -1)).Should().Throw<ArgumentException>().WithParameterName("denominator");
    }

    [Fact]
    public void Rates_compare_by_value_with_no_value_lowest_and_the_operators_agree()
    {
        var none = new Rate(0, 0);
        var otherNone = new Rate(3, 0);
        var zero = new Rate(0, 4);
        var half = new Rate(1, 2);
        var sameHalf = new Rate(3, 6);
        var most = new Rate(2, 3);

        none.CompareTo(otherNone).Should().Be(0);
        none.CompareTo(zero).Should().BeNegative();
        zero.CompareTo(none).Should().BePositive();
        half.CompareTo(sameHalf).Should().Be(0);
        half.CompareTo(most).Should().BeNegative();
        most.CompareTo(half).Should().BePositive();

        (half < most, half < sameHalf, most < half).Should().Be((true, false, false));
        (half <= most, half <= sameHalf, most <= half).Should().Be((true, true, false));
        (most > half, half > sameHalf, half > most).Should().Be((true, false, false));
        (most >= half, half >= sameHalf, half >= most).Should().Be((true, true, false));
        (none < zero).Should().BeTrue();
        (zero > none).Should().BeTrue();
        (none >= otherNone).Should().BeTrue();
        (none <= otherNone).Should().BeTrue();
    }

    [Theory]
    [InlineData(1, 2000, 0.0)] // 0.05 % → 0.0 (half to even: 0 is even)
    [InlineData(3, 2000, 0.2)] // 0.15 % → 0.2 (1 is odd: up)
    [InlineData(1, 1999, 0.1)] // just above the half: up
    [InlineData(1, 2001, 0.0)] // just below the half: down
    [InlineData(5, 2000, 0.2)] // 0.25 % → 0.2 (2 is even)
    [InlineData(7, 2000, 0.4)] // 0.35 % → 0.4
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 1, 100.0)]
    [InlineData(0, 1, 0.0)]
    public void The_percentage_rounds_half_to_even_on_the_exact_remainder(int numerator, int denominator, double expected)
    {
        new Rate(numerator, denominator).Percent.Should().Be((decimal)expected);
        new Rate(numerator, 0).Percent.Should().BeNull();
    }

    [Fact]
    public void The_value_is_the_exact_quotient()
    {
        new Rate(1, 4).Value.Should().Be(0.25m);
        new Rate(3, 2).Value.Should().Be(1.5m);
        new Rate(0, 7).Value.Should().Be(0m);
        new Rate(1, 3).Value.Should().Be(1m / 3m);
        new Rate(1, 4).Add(new Rate(2, 4)).Should().Be(new Rate(3, 8));
        (new Rate(1, 4) + new Rate(2, 4)).ToString().Should().Be("37.5%");
    }
}
