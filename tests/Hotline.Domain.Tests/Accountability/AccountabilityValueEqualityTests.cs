using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// The value types of the accountability folder are equal field by field: two values differing in one field only are
/// not equal, equal values have equal hash codes, and the operators agree with <c>Equals</c>.
/// </summary>
public class AccountabilityValueEqualityTests
{
    private static readonly UnitId Water = new("水务局");
    private static readonly TicketId Ticket1 = new("GD-20261102-001");

    /// <summary>
    /// Each variant differs from <paramref name="value"/> in one field: <c>Equals</c> (both ways) and both operators
    /// (passed in, as C# cannot call a type's operators through a generic parameter) must all say so.
    /// </summary>
    private static void ShouldDifferFromEach<T>(T value, IEnumerable<T> variants, Func<T, T, bool> equalOperator, Func<T, T, bool> notEqualOperator)
        where T : class, IEquatable<T>
    {
        foreach (var different in variants)
        {
            value.Equals(different).Should().BeFalse(different.ToString());
            different.Equals(value).Should().BeFalse(different.ToString());
            equalOperator(value, different).Should().BeFalse(different.ToString());
            notEqualOperator(value, different).Should().BeTrue(different.ToString());
        }
    }

    [Fact]
    public void Duty_assignments_are_equal_when_day_and_staff_id_are_equal()
    {
        var a = new DutyAssignment(IsoDayOfWeek.Monday, "sw-01");
        var same = new DutyAssignment(IsoDayOfWeek.Monday, "sw-01");

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        a.Equals((object)same).Should().BeTrue();

        var otherDay = new DutyAssignment(IsoDayOfWeek.Tuesday, "sw-01");
        var otherStaff = new DutyAssignment(IsoDayOfWeek.Monday, "sw-02");
        var otherCase = new DutyAssignment(IsoDayOfWeek.Monday, "SW-01");
        ShouldDifferFromEach(a, [otherDay, otherStaff, otherCase], (x, y) => x == y, (x, y) => x != y);

        DutyAssignment? none = null;
        a.Equals(none).Should().BeFalse();
        a.Equals((object?)none).Should().BeFalse();
        a.Equals("Monday: sw-01").Should().BeFalse();
        (a == none).Should().BeFalse();
        (none == a).Should().BeFalse();
        (none != a).Should().BeTrue();
#pragma warning disable CS1718 // comparing a null with itself: two nulls are equal
        (none == none).Should().BeTrue();
#pragma warning restore CS1718
        a.ToString().Should().Be("Monday: sw-01");
    }

    [Fact]
    public void Duty_assignment_days_run_from_Monday_to_Sunday_inclusive()
    {
        new DutyAssignment(IsoDayOfWeek.Monday, "a").Day.Should().Be(IsoDayOfWeek.Monday);
        new DutyAssignment(IsoDayOfWeek.Sunday, "a").Day.Should().Be(IsoDayOfWeek.Sunday);
        FluentActions.Invoking(() => new DutyAssignment(IsoDayOfWeek.None, "a")).Should().Throw<ArgumentException>()
            .WithParameterName("day").WithMessage("'None' is not a day of the week; use Monday to Sunday.*");
        FluentActions.Invoking(() => new DutyAssignment((IsoDayOfWeek)8, "a")).Should().Throw<ArgumentException>().WithParameterName("day");
        FluentActions.Invoking(() => new DutyAssignment(IsoDayOfWeek.Monday, " a")).Should().Throw<ArgumentException>().WithParameterName("staffId");
        FluentActions.Invoking(() => new DutyAssignment(IsoDayOfWeek.Monday, null!)).Should().Throw<ArgumentException>().WithParameterName("staffId");
    }

    [Fact]
    public void Finding_facts_are_equal_when_kind_and_instant_are_equal()
    {
        var a = new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00"));
        var same = new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00"));

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        a.Equals((object)same).Should().BeTrue();

        ShouldDifferFromEach(a, [new FindingFact(FactKind.Replied, a.At), new FindingFact(FactKind.Due, a.At + Duration.FromTicks(1))], (x, y) => x == y, (x, y) => x != y);

        FindingFact? none = null;
        a.Equals(none).Should().BeFalse();
        a.Equals((object?)none).Should().BeFalse();
        a.Equals(a.At).Should().BeFalse();
        (none == a).Should().BeFalse();
        a.Kind.Should().Be(FactKind.Due);
        a.ToString().Should().Be("办理时限 2026-11-17T16:00:00Z");
    }

