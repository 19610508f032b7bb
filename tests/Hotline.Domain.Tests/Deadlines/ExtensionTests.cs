using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

public class ExtensionTests
{
    private static readonly HandlingDeadline EspeciallyComplexComplaint =
        HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00"));

    [Fact]
    public void An_especially_complex_order_may_be_extended_once_by_five_working_days_counted_from_the_original_due_date()
    {
        EspeciallyComplexComplaint.DueDate.Should().Be(D("2026-10-20"));

        var extended = EspeciallyComplexComplaint.Extend(5);

        extended.DueDate.Should().Be(D("2026-10-27"));
        extended.OriginalDueDate.Should().Be(D("2026-10-20"));
        extended.DueAt.Should().Be(Beijing("2026-10-28 00:00"));
        extended.ExtensionsUsed.Should().Be(1);
        extended.ExtendedByWorkingDays.Should().Be(5);
        EspeciallyComplexComplaint.DueDate.Should().Be(D("2026-10-20"), "a deadline is a value: extending returns a new one");
    }

    [Fact]
    public void A_second_extension_is_refused()
    {
        var once = EspeciallyComplexComplaint.Extend(2);
        var act = () => once.Extend(2);
        act.Should().Throw<ExtensionRefusedException>().WithMessage("*already extended 1 time*allows 1*");
    }

    [Theory]
    [InlineData(6)]
    [InlineData(0)]
    [InlineData(-1)]
    public void More_than_five_working_days_or_none_is_refused(int days)
    {
        var act = () => EspeciallyComplexComplaint.Extend(days);
        act.Should().Throw<ExtensionRefusedException>().WithMessage($"*{days} working days*1 to 5*");
    }

    [Fact]
    public void Orders_that_are_not_especially_complex_may_not_be_extended()
    {
        var general = HandlingPolicy.Baoji2019.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-09-30 16:00"));
        var act = () => general.Extend(1);
        act.Should().Throw<ExtensionRefusedException>().WithMessage("*一般*");
    }

    [Fact]
    public void An_extension_must_be_requested_before_the_deadline()
    {
        EspeciallyComplexComplaint.Extend(3, Beijing("2026-10-20 23:59:59")).DueDate.Should().Be(D("2026-10-23"));
        var late = () => EspeciallyComplexComplaint.Extend(3, Beijing("2026-10-21 00:00"));
        late.Should().Throw<ExtensionRefusedException>().WithMessage("*before the deadline*");
    }

    [Fact]
    public void A_default_deadline_says_where_real_ones_come_from()
    {
        var act = () => default(HandlingDeadline).Extend(1);
        act.Should().Throw<InvalidOperationException>().WithMessage("*HandlingPolicy.DeadlineFor*");
        default(HandlingDeadline).ToString().Should().Be("(no deadline)");
    }
}
