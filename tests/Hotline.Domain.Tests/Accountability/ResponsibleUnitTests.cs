using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

public class ResponsibleUnitTests
{
    private static readonly UnitId Water = new("水务局");

    private static DutyRoster Weekdays() =>
        new(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .Select(d => new DutyAssignment(d, "sw-01")));

    [Fact]
    public void A_unit_with_the_four_ones_and_a_full_week_roster_is_complete()
    {
        var roster = new DutyRoster(Enumerable.Range(1, 7).Select(d => new DutyAssignment((IsoDayOfWeek)d, d <= 5 ? "sw-01" : "sw-02")));
        var unit = new ResponsibleUnit(Water, "市水务局", "0917-3211111", "PC-SW-01", "sw-01", "sw-leader", roster);

        unit.Missing().Should().BeEmpty();
        unit.IsComplete.Should().BeTrue();
        roster.OnDuty(IsoDayOfWeek.Saturday).Should().Equal("sw-02");
        roster.UncoveredDays().Should().BeEmpty();
    }

    [Fact]
    public void Missing_lists_each_absent_item_in_order()
    {
        new ResponsibleUnit(Water, "市水务局", null, null, null, null, null).Missing().Should().Equal(
            FourOnesItem.Telephone, FourOnesItem.Computer, FourOnesItem.Handler, FourOnesItem.PersonInCharge, FourOnesItem.DutyRoster);
        new ResponsibleUnit(Water, "市水务局", "0917-3211111", null, "sw-01", "sw-leader", null).Missing().Should().Equal(
            FourOnesItem.Computer, FourOnesItem.DutyRoster);
    }

    [Fact]
    public void A_roster_that_leaves_the_weekend_uncovered_counts_as_missing_and_the_finding_says_which_days()
    {
        var unit = new ResponsibleUnit(Water, "市水务局", "0917-3211111", "PC-SW-01", "sw-01", "sw-leader", Weekdays());

        unit.Missing().Should().Equal(FourOnesItem.DutyRoster);
        unit.DutyRoster!.UncoveredDays().Should().Equal(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday);

        var finding = AccountabilityReview.Review([], [unit], Instant.FromUtc(2026, 12, 1, 1, 0), EscalationLadder.Default).Single();
        finding.Should().Be(new Finding(
            AccountabilityRule.MissingFourOnes,
            Water,
            null,
            [new FindingFact(FactKind.AsOf, Instant.FromUtc(2026, 12, 1, 1, 0))],
            null,
            Measure.Rectification,
            ["\"四个一\"缺失: 市水务局 lacks 值班制度 (DutyRoster).", "Its duty roster leaves Saturday, Sunday uncovered.", "限期整改 (Rectification)."]));
    }

    [Fact]
    public void Blank_or_padded_contacts_and_bad_days_are_argument_errors()
    {
        FluentActions.Invoking(() => new ResponsibleUnit(Water, "市水务局", " ", null, null, null, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ResponsibleUnit(Water, "市水务局", "0917 ", null, null, null, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ResponsibleUnit(Water, "", null, null, null, null, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ResponsibleUnit(null!, "市水务局", null, null, null, null, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DutyAssignment(IsoDayOfWeek.None, "sw-01")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DutyAssignment((IsoDayOfWeek)8, "sw-01")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DutyRoster([null!])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DutyRoster(null!)).Should().Throw<ArgumentException>();
    }
}
