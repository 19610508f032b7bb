using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

public class Baoji2019DeadlineTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;

    [Fact]
    public void Complaint_dispatched_on_a_makeup_Sunday_is_due_at_the_end_of_14_May_2019()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2019-04-28 10:00"));

        deadline.WorkingDays.Should().Be(10);
        deadline.DueDate.Should().Be(D("2019-05-14"));
        deadline.DueAt.Should().Be(Beijing("2019-05-15 00:00"));
        deadline.DueAt.Should().Be(Utc("2019-05-14T16:00:00Z"));
        deadline.IsProvisional.Should().BeFalse();
    }

    [Fact]
    public void Consultation_dispatched_on_the_eve_of_National_Day_is_due_at_the_end_of_9_October()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Beijing("2026-09-30 16:00"));

        deadline.DueDate.Should().Be(D("2026-10-09"));
        deadline.DueAt.Should().Be(Beijing("2026-10-10 00:00"));
    }

    [Theory]
    [InlineData("Consultation", "General", 2)]
    [InlineData("Consultation", "EspeciallyComplex", 2)]
    [InlineData("HelpRequest", "General", 3)]
    [InlineData("HelpRequest", "Complex", 5)]
    [InlineData("HelpRequest", "EspeciallyComplex", 5)]
    [InlineData("Complaint", "General", 10)]
    [InlineData("Complaint", "Complex", 10)]
    [InlineData("Report", "General", 10)]
    [InlineData("Report", "Complex", 10)]
    [InlineData("Suggestion", "EspeciallyComplex", 10)]
    public void Limits_follow_the_city_table(string category, string complexity, int workingDays)
    {
        Baoji.LimitFor(TicketCategory.FromName(category), Complexity.FromName(complexity)).Should().Be(workingDays);
    }

    [Fact]
    public void The_start_day_is_not_counted_so_one_second_before_midnight_is_a_day_earlier_than_midnight()
    {
        // Thursday 2026-11-26 23:59:59 counts from Friday; Friday 00:00:00 counts from Monday.
        Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Beijing("2026-11-26 23:59:59")).DueDate.Should().Be(D("2026-11-30"));
        Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Beijing("2026-11-27 00:00:00")).DueDate.Should().Be(D("2026-12-01"));
    }

    [Fact]
    public void Complaint_dispatched_on_a_holiday_counts_from_the_next_working_day()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-10-03 09:00"));
        deadline.DueDate.Should().Be(D("2026-10-20"), "10-08, 10-09, Saturday 10-10 (补班), then 10-12 … 10-20");
    }

    [Fact]
    public void The_local_date_in_Beijing_decides_not_the_UTC_date()
    {
        // 2026-09-29 16:30 UTC is 2026-09-30 00:30 in Beijing.
        var deadline = Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Utc("2026-09-29T16:30:00Z"));
        deadline.DueDate.Should().Be(D("2026-10-09"));
    }

    [Fact]
    public void A_deadline_past_the_calendar_coverage_is_refused_by_default()
    {
        var act = () => Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-24 10:00"));
        act.Should().Throw<CalendarCoverageException>().Which.Date.Should().Be(D("2027-01-01"));
    }

    [Fact]
    public void A_policy_may_opt_in_to_provisional_deadlines_across_the_coverage()
    {
        var policy = BaojiLike().AllowProvisionalDeadlines().Build();

        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-24 10:00"));

        deadline.IsProvisional.Should().BeTrue();
        deadline.DueDate.Should().Be(D("2027-01-07"), "12-25 … 12-31 are 5 working days, then Monday–Friday of 2027 by the weekday rule");
        policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-11-02 10:00")).IsProvisional.Should().BeFalse();
    }

    [Theory]
    [InlineData("Praise")]
    [InlineData("Other")]
    public void Categories_without_a_limit_are_refused_with_the_ones_that_have_one(string category)
    {
        var act = () => Baoji.DeadlineFor(TicketCategory.FromName(category), Complexity.General, Beijing("2026-11-02 10:00"));
        act.Should().Throw<HandlingPolicyException>().WithMessage("*宝鸡*" + TicketCategory.FromName(category).ChineseName + "*咨询, 求助, 投诉, 举报, 建议*");
    }

    [Fact]
    public void Work_orders_are_dispatched_within_ten_minutes_of_the_call()
    {
        var call = Beijing("2026-11-02 10:00");
        Baoji.DispatchDueAt(call).Should().Be(Beijing("2026-11-02 10:10"));
        Baoji.IsDispatchOnTime(call, Beijing("2026-11-02 10:10")).Should().BeTrue();
        Baoji.IsDispatchOnTime(call, Beijing("2026-11-02 10:10:01")).Should().BeFalse();
    }

    [Fact]
    public void Overdue_at_or_after_midnight_at_the_end_of_the_due_date()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Beijing("2026-09-30 16:00"));

        deadline.IsOverdueAt(Beijing("2026-10-09 23:59:59")).Should().BeFalse();
        deadline.IsOverdueAt(Beijing("2026-10-10 00:00")).Should().BeTrue();
    }

    [Fact]
    public void Warning_turns_yellow_on_the_last_working_day_and_red_at_the_deadline()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Beijing("2026-09-30 16:00"));

        deadline.WorkingDaysRemainingAt(Beijing("2026-10-05 12:00")).Should().Be(2);
        deadline.WarningAt(Beijing("2026-10-08 10:00")).Should().Be(WarningLevel.Normal);
        deadline.WorkingDaysRemainingAt(Beijing("2026-10-09 10:00")).Should().Be(0);
        deadline.WarningAt(Beijing("2026-10-09 10:00")).Should().Be(WarningLevel.DueSoon);
        deadline.WarningAt(Beijing("2026-10-10 00:00")).Should().Be(WarningLevel.Overdue);
        deadline.WorkingDaysRemainingAt(Beijing("2026-10-12 09:00")).Should().Be(-2, "Saturday 10-10 (补班) and Monday 10-12 are past the due date");
    }

    [Fact]
    public void The_due_soon_threshold_is_configurable()
    {
        var policy = BaojiLike().DueSoonWithin(1).Build();
        var deadline = policy.DeadlineFor(TicketCategory.Consultation, Complexity.General, Beijing("2026-09-30 16:00"));
        deadline.WarningAt(Beijing("2026-10-08 10:00")).Should().Be(WarningLevel.DueSoon);
        deadline.WarningAt(Beijing("2026-10-05 10:00")).Should().Be(WarningLevel.Normal);
    }

    private static HandlingPolicyBuilder BaojiLike() =>
        HandlingPolicy.CreateBuilder("宝鸡-like", ChinaCalendars.Mainland)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.Complaint, 10)
            .Extension(ExtensionRule.Once(5, Complexity.EspeciallyComplex));
}