    private static Finding Make(
        AccountabilityRule? rule = null,
        UnitId? unit = null,
        TicketId? ticket = null,
        bool noTicket = false,
        FindingFact[]? facts = null,
        int? days = 3,
        Measure? measure = null,
        string[]? reasons = null) =>
        new(
            rule ?? AccountabilityRule.RepliedLate,
            unit ?? Water,
            noTicket ? null : ticket ?? Ticket1,
            facts ?? [new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00")), new FindingFact(FactKind.Replied, Beijing("2026-11-20 10:00"))],
            days,
            measure ?? Measure.SupervisionNotice,
            reasons ?? ["逾期办结", "督办通知"]);

    [Fact]
    public void Findings_differing_in_any_one_field_are_not_equal()
    {
        var a = Make();
        var same = Make();

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        a.Equals((object)same).Should().BeTrue();

        var variants = new[]
        {
            Make(rule: AccountabilityRule.OverdueUnreplied),
            Make(unit: new UnitId("住建局")),
            Make(ticket: new TicketId("GD-20261102-002")),
            Make(noTicket: true),
            Make(facts: [new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00"))]),
            Make(facts: [new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00")), new FindingFact(FactKind.Replied, Beijing("2026-11-20 10:01"))]),
            Make(facts: [new FindingFact(FactKind.Replied, Beijing("2026-11-20 10:00")), new FindingFact(FactKind.Due, Beijing("2026-11-18 00:00"))]),
            Make(days: 4),
            Make(days: null),
            Make(measure: Measure.Criticism),
        };
        ShouldDifferFromEach(a, variants, (x, y) => x == y, (x, y) => x != y);

        Finding? none = null;
        a.Equals(none).Should().BeFalse();
        a.Equals((object?)none).Should().BeFalse();
        a.Equals(a.ToString()).Should().BeFalse();
        (a == none).Should().BeFalse();
        (none != a).Should().BeTrue();
    }

    [Fact]
    public void A_finding_keeps_what_it_was_given_and_prints_unit_ticket_rule_days_and_measure()
    {
        var f = Make();

        f.Rule.Should().Be(AccountabilityRule.RepliedLate);
        f.Unit.Should().Be(Water);
        f.Ticket.Should().Be(Ticket1);
        f.AtFault.Should().Be(AccountableParty.Unit);
        f.WorkingDaysPastDeadline.Should().Be(3);
        f.RecommendedMeasure.Should().Be(Measure.SupervisionNotice);
        f.Reasons.Should().Equal("逾期办结", "督办通知");
        f.Facts.Select(x => x.Kind).Should().Equal(FactKind.Due, FactKind.Replied);
        f.ToString().Should().Be("水务局 GD-20261102-001 逾期办结 +3wd → 督办通知");
        Make(days: 0).ToString().Should().Be("水务局 GD-20261102-001 逾期办结 +0wd → 督办通知");
        Make(rule: AccountabilityRule.MissingFourOnes, noTicket: true, days: null, measure: Measure.Rectification).ToString()
            .Should().Be("水务局 - 四个一缺失 → 限期整改");
        Make(rule: AccountabilityRule.DispatchLate, days: null, measure: Measure.Rectification).ToString()
            .Should().Be("水务局 GD-20261102-001 派单超时 → 限期整改 (平台责任)");
    }

    [Fact]
    public void A_finding_is_built_only_from_valid_parts_and_names_the_parameter_at_fault()
    {
        FindingFact[] facts = [new FindingFact(FactKind.AsOf, AsOf)];
        string[] reasons = ["why"];

        FluentActions.Invoking(() => new Finding(null!, Water, null, facts, null, Measure.Reminder, reasons)).Should().Throw<ArgumentException>().WithParameterName("rule");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, null!, null, facts, null, Measure.Reminder, reasons)).Should().Throw<ArgumentException>().WithParameterName("unit");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, null!, null, Measure.Reminder, reasons)).Should().Throw<ArgumentException>().WithParameterName("facts");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, [facts[0], null!], null, Measure.Reminder, reasons))
            .Should().Throw<ArgumentException>().WithParameterName("facts").WithMessage("A finding's fact is null.*");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, -1, Measure.Reminder, reasons))
            .Should().Throw<ArgumentException>().WithParameterName("workingDaysPastDeadline").WithMessage("Working days past the deadline are -1; they are 0 or more.*");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, 1, null!, reasons)).Should().Throw<ArgumentException>().WithParameterName("recommendedMeasure");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, 1, Measure.DisciplineReferral, reasons))
            .Should().Throw<ArgumentException>().WithParameterName("recommendedMeasure").WithMessage("*党纪政纪处分*only a person decides it*");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, 1, Measure.Reminder, null!)).Should().Throw<ArgumentException>().WithParameterName("reasons");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, 1, Measure.Reminder, []))
            .Should().Throw<ArgumentException>().WithParameterName("reasons").WithMessage("A finding needs at least one reason*");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, 1, Measure.Reminder, ["why", ""]))
            .Should().Throw<ArgumentException>().WithParameterName("reasons");
        FluentActions.Invoking(() => new Finding(AccountabilityRule.RepliedLate, Water, null, facts, 1, Measure.Reminder, ["why", null!]))
            .Should().Throw<ArgumentException>().WithParameterName("reasons");
        FluentActions.Invoking(() => new FindingFact(null!, AsOf)).Should().Throw<ArgumentException>().WithParameterName("kind");

        // The edges that are allowed: 0 working days, no facts, every measure but discipline.
        new Finding(AccountabilityRule.RepliedLate, Water, null, [], 0, Measure.AccountabilityFeedback, reasons).WorkingDaysPastDeadline.Should().Be(0);
        new Finding(AccountabilityRule.RepliedLate, Water, null, [], 0, Measure.AccountabilityFeedback, reasons).Facts.Should().BeEmpty();
    }

    private static UnitAssessment Line(UnitId? unit = null, bool city = false, int dispatched = 9, int signed = 8, int due = 7, int replied = 6, int onTime = 5, int calledBack = 4, int resolved = 3, int satisfied = 2, int reopened = 1, int signInsDue = 8, int signedInOnTime = 6, int contactsDue = 7, int contactedOnTime = 3, int reminded = 2, int assistingDue = 5, int assistingOnTime = 4) =>
        UnitAssessment.FromCounts(city ? null : unit ?? Water, dispatched, signed, due, replied, onTime, calledBack, resolved, satisfied, reopened, signInsDue, signedInOnTime, contactsDue, contactedOnTime)
            .WithSupervisionAndJointCounts(reminded, assistingDue, assistingOnTime);

    [Fact]
    public void Unit_assessments_differing_in_any_one_count_or_the_unit_are_not_equal()
    {
        var a = Line();
        var same = Line();

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        a.Equals((object)same).Should().BeTrue();

        var variants = new[]
        {
            Line(unit: new UnitId("住建局")), Line(city: true), Line(dispatched: 10), Line(signed: 7), Line(due: 8), Line(replied: 5),
            Line(onTime: 4), Line(calledBack: 3), Line(resolved: 2), Line(satisfied: 1), Line(reopened: 2),
            Line(signInsDue: 7), Line(signedInOnTime: 5), Line(contactsDue: 6), Line(contactedOnTime: 2),
            Line(reminded: 3), Line(assistingDue: 6), Line(assistingOnTime: 3),
        };
        ShouldDifferFromEach(a, variants, (x, y) => x == y, (x, y) => x != y);

        UnitAssessment? none = null;
        a.Equals(none).Should().BeFalse();
        a.Equals((object?)none).Should().BeFalse();
        a.Equals(a.ToString()).Should().BeFalse();
        (a == none).Should().BeFalse();
        (none != a).Should().BeTrue();
        Line(city: true).Should().Be(Line(city: true));
    }

    [Fact]
    public void A_unit_assessment_keeps_each_count_and_derives_each_rate_from_its_own_pair()
    {
        var a = Line();

        (a.Unit, a.Dispatched, a.Signed, a.Due, a.Replied, a.RepliedOnTime, a.CalledBack, a.Resolved, a.Satisfied, a.Reopened)
            .Should().Be((Water, 9, 8, 7, 6, 5, 4, 3, 2, 1));
        a.SignInRate.Should().Be(new Rate(8, 9));
        a.CompletionRate.Should().Be(new Rate(6, 7));
        a.OnTimeCompletionRate.Should().Be(new Rate(5, 7));
        a.CallbackRate.Should().Be(new Rate(4, 6));
        a.ResolutionRate.Should().Be(new Rate(3, 4));
        a.SatisfactionRate.Should().Be(new Rate(2, 4));
        a.ReopenRate.Should().Be(new Rate(1, 6));
        (a.SignInsDue, a.SignedInOnTime, a.ContactsDue, a.ContactedOnTime).Should().Be((8, 6, 7, 3));
        a.TimelySignInRate.Should().Be(new Rate(6, 8));
        a.ResponseRate.Should().Be(new Rate(3, 7));
        (a.Reminded, a.AssistingDue, a.AssistingOnTime).Should().Be((2, 5, 4));
        a.ReminderRate.Should().Be(new Rate(2, 9));
        a.AssistingOnTimeRate.Should().Be(new Rate(4, 5));
        a.ToString().Should().Be("水务局: 派单 9, 签收率 88.9%, 办结率 85.7%, 按时办结率 71.4%, 回访率 66.7%, 解决率 75.0%, 满意率 50.0%, 重办率 16.7%, 及时签收率 75.0%, 响应率 42.9%, 催办率 22.2%, 协办按时反馈率 80.0%");
        UnitAssessment.FromCounts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0).ToString()
            .Should().Be("全市: 派单 0, 签收率 n/a, 办结率 n/a, 按时办结率 n/a, 回访率 n/a, 解决率 n/a, 满意率 n/a, 重办率 n/a, 及时签收率 n/a, 响应率 n/a, 催办率 n/a, 协办按时反馈率 n/a");
    }

    [Fact]
    public void Each_indicator_reads_its_own_rate()
    {
        var a = Line();

        AssessmentIndicator.SignInRate.RateOf(a).Should().Be(new Rate(8, 9));
        AssessmentIndicator.CompletionRate.RateOf(a).Should().Be(new Rate(6, 7));
        AssessmentIndicator.OnTimeCompletionRate.RateOf(a).Should().Be(new Rate(5, 7));
        AssessmentIndicator.CallbackRate.RateOf(a).Should().Be(new Rate(4, 6));
        AssessmentIndicator.ResolutionRate.RateOf(a).Should().Be(new Rate(3, 4));
        AssessmentIndicator.SatisfactionRate.RateOf(a).Should().Be(new Rate(2, 4));
        AssessmentIndicator.ReopenRate.RateOf(a).Should().Be(new Rate(1, 6));
        AssessmentIndicator.ReminderRate.RateOf(a).Should().Be(new Rate(2, 9));
        AssessmentIndicator.AssistingOnTimeRate.RateOf(a).Should().Be(new Rate(4, 5));
        FluentActions.Invoking(() => AssessmentIndicator.CompletionRate.RateOf(null!)).Should().Throw<ArgumentException>().WithParameterName("assessment");
    }

    [Fact]
    public void Combining_unit_lines_adds_every_count_and_keeps_the_unit()
    {
        var a = Line();
        var b = UnitAssessment.FromCounts(Water, 100, 90, 80, 70, 60, 50, 40, 30, 20, 50, 40, 30, 10).WithSupervisionAndJointCounts(7, 11, 10);

        var sum = a.Combine(b);

        sum.Should().Be(UnitAssessment.FromCounts(Water, 109, 98, 87, 76, 65, 54, 43, 32, 21, 58, 46, 37, 13).WithSupervisionAndJointCounts(9, 16, 14));
        Line(city: true).Combine(Line(city: true)).Should().Be(UnitAssessment.FromCounts(null, 18, 16, 14, 12, 10, 8, 6, 4, 2, 16, 12, 14, 6).WithSupervisionAndJointCounts(4, 10, 8));
        a.Combine(UnitAssessment.FromCounts(Water, 100, 90, 80, 70, 60, 50, 40, 30, 20))
            .Should().Be(UnitAssessment.FromCounts(Water, 109, 98, 87, 76, 65, 54, 43, 32, 21, 8, 6, 7, 3).WithSupervisionAndJointCounts(2, 5, 4), "counts stored before step limits and joint handling add as zeros");
        FluentActions.Invoking(() => a.Combine(Line(city: true))).Should().Throw<ArgumentException>().WithParameterName("other")
            .WithMessage("Cannot combine the assessment of 水务局 with that of the city.*");
        FluentActions.Invoking(() => Line(city: true).Combine(a)).Should().Throw<ArgumentException>()
            .WithMessage("Cannot combine the assessment of the city with that of 水务局.*");
        FluentActions.Invoking(() => a.Combine(null!)).Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void Combining_reaches_int_max_exactly_and_refuses_one_more_naming_the_count()
    {
        var nearlyFull = UnitAssessment.FromCounts(Water, int.MaxValue - 1, int.MaxValue - 1, 0, 0, 0, 0, 0, 0, 0);
        var one = UnitAssessment.FromCounts(Water, 1, 1, 0, 0, 0, 0, 0, 0, 0);

        var full = nearlyFull.Combine(one);
        (full.Dispatched, full.Signed).Should().Be((int.MaxValue, int.MaxValue));

        // Every other count is part of the dispatched count, so the dispatched count is always the first to overflow.
        FluentActions.Invoking(() => full.Combine(one)).Should().Throw<ArgumentException>().WithParameterName("other")
            .WithMessage($"The combined dispatched count (2147483648) exceeds {int.MaxValue}; assess fewer tickets at once.*");
        FluentActions.Invoking(() => new Rate(int.MaxValue - 1, 0) + new Rate(1, 0)).Should().NotThrow();
        (new Rate(int.MaxValue - 1, 0) + new Rate(1, 0)).Numerator.Should().Be(int.MaxValue);
        FluentActions.Invoking(() => new Rate(0, int.MaxValue) + new Rate(0, 1)).Should().Throw<ArgumentException>()
            .WithMessage($"The combined denominator (2147483648) exceeds {int.MaxValue}*");
        FluentActions.Invoking(() => new Rate(int.MaxValue, int.MaxValue) + new Rate(1, 0)).Should().Throw<ArgumentException>()
            .WithMessage($"The combined numerator (2147483648) exceeds {int.MaxValue}*");
    }
}
