using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>A preset is adapted without retyping it; a late look at a deadline gets a count or advice that fits.</summary>
public class PolicyAdaptationTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;

    [Fact]
    public void ToBuilder_copies_every_rule_of_the_preset()
    {
        var copy = Baoji.ToBuilder().Build();

        copy.Name.Should().Be(Baoji.Name);
        copy.Calendar.Should().BeSameAs(Baoji.Calendar);
        copy.Zone.Should().Be(Baoji.Zone);
        copy.ClockStart.Should().Be(Baoji.ClockStart);
        copy.Extension.Should().BeSameAs(Baoji.Extension);
        copy.DispatchWithin.Should().Be(Baoji.DispatchWithin);
        copy.DueSoonWithinWorkingDays.Should().Be(Baoji.DueSoonWithinWorkingDays);
        copy.BeyondCoverage.Should().Be(Baoji.BeyondCoverage);
        copy.AcceptedCategories.Should().Equal(Baoji.AcceptedCategories);
        foreach (var category in Baoji.AcceptedCategories)
        {
            foreach (var complexity in Complexity.List)
            {
                copy.LimitFor(category, complexity).Should().Be(Baoji.LimitFor(category, complexity));
            }
        }
    }

    [Fact]
    public void Adapting_a_preset_leaves_the_preset_as_it_was()
    {
        var urumqi = DateTimeZoneProviders.Tzdb["Asia/Urumqi"];
        var adapted = Baoji.ToBuilder().Named("city").InZone(urumqi).Limit(TicketCategory.Complaint, 3)
            .UrgentLimit(Urgency.Urgent, Duration.FromHours(1), Duration.FromHours(24)).AllowProvisionalDeadlines().Build();

        adapted.Zone.Should().Be(urumqi);
        adapted.LimitFor(TicketCategory.Complaint, Complexity.General).Should().Be(3);
        Baoji.Zone.Should().Be(HandlingPolicy.ChinaStandardTime);
        Baoji.LimitFor(TicketCategory.Complaint, Complexity.General).Should().Be(10);
        Baoji.HasUrgentLimit(Urgency.Urgent).Should().BeFalse();
        Baoji.BeyondCoverage.Should().Be(BeyondCoverage.Reject);
    }

    [Fact]
    public void Urgent_limits_are_copied_and_a_provisional_policy_can_be_made_strict_again()
    {
        var guangdong = HandlingPolicy.CreateBuilder("广东省 (2022)", ChinaCalendars.Mainland).Limit(TicketCategory.Complaint, 15)
            .UrgentLimit(Urgency.Urgent, Duration.FromMinutes(30), Duration.FromHours(24)).AllowProvisionalDeadlines().Build();

        var strict = guangdong.ToBuilder().RejectProvisionalDeadlines().Build();

        strict.UrgentDeadlineFor(Urgency.Urgent, Beijing("2026-03-02 10:00")).ResultBy.Should().Be(Beijing("2026-03-03 10:00"));
        strict.BeyondCoverage.Should().Be(BeyondCoverage.Reject);
    }

    [Fact]
    public void A_preset_on_a_calendar_with_next_years_notice_gives_exact_2027_deadlines()
    {
        var baoji2027 = Baoji.ToBuilder().OnCalendar(IllustrativeNotice2027.Calendar()).Build();

        var deadline = baoji2027.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-24 10:00"));

        deadline.IsProvisional.Should().BeFalse();
        deadline.DueDate.Should().Be(D("2027-01-08"));
        Baoji.Invoking(p => p.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-24 10:00")))
            .Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void A_2026_deadline_seen_on_4_January_2027_counts_provisionally_when_the_policy_allows_it()
    {
        var provisional = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();
        var deadline = provisional.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-10 10:00"));
        deadline.DueDate.Should().Be(D("2026-12-24"));

        var seen = Beijing("2027-01-04 10:00");

        deadline.WorkingDaysRemainingAt(seen).Should().Be(-7);
        deadline.WarningAt(seen).Should().Be(WarningLevel.Overdue);
        var answer = deadline.WorkingDaysRemainingAt(seen, BeyondCoverage.AssumeWeekdays);
        answer.Value.Should().Be(-7);
        answer.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void A_strict_policy_can_be_asked_for_a_provisional_count_per_call()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-10 10:00"));

        var answer = deadline.WorkingDaysRemainingAt(Beijing("2027-01-04 10:00"), BeyondCoverage.AssumeWeekdays);

        answer.Value.Should().Be(-7);
        answer.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void The_coverage_error_of_a_late_look_gives_advice_the_caller_can_follow()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-10 10:00"));

        var act = () => deadline.WorkingDaysRemainingAt(Beijing("2027-01-04 10:00"));

        act.Should().Throw<CalendarCoverageException>()
            .WithMessage("*due 2026-12-24, seen on 2027-01-04*WorkingDaysRemainingAt(instant, BeyondCoverage.AssumeWeekdays)*AllowProvisionalDeadlines()*")
            .Which.Message.Should().NotContain("the overload that takes BeyondCoverage");
    }

    [Fact]
    public void The_coverage_error_of_a_policy_names_the_policys_remedies()
    {
        var act = () => Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-24 10:00"));

        act.Should().Throw<CalendarCoverageException>()
            .WithMessage("*宝鸡市*AllowProvisionalDeadlines()*OnCalendar*")
            .Which.Message.Should().NotContain("the overload that takes BeyondCoverage");
    }

    [Fact]
    public void The_coverage_error_of_a_calendar_names_the_calendars_remedies()
    {
        var act = () => ChinaCalendars.Mainland.AddWorkingDays(D("2026-12-30"), 5);

        act.Should().Throw<CalendarCoverageException>().WithMessage("*ExtendCoverageTo*BeyondCoverage.AssumeWeekdays*");
    }
}
