using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>A deadline is stored as plain data and restored against a policy that proves it still matches.</summary>
public class DeadlineSnapshotTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;

    [Fact]
    public void A_snapshot_is_plain_data_with_vocabulary_by_code()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00")).Extend(5);

        var snapshot = deadline.ToSnapshot();

        snapshot.Should().Be(new HandlingDeadlineSnapshot(
            "宝鸡市 12345 (2019)", "complaint", "especially-complex", Beijing("2026-09-30 16:00"), 10, D("2026-10-27"), false, 1, 5));
        typeof(HandlingDeadlineSnapshot).GetProperties().Select(p => p.PropertyType)
            .Should().OnlyContain(t => t == typeof(string) || t == typeof(int) || t == typeof(bool) || t == typeof(Instant) || t == typeof(LocalDate));
    }

    [Fact]
    public void A_restored_deadline_equals_the_one_that_was_stored()
    {
        var deadline = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00"));
        var extended = deadline.Extend(5);

        Baoji.Restore(deadline.ToSnapshot()).Should().Be(deadline);
        Baoji.Restore(extended.ToSnapshot()).Should().Be(extended);
    }

    [Fact]
    public void A_restored_deadline_keeps_its_extension_history()
    {
        var extended = Baoji.DeadlineFor(TicketCategory.HelpRequest, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00")).Extend(3);

        var restored = Baoji.Restore(extended.ToSnapshot());

        restored.Invoking(d => d.Extend(1)).Should().Throw<ExtensionRefusedException>().WithMessage("*already extended 1 time*");
    }

    [Fact]
    public void Another_policy_name_is_refused()
    {
        var snapshot = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00")).ToSnapshot();
        var renamed = Baoji.ToBuilder().Named("西安市").Build();

        renamed.Invoking(p => p.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage("*西安市*宝鸡市 12345 (2019)*");
    }

    [Fact]
    public void A_changed_limit_is_refused()
    {
        var snapshot = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00")).ToSnapshot();
        var stricter = Baoji.ToBuilder().Limit(TicketCategory.Complaint, 5).Build();

        stricter.Invoking(p => p.Restore(snapshot)).Should().Throw<HandlingPolicyException>().WithMessage("*limit was 10 working days*this policy's is 5*");
    }

    [Fact]
    public void A_changed_due_date_is_refused_for_a_deadline_that_was_not_provisional()
    {
        var snapshot = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00")).ToSnapshot();
        var tampered = snapshot with { DueDate = D("2026-10-21") };

        Baoji.Invoking(p => p.Restore(tampered)).Should().Throw<HandlingPolicyException>().WithMessage("*due 2026-10-21*gives 2026-10-20*");
    }

    [Fact]
    public void An_extension_history_the_rule_does_not_allow_is_refused()
    {
        var snapshot = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00")).ToSnapshot();

        Baoji.Invoking(p => p.Restore(snapshot with { ExtensionsUsed = 1, ExtendedByWorkingDays = 5 })).Should().Throw<HandlingPolicyException>().WithMessage("*extension rule*");
        Baoji.Invoking(p => p.Restore(snapshot with { ExtensionsUsed = 0, ExtendedByWorkingDays = 5 })).Should().Throw<HandlingPolicyException>();
        Baoji.Invoking(p => p.Restore(snapshot with { ComplexityCode = "especially-complex", ExtensionsUsed = 1, ExtendedByWorkingDays = int.MaxValue }))
            .Should().Throw<HandlingPolicyException>();
    }

    [Fact]
    public void Unknown_and_missing_codes_are_reported_in_the_librarys_error_family()
    {
        var snapshot = Baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00")).ToSnapshot();

        Baoji.Invoking(p => p.Restore(snapshot with { CategoryCode = "grievance" })).Should().Throw<VocabularyItemNotFoundException>();
        Baoji.Invoking(p => p.Restore(snapshot with { CategoryCode = null! })).Should().Throw<ArgumentNullException>();
        Baoji.Invoking(p => p.Restore(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_provisional_deadline_restored_once_the_notice_is_in_the_calendar_is_exact()
    {
        var provisional = Baoji.ToBuilder().AllowProvisionalDeadlines().Build();
        var stored = provisional.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-24 10:00")).ToSnapshot();
        stored.IsProvisional.Should().BeTrue();
        stored.DueDate.Should().Be(D("2027-01-07"), "by the weekday rule");

        var withNotice = Baoji.ToBuilder().OnCalendar(IllustrativeNotice2027.Calendar()).Build();
        var restored = withNotice.Restore(stored);

        restored.IsProvisional.Should().BeFalse();
        restored.DueDate.Should().Be(D("2027-01-08"), "the illustrative notice gives 2027-01-01 off");
    }

    [Fact]
    public void A_default_deadline_refuses_every_use_with_one_clear_error()
    {
        var none = default(HandlingDeadline);
        var now = Beijing("2026-10-09 10:00");

        new Action[]
        {
            () => _ = none.Policy, () => _ = none.Category, () => _ = none.Complexity, () => _ = none.ClockStart,
            () => _ = none.WorkingDays, () => _ = none.OriginalDueDate, () => _ = none.DueDate, () => _ = none.DueAt,
            () => _ = none.IsProvisional, () => _ = none.ExtensionsUsed, () => _ = none.ExtendedByWorkingDays,
            () => none.IsOverdueAt(now), () => none.WarningAt(now), () => none.WorkingDaysRemainingAt(now),
            () => none.Extend(1), () => none.Extend(1, now), () => none.ToSnapshot(),
        }.Should().AllSatisfy(act => act.Should().Throw<InvalidOperationException>().WithMessage("*default value, not a deadline*"));
        none.ToString().Should().Be("(no deadline)");
        none.Should().Be(default(HandlingDeadline));
    }
}
