using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// A <see cref="HandlingPolicy"/>'s answers and refusals: its limits table, the categories it accepts, the dispatch
/// service level and urgent hour limits at their edges, its guards, and how it describes itself.
/// </summary>
public class HandlingPolicyRulesTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;

    private static HandlingPolicy Urgent() =>
        HandlingPolicy.CreateBuilder("urgent city", ChinaCalendars.Mainland)
            .Limit(TicketCategory.HelpRequest, 1)
            .UrgentLimit(Urgency.ExtremelyUrgent, Duration.FromMinutes(15), Duration.FromHours(4))
            .UrgentLimit(Urgency.Urgent, Duration.FromMinutes(30), Duration.FromHours(24))
            .Build();

    [Fact]
    public void Limits_set_per_complexity_are_kept_apart_in_every_category()
    {
        var builder = HandlingPolicy.CreateBuilder("table", ChinaCalendars.Mainland);
        var expected = new Dictionary<(TicketCategory, Complexity), int>();
        var days = 1;
        foreach (var category in TicketCategory.InValueOrder)
        {
            foreach (var complexity in Complexity.InValueOrder)
            {
                builder.Limit(category, complexity, days);
                expected[(category, complexity)] = days++;
            }
        }

        var policy = builder.Build();

        foreach (var ((category, complexity), limit) in expected)
        {
            policy.LimitFor(category, complexity).Should().Be(limit, "{0}/{1}", category, complexity);
        }

        policy.AcceptedCategories.Should().Equal(TicketCategory.InValueOrder);
    }

    [Fact]
    public void The_accepted_categories_are_the_ones_with_limits_in_value_order()
    {
        Baoji.AcceptedCategories.Should().Equal(
            TicketCategory.Consultation, TicketCategory.HelpRequest, TicketCategory.Complaint, TicketCategory.Report, TicketCategory.Suggestion);

        var other = HandlingPolicy.CreateBuilder("other only", ChinaCalendars.Mainland).Limit(TicketCategory.Other, 4).Build();
        other.AcceptedCategories.Should().Equal(TicketCategory.Other);
        other.LimitFor(TicketCategory.Other, Complexity.EspeciallyComplex).Should().Be(4);
    }

    [Fact]
    public void A_category_without_a_limit_is_refused_naming_it_and_the_categories_the_policy_handles()
    {
        var act = () => Baoji.LimitFor(TicketCategory.Praise, Complexity.General);

        act.Should().Throw<HandlingPolicyException>().WithMessage(
            "Policy '宝鸡市 12345 (2019)' has no handling limit for 表扬 (Praise). Categories it handles: 咨询, 求助, 投诉, 举报, 建议.");
        Baoji.Invoking(p => p.DeadlineFor(TicketCategory.Other, Complexity.General, Beijing("2026-09-30 16:00")))
            .Should().Throw<HandlingPolicyException>().WithMessage("*其他 (Other)*");
    }

    [Fact]
    public void Null_arguments_are_refused_naming_the_parameter()
    {
        Baoji.Invoking(p => p.LimitFor(null!, Complexity.General)).Should().Throw<ArgumentNullException>().WithParameterName("category");
        Baoji.Invoking(p => p.LimitFor(TicketCategory.Complaint, null!)).Should().Throw<ArgumentNullException>().WithParameterName("complexity");
        Baoji.Invoking(p => p.HasUrgentLimit(null!)).Should().Throw<ArgumentNullException>().WithParameterName("urgency");
        Baoji.Invoking(p => p.UrgentDeadlineFor(null!, Beijing("2026-09-30 16:00"))).Should().Throw<ArgumentNullException>().WithParameterName("urgency");
        Baoji.Invoking(p => p.Restore(null!)).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
        var noName = () => HandlingPolicy.CreateBuilder(null!, ChinaCalendars.Mainland);
        noName.Should().Throw<ArgumentNullException>().WithParameterName("name");
        var blankName = () => HandlingPolicy.CreateBuilder("  ", ChinaCalendars.Mainland);
        blankName.Should().Throw<ArgumentException>().WithParameterName("name");
        var noCalendar = () => HandlingPolicy.CreateBuilder("city", null!);
        noCalendar.Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }

    [Fact]
    public void A_work_order_is_dispatched_on_time_up_to_and_including_ten_minutes_after_the_call()
    {
        var call = Beijing("2026-10-01 10:00");

        Baoji.DispatchWithin.Should().Be(Duration.FromMinutes(10));
        Baoji.DispatchDueAt(call).Should().Be(Beijing("2026-10-01 10:10"));
        Baoji.IsDispatchOnTime(call, Beijing("2026-10-01 10:10")).Should().BeTrue();
        Baoji.IsDispatchOnTime(call, Beijing("2026-10-01 10:10") + Duration.Epsilon).Should().BeFalse();
        Baoji.IsDispatchOnTime(call, call).Should().BeTrue();
    }

    [Fact]
    public void Calls_at_the_ends_of_time_are_refused_for_the_dispatch_service_level()
    {
        Baoji.Invoking(p => p.IsDispatchOnTime(Instant.MinValue, Beijing("2026-10-01 10:10"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("callReceived");
        Baoji.Invoking(p => p.DispatchDueAt(Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("callReceived");
        Baoji.Invoking(p => p.UrgentDeadlineFor(Urgency.Urgent, Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void Urgent_hour_limits_run_on_calendar_time_per_urgency()
    {
        var policy = Urgent();
        var start = Beijing("2026-10-01 22:00");

        policy.HasUrgentLimit(Urgency.Urgent).Should().BeTrue();
        policy.HasUrgentLimit(Urgency.ExtremelyUrgent).Should().BeTrue();
        policy.HasUrgentLimit(Urgency.Normal).Should().BeFalse();

        var extreme = policy.UrgentDeadlineFor(Urgency.ExtremelyUrgent, start);
        extreme.Should().Be(policy.UrgentDeadlineFor(Urgency.ExtremelyUrgent, start));
        extreme.Urgency.Should().Be(Urgency.ExtremelyUrgent);
        extreme.Start.Should().Be(start);
        extreme.RespondBy.Should().Be(Beijing("2026-10-01 22:15"));
        extreme.ResultBy.Should().Be(Beijing("2026-10-02 02:00"));
    }

    [Fact]
    public void A_policy_without_hour_limits_says_so_and_one_with_some_names_them_in_value_order()
    {
        Baoji.Invoking(p => p.UrgentDeadlineFor(Urgency.Urgent, Beijing("2026-10-01 10:00")))
            .Should().Throw<HandlingPolicyException>()
            .WithMessage("Policy '宝鸡市 12345 (2019)' has no hour limit for 紧急 (Urgent) orders. Urgencies with hour limits: none.");
        Urgent().Invoking(p => p.UrgentDeadlineFor(Urgency.Normal, Beijing("2026-10-01 10:00")))
            .Should().Throw<HandlingPolicyException>()
            .WithMessage("Policy 'urgent city' has no hour limit for 一般 (Normal) orders. Urgencies with hour limits: 紧急, 特急.");
    }

    [Fact]
    public void It_describes_itself_by_name_calendar_zone_and_clock_start()
    {
        Baoji.ToString().Should().Be($"宝鸡市 12345 (2019) ({ChinaCalendars.Mainland.Name}, Asia/Shanghai, clock starts at 派单)");
        Baoji.ToBuilder().ClockStartsAt(ClockStart.SignIn).Build().ToString().Should().EndWith(", Asia/Shanghai, clock starts at 签收)");
    }

    [Fact]
    public void The_Baoji_preset_has_the_documented_defaults()
    {
        Baoji.Name.Should().Be("宝鸡市 12345 (2019)");
        Baoji.Calendar.Should().BeSameAs(ChinaCalendars.Mainland);
        Baoji.Zone.Should().BeSameAs(HandlingPolicy.ChinaStandardTime);
        Baoji.Zone.Id.Should().Be("Asia/Shanghai");
        Baoji.ClockStart.Should().Be(ClockStart.Dispatch);
        Baoji.DueSoonWithinWorkingDays.Should().Be(0);
        Baoji.BeyondCoverage.Should().Be(BeyondCoverage.Reject);
        Baoji.Extension.ToString().Should().Be("1× up to 5 working days for 特别复杂");
        HandlingPolicy.Baoji2019.Should().BeSameAs(Baoji);
    }

    [Fact]
    public void A_deadline_counts_from_the_local_date_in_the_policys_zone_not_from_UTC()
    {
        // 2026-09-29 16:30 UTC is already 09-30 00:30 in Beijing: the start day is the 30th.
        Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Utc("2026-09-29T16:30:00Z")).DueDate.Should().Be(D("2026-10-09"));
        Baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, Utc("2026-09-29T15:59:59Z")).DueDate.Should().Be(D("2026-10-08"));
    }

    [Fact]
    public void A_deadline_beyond_the_coverage_of_a_strict_policy_names_the_policy_the_count_and_the_remedies()
    {
        var act = () => Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-28 10:00"));

        var error = act.Should().Throw<CalendarCoverageException>()
            .WithMessage("*Policy '宝鸡市 12345 (2019)': 10 working days after 2026-12-28*")
            .WithMessage("*AllowProvisionalDeadlines()*policy.ToBuilder().OnCalendar(calendar)*").Which;
        error.Coverage.End.Should().Be(D("2026-12-31"));
        error.InnerException.Should().BeOfType<CalendarCoverageException>();
    }

    [Fact]
    public void A_deadline_beyond_the_coverage_of_a_provisional_policy_follows_the_weekday_rule()
    {
        var policy = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();

        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-28 10:00"));

        deadline.IsProvisional.Should().BeTrue();
        deadline.DueDate.Should().Be(D("2027-01-11"));
        deadline.DueAt.Should().Be(Beijing("2027-01-12 00:00"));
    }

    [Fact]
    public void In_a_zone_with_daylight_saving_the_deadline_ends_at_local_midnight_on_either_side_of_the_change()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var policy = HandlingPolicy.CreateBuilder("Berlin office", ChinaCalendars.Mainland).InZone(berlin).Limit(TicketCategory.Complaint, 1).Build();

        // Summer time starts on 2026-03-29; the middle of the calendar's coverage (2016-12-31) is winter time.
        var summer = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, new LocalDateTime(2026, 6, 1, 10, 0).InZoneStrictly(berlin).ToInstant());
        summer.DueDate.Should().Be(D("2026-06-02"));
        summer.DueAt.Should().Be(Utc("2026-06-02T22:00:00Z"));

        var winter = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, new LocalDateTime(2026, 1, 5, 10, 0).InZoneStrictly(berlin).ToInstant());
        winter.DueDate.Should().Be(D("2026-01-06"));
        winter.DueAt.Should().Be(Utc("2026-01-06T23:00:00Z"));

        // 2026-06-01 22:30 UTC is already 06-02 00:30 in Berlin: the local date, not the UTC one, starts the count.
        var lateEvening = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Utc("2026-06-01T22:30:00Z"));
        lateEvening.DueDate.Should().Be(D("2026-06-03"));
    }
}
