using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>The builder's settings at and just beyond their limits, its guards, and the messages of its refusals.</summary>
public class HandlingPolicyBuilderEdgeTests
{
    private static HandlingPolicyBuilder City() => HandlingPolicy.CreateBuilder("city", ChinaCalendars.Mainland).Limit(TicketCategory.Complaint, 10);

    [Fact]
    public void Every_setter_refuses_null_naming_its_parameter()
    {
        var builder = City();

        builder.Invoking(b => b.Named(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        builder.Invoking(b => b.Named(" \t")).Should().Throw<ArgumentException>().WithParameterName("name");
        builder.Invoking(b => b.OnCalendar(null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        builder.Invoking(b => b.InZone(null!)).Should().Throw<ArgumentNullException>().WithParameterName("zone");
        builder.Invoking(b => b.ClockStartsAt(null!)).Should().Throw<ArgumentNullException>().WithParameterName("clockStart");
        builder.Invoking(b => b.Extension(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rule");
        builder.Invoking(b => b.Limit(null!, Complexity.General, 3)).Should().Throw<ArgumentNullException>().WithParameterName("category");
        builder.Invoking(b => b.Limit(TicketCategory.Report, null!, 3)).Should().Throw<ArgumentNullException>().WithParameterName("complexity");
        builder.Invoking(b => b.UrgentLimit(null!, Duration.FromMinutes(5), Duration.FromHours(1))).Should().Throw<ArgumentNullException>().WithParameterName("urgency");

        builder.Build().Name.Should().Be("city");
    }

    [Fact]
    public void A_new_name_is_trimmed_and_every_setting_reaches_the_policy()
    {
        var urumqi = DateTimeZoneProviders.Tzdb["Asia/Urumqi"];
        var calendar = WorkingDayCalendarBuilder.WeekdaysOnly("weekdays", new DateInterval(D("2026-01-01"), D("2027-12-31"))).Build();
        var rule = ExtensionRule.Times(2, 3, Complexity.Complex);

        var policy = City()
            .Named("  乌鲁木齐市 12345  ")
            .OnCalendar(calendar)
            .InZone(urumqi)
            .ClockStartsAt(ClockStart.Receipt)
            .Extension(rule)
            .DispatchWithin(Duration.FromMinutes(20))
            .DueSoonWithin(3)
            .AllowProvisionalDeadlines()
            .Build();

        policy.Name.Should().Be("乌鲁木齐市 12345");
        policy.Calendar.Should().BeSameAs(calendar);
        policy.Zone.Should().BeSameAs(urumqi);
        policy.ClockStart.Should().Be(ClockStart.Receipt);
        policy.Extension.Should().BeSameAs(rule);
        policy.DispatchWithin.Should().Be(Duration.FromMinutes(20));
        policy.DueSoonWithinWorkingDays.Should().Be(3);
        policy.BeyondCoverage.Should().Be(BeyondCoverage.AssumeWeekdays);
    }

    [Fact]
    public void A_provisional_builder_can_be_made_strict_again()
    {
        City().AllowProvisionalDeadlines().RejectProvisionalDeadlines().Build().BeyondCoverage.Should().Be(BeyondCoverage.Reject);
        City().Build().BeyondCoverage.Should().Be(BeyondCoverage.Reject);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(HandlingPolicy.MaxLimitInWorkingDays)]
    public void A_limit_of_one_to_a_thousand_working_days_is_accepted(int days)
    {
        City().Limit(TicketCategory.Report, days).Build().LimitFor(TicketCategory.Report, Complexity.Complex).Should().Be(days);
    }

    [Fact]
    public void A_limit_above_a_thousand_is_out_of_range_naming_the_policy_the_category_and_the_maximum()
    {
        var act = () => City().Limit(TicketCategory.Report, Complexity.General, 1001);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays")
            .WithMessage("Policy 'city': a limit of 1001 working days for 举报 is more than the 1000 a policy accepts.*")
            .Which.ActualValue.Should().Be(1001);
    }

    [Fact]
    public void A_limit_of_zero_names_the_policy_the_category_the_complexity_and_the_rule()
    {
        var act = () => City().Limit(TicketCategory.Report, Complexity.Complex, 0);

        act.Should().Throw<HandlingPolicyException>().WithMessage(
            "Policy 'city': the limit for 举报 (Report), 复杂, is 0 working days; a limit must be 1 or more.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30 * 24 * 60)]
    public void A_dispatch_service_level_from_a_tick_up_to_thirty_days_is_accepted(long minutesOrTick)
    {
        var within = minutesOrTick == 1 ? Duration.Epsilon : Duration.FromMinutes(minutesOrTick);

        City().DispatchWithin(within).Build().DispatchWithin.Should().Be(within);
    }

    [Fact]
    public void A_dispatch_service_level_of_zero_or_above_thirty_days_is_refused_naming_the_value()
    {
        City().Invoking(b => b.DispatchWithin(Duration.Zero)).Should().Throw<ArgumentException>().WithParameterName("within")
            .WithMessage("The dispatch service level must be a positive duration of at most 30 days; got 0:00:00:00*");
        City().Invoking(b => b.DispatchWithin(-Duration.FromMinutes(1))).Should().Throw<ArgumentException>().WithParameterName("within");
        City().Invoking(b => b.DispatchWithin(HandlingPolicy.MaxCalendarTimeLimit + Duration.Epsilon)).Should().Throw<ArgumentException>().WithParameterName("within");
    }

    [Fact]
    public void The_due_soon_threshold_may_be_zero_but_not_negative()
    {
        City().DueSoonWithin(0).Build().DueSoonWithinWorkingDays.Should().Be(0);
        City().Invoking(b => b.DueSoonWithin(-1)).Should().Throw<ArgumentException>().WithParameterName("workingDays");
    }

    [Fact]
    public void Urgent_limits_of_exactly_thirty_days_and_a_result_equal_to_the_response_are_accepted()
    {
        var max = HandlingPolicy.MaxCalendarTimeLimit;
        var policy = City()
            .UrgentLimit(Urgency.Urgent, max, max)
            .UrgentLimit(Urgency.ExtremelyUrgent, Duration.Epsilon, Duration.Epsilon)
            .Build();

        var start = Beijing("2026-10-01 10:00");
        policy.UrgentDeadlineFor(Urgency.Urgent, start).ResultBy.Should().Be(start + max);
        policy.UrgentDeadlineFor(Urgency.ExtremelyUrgent, start).RespondBy.Should().Be(start + Duration.Epsilon);
    }

    [Fact]
    public void Urgent_limits_longer_than_thirty_days_are_out_of_range_naming_both_durations()
    {
        var longer = HandlingPolicy.MaxCalendarTimeLimit + Duration.Epsilon;

        City().Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.FromHours(1), longer))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("resultWithin")
            .WithMessage("Policy 'city': hour limits are at most 30 days; got 0:01:00:00 to respond and 30:00:00:00.000000001 to the result.*");
        City().Invoking(b => b.UrgentLimit(Urgency.Urgent, longer, longer)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_response_time_longer_than_thirty_days_is_out_of_range_even_with_an_ordered_result()
    {
        // Only the response is too long; the result is in range.
        var act = () => City().UrgentLimit(Urgency.Urgent, HandlingPolicy.MaxCalendarTimeLimit + Duration.Epsilon, HandlingPolicy.MaxCalendarTimeLimit);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Urgent_limits_for_normal_orders_or_without_a_positive_ordered_pair_name_the_rule()
    {
        City().Invoking(b => b.UrgentLimit(Urgency.Normal, Duration.FromMinutes(30), Duration.FromHours(2)))
            .Should().Throw<HandlingPolicyException>().WithMessage(
                "Policy 'city': hour limits for 一般 must be for an urgent level, with a positive time to respond (0:00:30:00) and a time to result (0:02:00:00) no shorter than it.");
        City().Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.Zero, Duration.FromHours(2))).Should().Throw<HandlingPolicyException>();
        City().Invoking(b => b.UrgentLimit(Urgency.Urgent, Duration.FromHours(2), Duration.FromHours(2) - Duration.Epsilon)).Should().Throw<HandlingPolicyException>();
    }

    [Fact]
    public void A_policy_without_limits_or_with_a_partial_category_is_refused_naming_what_is_missing()
    {
        HandlingPolicy.CreateBuilder("empty", ChinaCalendars.Mainland).Invoking(b => b.Build()).Should().Throw<HandlingPolicyException>()
            .WithMessage("Policy 'empty' has no limits: give at least one category a limit in working days.");
        City().Limit(TicketCategory.Report, Complexity.Complex, 5).Invoking(b => b.Build()).Should().Throw<HandlingPolicyException>()
            .WithMessage("Policy 'city' has limits for 举报 (Report) but none for 一般, 特别复杂: every category the policy accepts needs a limit for every complexity.");
        City().Limit(TicketCategory.Report, Complexity.General, 5).Limit(TicketCategory.Report, Complexity.Complex, 5).Invoking(b => b.Build())
            .Should().Throw<HandlingPolicyException>().WithMessage("*举报 (Report) but none for 特别复杂:*");
    }

    [Fact]
    public void A_builder_from_a_policy_copies_its_urgent_limits_without_sharing_them()
    {
        var original = City().UrgentLimit(Urgency.Urgent, Duration.FromMinutes(30), Duration.FromHours(24)).Build();

        var builder = original.ToBuilder();
        builder.UrgentLimit(Urgency.ExtremelyUrgent, Duration.FromMinutes(10), Duration.FromHours(2));
        var adapted = builder.Build();

        adapted.HasUrgentLimit(Urgency.Urgent).Should().BeTrue();
        adapted.HasUrgentLimit(Urgency.ExtremelyUrgent).Should().BeTrue();
        original.HasUrgentLimit(Urgency.ExtremelyUrgent).Should().BeFalse();
        adapted.UrgentDeadlineFor(Urgency.Urgent, Beijing("2026-10-01 10:00")).ResultBy.Should().Be(Beijing("2026-10-02 10:00"));
    }

    [Fact]
    public void A_builder_from_a_policy_keeps_every_setting()
    {
        var urumqi = DateTimeZoneProviders.Tzdb["Asia/Urumqi"];
        var original = City().InZone(urumqi).ClockStartsAt(ClockStart.SignIn).DispatchWithin(Duration.FromMinutes(7)).DueSoonWithin(2)
            .Extension(ExtensionRule.Once(2, Complexity.General)).AllowProvisionalDeadlines().Build();

        var copy = original.ToBuilder().Build();

        copy.Should().NotBeSameAs(original);
        copy.Name.Should().Be("city");
        copy.Calendar.Should().BeSameAs(original.Calendar);
        copy.Zone.Should().BeSameAs(urumqi);
        copy.ClockStart.Should().Be(ClockStart.SignIn);
        copy.DispatchWithin.Should().Be(Duration.FromMinutes(7));
        copy.DueSoonWithinWorkingDays.Should().Be(2);
        copy.Extension.Should().BeSameAs(original.Extension);
        copy.BeyondCoverage.Should().Be(BeyondCoverage.AssumeWeekdays);
        copy.LimitFor(TicketCategory.Complaint, Complexity.EspeciallyComplex).Should().Be(10);
        copy.AcceptedCategories.Should().Equal(TicketCategory.Complaint);
    }
}
