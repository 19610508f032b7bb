using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// <see cref="HandlingPolicy.Restore"/> accepts exactly the extension histories its rule allows — at the edges of
/// the count and of the days — and names the mismatch in full when it refuses.
/// </summary>
public class RestoreRulesTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;

    // Twice, 1 to 5 working days each, for especially complex orders only.
    private static readonly HandlingPolicy Twice = Baoji.ToBuilder()
        .Extension(ExtensionRule.Times(2, 5, Complexity.EspeciallyComplex))
        .Build();

    private static HandlingDeadlineSnapshot Stored(Complexity complexity) =>
        Baoji.DeadlineFor(TicketCategory.Complaint, complexity, Beijing("2026-09-30 16:00")).ToSnapshot();

    private static HandlingDeadlineSnapshot Extended(int used, int by) =>
        Stored(Complexity.EspeciallyComplex) with
        {
            ExtensionsUsed = used,
            ExtendedByWorkingDays = by,
            DueDate = ChinaCalendarsDue(by),
        };

    private static LocalDate ChinaCalendarsDue(int by) => Hotline.Domain.Calendars.ChinaCalendars.Mainland.AddWorkingDays(D("2026-10-20"), by);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 5)]
    [InlineData(2, 2)]
    [InlineData(2, 10)]
    public void Histories_within_the_rule_are_restored_with_their_extensions(int used, int by)
    {
        var restored = Twice.Restore(Extended(used, by));

        restored.ExtensionsUsed.Should().Be(used);
        restored.ExtendedByWorkingDays.Should().Be(by);
        restored.OriginalDueDate.Should().Be(D("2026-10-20"));
        restored.DueDate.Should().Be(ChinaCalendarsDue(by));
        restored.DueAt.Should().Be(Beijing(ChinaCalendarsDue(by).PlusDays(1).ToString("uuuu-MM-dd", null) + " 00:00"));
        restored.IsProvisional.Should().BeFalse();
        restored.Policy.Should().BeSameAs(Twice);
    }

    [Fact]
    public void A_restored_history_equals_the_same_extensions_made_live()
    {
        var live = Twice.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00")).Extend(1).Extend(4);

        Twice.Restore(live.ToSnapshot()).Should().Be(live);
    }

    [Theory]
    [InlineData(0, 1, "0 extension(s) adding 1 working days")]
    [InlineData(1, 0, "1 extension(s) adding 0 working days")]
    [InlineData(1, 6, "1 extension(s) adding 6 working days")]
    [InlineData(2, 1, "2 extension(s) adding 1 working days")]
    [InlineData(2, 11, "2 extension(s) adding 11 working days")]
    [InlineData(3, 3, "3 extension(s) adding 3 working days")]
    [InlineData(-1, 0, "-1 extension(s) adding 0 working days")]
    public void Histories_outside_the_rule_are_refused_naming_the_count_the_days_and_the_rule(int used, int by, string recorded)
    {
        var snapshot = Extended(used, by);

        Twice.Invoking(p => p.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage(
            $"*it records {recorded}, which the extension rule (2× up to 5 working days for 特别复杂) does not allow.*");
    }

    [Fact]
    public void An_extension_recorded_for_a_complexity_the_rule_does_not_name_is_refused()
    {
        var snapshot = Stored(Complexity.Complex) with { ExtensionsUsed = 1, ExtendedByWorkingDays = 1, DueDate = D("2026-10-21") };

        Twice.Invoking(p => p.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage("*records 1 extension(s) adding 1 working days*");
    }

    [Fact]
    public void A_policy_name_mismatch_is_refused_in_full()
    {
        var snapshot = Stored(Complexity.General);
        var renamed = Baoji.ToBuilder().Named("西安市").Build();

        renamed.Invoking(p => p.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage(
            "The stored deadline (complaint/general, clock started 2026-09-30T08:00:00Z) does not match policy '西安市': it was set under policy '宝鸡市 12345 (2019)'. " +
            "Restore it under the policy that set it, or recompute it with DeadlineFor as a new deadline.");
    }

    [Fact]
    public void A_due_date_mismatch_of_an_extended_deadline_names_both_dates_and_the_calendar()
    {
        var snapshot = Extended(1, 5) with { DueDate = D("2026-10-28") };

        Twice.Invoking(p => p.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage(
            $"*it was due 2026-10-28, but this policy's calendar ({Hotline.Domain.Calendars.ChinaCalendars.Mainland.Name}) gives 2026-10-27.*");
    }

    [Fact]
    public void A_provisional_extended_deadline_may_come_back_with_another_due_date_and_stays_provisional_while_it_still_is()
    {
        var provisional = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();
        var deadline = provisional.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-12-17 10:00")).Extend(2);
        deadline.IsProvisional.Should().BeTrue();
        var stored = deadline.ToSnapshot() with { DueDate = D("2027-01-05") };

        var restored = provisional.Restore(stored);

        restored.IsProvisional.Should().BeTrue();
        restored.DueDate.Should().Be(D("2027-01-04"), "recomputed by the weekday rule, not read from the store");
        restored.OriginalDueDate.Should().Be(D("2026-12-31"));
        restored.ExtensionsUsed.Should().Be(1);
    }

    [Fact]
    public void A_provisional_extended_deadline_restored_once_the_notice_is_in_the_calendar_is_exact()
    {
        var provisional = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();
        var stored = provisional.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-12-17 10:00")).Extend(2).ToSnapshot();

        var withNotice = provisional.ToBuilder().OnCalendar(IllustrativeNotice2027.Calendar()).Build();
        var restored = withNotice.Restore(stored);

        restored.IsProvisional.Should().BeFalse();
        restored.DueDate.Should().Be(D("2027-01-05"), "the illustrative notice gives 2027-01-01 off");
    }

    [Fact]
    public void Missing_codes_are_refused_under_the_snapshots_name()
    {
        var snapshot = Stored(Complexity.General);

        Baoji.Invoking(p => p.Restore(snapshot with { CategoryCode = null! })).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
        Baoji.Invoking(p => p.Restore(snapshot with { ComplexityCode = null! })).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
        Baoji.Invoking(p => p.Restore(snapshot with { ComplexityCode = "hard" })).Should().Throw<VocabularyItemNotFoundException>();
    }
}
