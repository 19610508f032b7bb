using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Calendars;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>Per-step limits after a dispatch: sign-in, contact, return and designation, on the Baoji preset with office hours.</summary>
public class StepLimitTests
{
    // Tianjin's implementing rules (December 2024) as a worked policy: sign-in within 15 minutes of calendar time when
    // life or property is at risk (特急), otherwise within 1 working day; here a city's 2-working-hour sign-in for
    // normal orders instead, contact within 30 minutes for urgent orders, returns within 1 working day, designation
    // at the third dispatch.
    private static readonly HandlingPolicy Policy = HandlingPolicy.Baoji2019.ToBuilder()
        .OfficeHours(WorkingHoursTests.Hours)
        .SignInWithin(StepLimit.WorkingTime(Duration.FromHours(2)))
        .SignInWithin(Urgency.ExtremelyUrgent, StepLimit.CalendarTime(Duration.FromMinutes(15)))
        .ContactRequesterWithin(Urgency.Urgent, StepLimit.CalendarTime(Duration.FromMinutes(30)))
        .ReturnWithin(StepLimit.WorkingDays(1))
        .DesignateAfterDispatches(3)
        .Build();

    [Fact]
    public void A_dispatch_at_1720_on_the_eve_of_National_Day_is_due_for_sign_in_two_working_hours_later_on_10_09()
    {
        Policy.SignInDueAt(Urgency.Normal, Beijing("2025-09-30 17:20")).Should().Be(Beijing("2025-10-09 09:50"));
        Policy.SignInLimit(Urgency.Normal).Should().Be(StepLimit.WorkingTime(Duration.FromHours(2)));
    }

    [Fact]
    public void A_thirty_minute_urgent_contact_limit_runs_over_midnight_on_a_holiday()
    {
        Policy.ContactDueAt(Urgency.Urgent, Beijing("2025-10-01 23:45")).Should().Be(Beijing("2025-10-02 00:15"));
        Policy.SignInDueAt(Urgency.ExtremelyUrgent, Beijing("2025-10-01 23:50")).Should().Be(Beijing("2025-10-02 00:05"));
    }

    [Fact]
    public void An_urgency_without_its_own_limit_takes_the_general_one_or_none()
    {
        Policy.SignInDueAt(Urgency.Urgent, Beijing("2025-09-30 17:20")).Should().Be(Beijing("2025-10-09 09:50"));
        Policy.ContactDueAt(Urgency.Normal, Beijing("2025-09-30 17:20")).Should().BeNull();
        Policy.ContactLimit(Urgency.Normal).Should().BeNull();
    }

    [Fact]
    public void The_return_window_of_one_working_day_ends_at_24_00_of_the_first_working_day_after_the_dispatch()
    {
        Policy.ReturnWindowEndsAt(Beijing("2025-09-30 17:20")).Should().Be(Beijing("2025-10-10 00:00"));
        Policy.ReturnLimit.Should().Be(StepLimit.WorkingDays(1));
        Policy.DesignateAfterDispatches.Should().Be(3);
    }

    [Fact]
    public void A_policy_without_step_limits_answers_null()
    {
        var baoji = HandlingPolicy.Baoji2019;
        baoji.SignInDueAt(Urgency.Normal, Beijing("2025-09-30 17:20")).Should().BeNull();
        baoji.ContactDueAt(Urgency.Urgent, Beijing("2025-09-30 17:20")).Should().BeNull();
        baoji.ReturnWindowEndsAt(Beijing("2025-09-30 17:20")).Should().BeNull();
        baoji.DesignateAfterDispatches.Should().BeNull();
        baoji.OfficeHours.Should().BeNull();
    }

