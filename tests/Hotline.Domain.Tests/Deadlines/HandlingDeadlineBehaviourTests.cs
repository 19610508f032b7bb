using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// A <see cref="HandlingDeadline"/> as a value: its lateness, working days left and warning light at the edges, its
/// extensions and their refusals, equality over every field, and how it prints. The reference order: an especially
/// complex complaint dispatched 2026-09-30 16:00 under Baoji 2019, due 2026-10-20 (after the National Day holiday),
/// i.e. at 2026-10-21 00:00 Beijing.
/// </summary>
public class HandlingDeadlineBehaviourTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;

    private static readonly HandlingDeadline Complaint =
        Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00"));

    // Shandong-style: twice, up to 5 working days each, for complex and especially complex orders.
    private static readonly HandlingPolicy Twice = Baoji.ToBuilder()
        .Named("twice")
        .Extension(ExtensionRule.Times(2, 5, Complexity.Complex, Complexity.EspeciallyComplex))
        .Build();

    [Fact]
    public void The_reference_deadline_holds_what_the_policy_decided()
    {
        Complaint.Policy.Should().BeSameAs(Baoji);
        Complaint.Category.Should().Be(TicketCategory.Complaint);
        Complaint.Complexity.Should().Be(Complexity.EspeciallyComplex);
        Complaint.ClockStart.Should().Be(Beijing("2026-09-30 16:00"));
        Complaint.WorkingDays.Should().Be(10);
        Complaint.OriginalDueDate.Should().Be(D("2026-10-20"));
        Complaint.DueDate.Should().Be(D("2026-10-20"));
        Complaint.DueAt.Should().Be(Beijing("2026-10-21 00:00"));
        Complaint.IsProvisional.Should().BeFalse();
        Complaint.ExtensionsUsed.Should().Be(0);
        Complaint.ExtendedByWorkingDays.Should().Be(0);
    }

    [Fact]
    public void An_action_is_late_exactly_from_midnight_at_the_end_of_the_due_date()
    {
        Complaint.IsOverdueAt(Beijing("2026-10-21 00:00")).Should().BeTrue();
        Complaint.IsOverdueAt(Beijing("2026-10-21 00:00") - Duration.Epsilon).Should().BeFalse();
        Complaint.IsOverdueAt(Beijing("2026-10-22 09:00")).Should().BeTrue();
    }

    [Theory]
    [InlineData("2026-09-30 16:00", 10)]
    [InlineData("2026-10-15 09:00", 3)]
    [InlineData("2026-10-16 09:00", 2)]
    [InlineData("2026-10-19 23:59:59", 1)]
    [InlineData("2026-10-20 00:00", 0)]
    [InlineData("2026-10-20 23:59:59", 0)]
    [InlineData("2026-10-21 00:00", -1)]
    [InlineData("2026-10-22 09:00", -2)]
    public void Working_days_remaining_count_after_today_up_to_the_due_date(string now, int remaining)
    {
        Complaint.WorkingDaysRemainingAt(Beijing(now)).Should().Be(remaining);

        var answer = Complaint.WorkingDaysRemainingAt(Beijing(now), BeyondCoverage.Reject);
        answer.Value.Should().Be(remaining);
        answer.IsProvisional.Should().BeFalse();
    }

    [Fact]
    public void Remaining_days_seen_after_the_coverage_are_refused_by_a_strict_policy_naming_the_deadline_and_the_day()
    {
        var act = () => Complaint.WorkingDaysRemainingAt(Beijing("2027-01-04 09:00"));

        var error = act.Should().Throw<CalendarCoverageException>()
            .WithMessage("*Working days remaining of a deadline due 2026-10-20, seen on 2027-01-04*")
            .WithMessage("*BeyondCoverage.AssumeWeekdays*AllowProvisionalDeadlines()*calendar extended*").Which;
        error.Date.Should().Be(D("2027-01-01"), "the first day the count needs beyond the coverage");
        error.Coverage.End.Should().Be(D("2026-12-31"));
        error.InnerException.Should().BeOfType<CalendarCoverageException>();
    }

    [Fact]
    public void Remaining_days_seen_after_the_coverage_are_provisional_when_asked_per_call()
    {
        var answer = Complaint.WorkingDaysRemainingAt(Beijing("2027-01-04 09:00"), BeyondCoverage.AssumeWeekdays);

        answer.IsProvisional.Should().BeTrue();
        answer.Value.Should().BeNegative();
    }

    [Theory]
    [InlineData("2026-10-19 23:59:59", "Normal")]
    [InlineData("2026-10-20 00:00", "DueSoon")]
    [InlineData("2026-10-20 23:59:59", "DueSoon")]
    [InlineData("2026-10-21 00:00", "Overdue")]
    public void The_warning_turns_yellow_on_the_last_working_day_and_red_at_midnight_after_it(string now, string level)
    {
        Complaint.WarningAt(Beijing(now)).Should().Be(WarningLevel.FromName(level));
    }

    [Theory]
    [InlineData("2026-10-15 09:00", "Normal")]
    [InlineData("2026-10-16 09:00", "DueSoon")]
    [InlineData("2026-10-19 09:00", "DueSoon")]
    public void With_a_two_day_threshold_the_warning_turns_yellow_when_two_working_days_remain(string now, string level)
    {
        var policy = Baoji.ToBuilder().DueSoonWithin(2).Build();
        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00"));

        deadline.WarningAt(Beijing(now)).Should().Be(WarningLevel.FromName(level));
    }

    [Theory]
    [InlineData(1, "2026-10-21")]
    [InlineData(5, "2026-10-27")]
    public void An_extension_of_one_to_the_maximum_working_days_is_counted_on_from_the_original_due_date(int days, string due)
    {
        var extended = Complaint.Extend(days);

        extended.DueDate.Should().Be(D(due));
        extended.DueAt.Should().Be(Beijing($"{due} 00:00").Plus(Duration.FromDays(1)));
        extended.OriginalDueDate.Should().Be(D("2026-10-20"));
        extended.ExtensionsUsed.Should().Be(1);
        extended.ExtendedByWorkingDays.Should().Be(days);
        extended.WorkingDays.Should().Be(10);
        extended.ClockStart.Should().Be(Complaint.ClockStart);
        extended.Category.Should().Be(TicketCategory.Complaint);
        extended.Complexity.Should().Be(Complexity.EspeciallyComplex);
        extended.Policy.Should().BeSameAs(Baoji);
        extended.IsProvisional.Should().BeFalse();
    }

    [Fact]
    public void A_complexity_the_rule_does_not_name_is_refused_with_the_policy_the_complexity_and_the_rule()
    {
        var general = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00"));

        var act = () => general.Extend(1);

        act.Should().Throw<ExtensionRefusedException>().WithMessage(
            "[complexity-not-extended] Policy '宝鸡市 12345 (2019)' does not extend 一般 (General) orders; extension rule: 1× up to 5 working days for 特别复杂.");
    }

    [Fact]
    public void A_second_extension_under_a_once_rule_is_refused_naming_the_count_and_the_allowance()
    {
        var act = () => Complaint.Extend(1).Extend(1);

        act.Should().Throw<ExtensionRefusedException>().WithMessage(
            "[no-extensions-left] This deadline was already extended 1 time(s); policy '宝鸡市 12345 (2019)' allows 1.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Days_outside_one_to_the_maximum_are_refused_naming_the_days_and_the_range(int days)
    {
        var act = () => Complaint.Extend(days);

        act.Should().Throw<ExtensionRefusedException>().WithMessage(
            $"[working-days-out-of-range] An extension of {days} working days is not allowed; policy '宝鸡市 12345 (2019)' allows 1 to 5.");
    }

    [Fact]
    public void Under_a_twice_rule_extensions_add_up_from_the_original_due_date_and_a_third_is_refused()
    {
        var deadline = Twice.DeadlineFor(TicketCategory.Complaint, Complexity.Complex, Beijing("2026-09-30 16:00"));

        var once = deadline.Extend(2);
        var twice = once.Extend(3);

        once.DueDate.Should().Be(D("2026-10-22"));
        twice.DueDate.Should().Be(D("2026-10-27"));
        twice.OriginalDueDate.Should().Be(D("2026-10-20"));
        twice.ExtensionsUsed.Should().Be(2);
        twice.ExtendedByWorkingDays.Should().Be(5);
        var third = () => twice.Extend(1);
        third.Should().Throw<ExtensionRefusedException>().WithMessage("*already extended 2 time(s)*allows 2*");
    }

    [Fact]
    public void An_extension_that_crosses_the_coverage_of_a_provisional_policy_is_provisional()
    {
        var policy = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();
        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-12-17 10:00"));
        deadline.DueDate.Should().Be(D("2026-12-31"));
        deadline.IsProvisional.Should().BeFalse();

        var extended = deadline.Extend(1);

        extended.DueDate.Should().Be(D("2027-01-01"), "by the weekday rule");
        extended.IsProvisional.Should().BeTrue();
        extended.ToString().Should().EndWith(" provisional");
    }

    [Fact]
    public void A_provisional_deadline_stays_provisional_when_extended()
    {
        var policy = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();
        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-12-28 10:00"));
        deadline.IsProvisional.Should().BeTrue();

        deadline.Extend(2).IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void An_extension_crossing_the_coverage_of_a_strict_policy_is_refused()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-12-17 10:00"));

        var act = () => deadline.Extend(1);

        act.Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void A_late_request_is_refused_naming_both_instants_in_the_policys_zone()
    {
        var act = () => Complaint.Extend(3, Beijing("2026-10-21 00:00"));

        act.Should().Throw<ExtensionRefusedException>().WithMessage(
            "[requested-too-late] The extension was requested at 2026-10-21 00:00:00, at or after the deadline 2026-10-21 00:00:00; an extension must be requested before the deadline.");
    }

    [Fact]
    public void A_request_in_time_is_judged_by_the_rule_too()
    {
        var act = () => Complaint.Extend(6, Beijing("2026-10-12 09:00"));

        act.Should().Throw<ExtensionRefusedException>().WithMessage("[working-days-out-of-range] An extension of 6 working days*")
            .Which.Reason.Should().Be(ExtensionRefusal.WorkingDaysOutOfRange);
        Complaint.Extend(5, Beijing("2026-10-12 09:00")).Should().Be(Complaint.Extend(5));
    }

    [Fact]
    public void The_snapshot_carries_every_fact_of_the_deadline_as_plain_data()
    {
        var snapshot = Twice.DeadlineFor(TicketCategory.Complaint, Complexity.Complex, Beijing("2026-09-30 16:00")).Extend(2).Extend(3).ToSnapshot();

        snapshot.Should().Be(new HandlingDeadlineSnapshot(
            "twice", "complaint", "complex", Beijing("2026-09-30 16:00"), 10, D("2026-10-27"), false, 2, 5));
    }

    [Fact]
    public void Deadlines_computed_twice_are_equal_with_equal_hash_codes()
    {
        var again = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00"));

        again.Equals(Complaint).Should().BeTrue();
        (again == Complaint).Should().BeTrue();
        (again != Complaint).Should().BeFalse();
        again.Equals((object)Complaint).Should().BeTrue();
        again.GetHashCode().Should().Be(Complaint.GetHashCode());
        Complaint.Extend(2).Should().Be(Complaint.Extend(2));
        Complaint.Extend(2).GetHashCode().Should().Be(Complaint.Extend(2).GetHashCode());
    }

    public static TheoryData<string, HandlingDeadline> DifferingInOneFact()
    {
        var start = Beijing("2026-09-30 16:00");
        var twice = Twice.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, start);
        return new TheoryData<string, HandlingDeadline>
        {
            { "another policy with the same rules", Baoji.ToBuilder().Build().DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, start) },
            { "another category with the same limit", Baoji.DeadlineFor(TicketCategory.Report, Complexity.EspeciallyComplex, start) },
            { "another complexity with the same limit", Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.Complex, start) },
            { "a clock started a minute later the same day", Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, start + Duration.FromMinutes(1)) },
            { "the same days of extension used twice instead of once", twice.Extend(2) },
        };
    }

    [Theory]
    [MemberData(nameof(DifferingInOneFact))]
    public void Deadlines_differing_in_one_fact_are_not_equal(string difference, HandlingDeadline other)
    {
        var reference = difference.StartsWith("the same days", StringComparison.Ordinal)
            ? Twice.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00")).Extend(1).Extend(1)
            : Complaint;
        reference.DueAt.Should().Be(other.DueAt, "only {0} differs", difference);

        reference.Equals(other).Should().BeFalse(difference);
        (reference == other).Should().BeFalse(difference);
        (reference != other).Should().BeTrue(difference);
        reference.Equals((object)other).Should().BeFalse(difference);
    }

    [Fact]
    public void A_deadline_never_equals_another_type_and_a_default_equals_only_a_default()
    {
        Complaint.Equals((object)"2026-10-20").Should().BeFalse();
        Complaint.Equals(null).Should().BeFalse();
        default(HandlingDeadline).Equals((object)"(no deadline)").Should().BeFalse();
        default(HandlingDeadline).Equals((object)default(HandlingDeadline)).Should().BeTrue();
        (default(HandlingDeadline) == Complaint).Should().BeFalse();
        (default(HandlingDeadline) != Complaint).Should().BeTrue();
    }

    [Fact]
    public void It_prints_category_complexity_limit_due_date_and_due_instant_in_the_policys_zone()
    {
        Complaint.ToString().Should().Be("投诉/特别复杂: 10 working days, due 2026-10-20 (at 2026-10-21T00:00)");
        Complaint.Extend(5).ToString().Should().Be("投诉/特别复杂: 10 working days, due 2026-10-27 (at 2026-10-28T00:00)");
    }
}