    [Fact]
    public void Step_limits_are_independent_of_the_urgent_hour_limits_and_of_the_working_day_deadline()
    {
        var policy = Policy.ToBuilder().UrgentLimit(Urgency.Urgent, Duration.FromMinutes(30), Duration.FromHours(24)).Build();
        var dispatched = Beijing("2025-09-30 17:20");

        var urgent = policy.UrgentDeadlineFor(Urgency.Urgent, dispatched);
        urgent.RespondBy.Should().Be(Beijing("2025-09-30 17:50"));
        policy.ContactDueAt(Urgency.Urgent, dispatched).Should().Be(Beijing("2025-09-30 17:50"));
        policy.SignInDueAt(Urgency.Urgent, dispatched).Should().Be(Beijing("2025-10-09 09:50"), "the urgent hour limits do not shorten the sign-in limit");
        policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched).DueAt
            .Should().Be(HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched).DueAt, "an urgent order keeps its working-day deadline");
    }

    [Fact]
    public void To_builder_carries_the_step_settings()
    {
        var copy = Policy.ToBuilder().Named("copy").Build();
        copy.SignInDueAt(Urgency.ExtremelyUrgent, Beijing("2025-10-01 23:50")).Should().Be(Beijing("2025-10-02 00:05"));
        copy.ContactDueAt(Urgency.Urgent, Beijing("2025-10-01 23:45")).Should().Be(Beijing("2025-10-02 00:15"));
        copy.ReturnWindowEndsAt(Beijing("2025-09-30 17:20")).Should().Be(Beijing("2025-10-10 00:00"));
        copy.DesignateAfterDispatches.Should().Be(3);
        copy.OfficeHours.Should().BeSameAs(WorkingHoursTests.Hours);

        // The builder copies: changing it does not change the policy it came from.
        Policy.ToBuilder().SignInWithin(Urgency.ExtremelyUrgent, StepLimit.CalendarTime(Duration.FromHours(1))).Build();
        Policy.SignInLimit(Urgency.ExtremelyUrgent).Should().Be(StepLimit.CalendarTime(Duration.FromMinutes(15)));
    }

    [Fact]
    public void A_working_time_limit_needs_office_hours_on_the_policy_s_calendar()
    {
        var noHours = () => HandlingPolicy.Baoji2019.ToBuilder().SignInWithin(StepLimit.WorkingTime(Duration.FromHours(2))).Build();
        noHours.Should().Throw<HandlingPolicyException>().WithMessage("*working time but no office hours*");

        var other = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland).Named("other").Build();
        var otherHours = WorkingHours.Create("other hours", other, HandlingPolicy.ChinaStandardTime).Season(new AnnualDate(1, 1), WorkingHoursTests.Winter).Build();
        var mismatch = () => HandlingPolicy.Baoji2019.ToBuilder().OfficeHours(otherHours).Build();
        mismatch.Should().Throw<HandlingPolicyException>().WithMessage("*office hours 'other hours' are on calendar 'other'*");

        var moved = () => Policy.ToBuilder().OnCalendar(other).Build();
        moved.Should().Throw<HandlingPolicyException>("moving the policy to another calendar leaves its office hours behind");
    }

    [Fact]
    public void Hostile_step_limits_are_refused()
    {
        FluentActions.Invoking(() => StepLimit.CalendarTime(Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("within");
        FluentActions.Invoking(() => StepLimit.WorkingTime(Duration.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("within");
        FluentActions.Invoking(() => StepLimit.CalendarTime(-Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => StepLimit.CalendarTime(HandlingPolicy.MaxCalendarTimeLimit + Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>();
        StepLimit.CalendarTime(HandlingPolicy.MaxCalendarTimeLimit).Within.Should().Be(Duration.FromDays(30));
        FluentActions.Invoking(() => StepLimit.WorkingDays(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays");
        FluentActions.Invoking(() => StepLimit.WorkingDays(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        StepLimit.WorkingDays(HandlingPolicy.MaxLimitInWorkingDays).WorkingDayCount.Should().Be(1000);
        var builder = HandlingPolicy.Baoji2019.ToBuilder();
        FluentActions.Invoking(() => builder.SignInWithin(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.SignInWithin(null!, StepLimit.WorkingDays(1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.ContactRequesterWithin(Urgency.Urgent, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.ReturnWithin(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.OfficeHours(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.DesignateAfterDispatches(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dispatches");
        FluentActions.Invoking(() => builder.DesignateAfterDispatches(101)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Policy.SignInDueAt(Urgency.Normal, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Policy.SignInDueAt(null!, Beijing("2025-09-30 17:20"))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Policy.SignInDueAt(Urgency.Normal, Beijing("2026-12-31 17:00"))).Should().Throw<CalendarCoverageException>();
    }

    [Fact]
    public void Step_limits_compare_by_kind_and_amount_and_read_plainly()
    {
        EqualityContract.Holds(StepLimit.CalendarTime(Duration.FromMinutes(30)), StepLimit.CalendarTime(Duration.FromMinutes(30)),
            StepLimit.WorkingTime(Duration.FromMinutes(30)), StepLimit.CalendarTime(Duration.FromMinutes(15)), StepLimit.WorkingDays(1));
        (StepLimit.WorkingDays(1) == StepLimit.WorkingDays(1)).Should().BeTrue();
        (StepLimit.WorkingDays(1) != StepLimit.WorkingDays(2)).Should().BeTrue();
        StepLimit.CalendarTime(Duration.FromMinutes(30)).ToString().Should().Be("30 min calendar time");
        StepLimit.WorkingTime(Duration.FromHours(2)).ToString().Should().Be("2 h working time");
        StepLimit.WorkingDays(1).ToString().Should().Be("1 working day(s)");
        StepLimit.WorkingTime(Duration.FromMinutes(90)).ToString().Should().Be("0:01:30:00 working time");
        StepLimit.WorkingDays(2).Kind.Should().Be(StepLimitKind.WorkingDays);
        StepLimit.WorkingDays(2).Within.Should().Be(Duration.Zero);
        StepLimit.CalendarTime(Duration.FromMinutes(5)).WorkingDayCount.Should().Be(0);
    }

    [Fact]
    public void Designation_accepts_the_first_to_the_hundredth_dispatch_and_says_so_otherwise()
    {
        HandlingPolicy.Baoji2019.ToBuilder().DesignateAfterDispatches(1).Build().DesignateAfterDispatches.Should().Be(1);
        HandlingPolicy.Baoji2019.ToBuilder().DesignateAfterDispatches(100).Build().DesignateAfterDispatches.Should().Be(100);
        FluentActions.Invoking(() => HandlingPolicy.Baoji2019.ToBuilder().DesignateAfterDispatches(101)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Designation follows the 1st to the 100th dispatch; got 101.*");
        FluentActions.Invoking(() => StepLimit.WorkingDays(1001)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A step limit in working days is 1 to 1000; got 1001.*");
        FluentActions.Invoking(() => StepLimit.CalendarTime(Duration.FromDays(31))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A step limit is a positive duration of at most 30 days; got 31:00:00:00.*");
    }

    [Fact]
    public void A_working_time_limit_of_one_urgency_alone_also_needs_office_hours()
    {
        var signIn = () => HandlingPolicy.Baoji2019.ToBuilder().SignInWithin(Urgency.Urgent, StepLimit.WorkingTime(Duration.FromHours(1))).Build();
        signIn.Should().Throw<HandlingPolicyException>().WithMessage("*working time but no office hours*");
        var contact = () => HandlingPolicy.Baoji2019.ToBuilder().ContactRequesterWithin(Urgency.Urgent, StepLimit.WorkingTime(Duration.FromHours(1))).Build();
        contact.Should().Throw<HandlingPolicyException>().WithMessage("*working time but no office hours*");
        var general = () => HandlingPolicy.Baoji2019.ToBuilder().ContactRequesterWithin(StepLimit.WorkingTime(Duration.FromHours(1))).Build();
        general.Should().Throw<HandlingPolicyException>();
        var returns = () => HandlingPolicy.Baoji2019.ToBuilder().ReturnWithin(StepLimit.WorkingTime(Duration.FromHours(1))).Build();
        returns.Should().Throw<HandlingPolicyException>();
    }

    [Fact]
    public void A_policy_without_a_limit_still_refuses_an_instant_out_of_range()
    {
        FluentActions.Invoking(() => HandlingPolicy.Baoji2019.SignInDueAt(Urgency.Normal, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HandlingPolicy.Baoji2019.ReturnWindowEndsAt(Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Limits_of_another_kind_or_count_hash_apart()
    {
        StepLimit.CalendarTime(Duration.FromMinutes(30)).GetHashCode().Should().NotBe(StepLimit.WorkingTime(Duration.FromMinutes(30)).GetHashCode());
        StepLimit.WorkingDays(1).GetHashCode().Should().NotBe(StepLimit.WorkingDays(2).GetHashCode());
        StepLimit.WorkingDays(2).GetHashCode().Should().Be(StepLimit.WorkingDays(2).GetHashCode());
    }

    [Theory]
    [InlineData(2 * 3600, 0, "2 h calendar time")]
    [InlineData(2 * 3600, 500, "0:02:00:00.5 calendar time")]
    [InlineData(2 * 3600 + 1, 0, "0:02:00:01 calendar time")]
    [InlineData(30 * 60, 500, "0:00:30:00.5 calendar time")]
    [InlineData(30 * 60 + 1, 0, "0:00:30:01 calendar time")]
    [InlineData(26 * 3600, 0, "1:02:00:00 calendar time")]
    [InlineData(24 * 3600 + 30 * 60, 0, "1:00:30:00 calendar time")]
    [InlineData(24 * 3600, 0, "1:00:00:00 calendar time")]
    public void A_limit_reads_in_whole_hours_or_minutes_else_in_full(int seconds, int milliseconds, string text)
    {
        StepLimit.CalendarTime(Duration.FromSeconds(seconds) + Duration.FromMilliseconds(milliseconds)).ToString().Should().Be(text);
    }
}
