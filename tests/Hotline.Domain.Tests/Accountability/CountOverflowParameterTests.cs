using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// A sum of counts that would exceed <see cref="int.MaxValue"/> is an argument error naming the parameter the method
/// really has: the operand added (<c>right</c> of <c>+</c>, <c>other</c> of <c>Add</c> and <c>Combine</c>), or the
/// lines of <see cref="Assessment.FromUnits"/> (<c>units</c>).
/// </summary>
public class CountOverflowParameterTests
{
    private static readonly UnitId Housing = new("住建局");
    private static readonly UnitId Transport = new("交通局");

    private static UnitAssessment Dispatched(UnitId unit, int count) => UnitAssessment.FromCounts(unit, count, 0, 0, 0, 0, 0, 0, 0, 0);

    [Fact]
    public void Rates_whose_counts_overflow_name_the_operand()
    {
        var full = new Rate(int.MaxValue, int.MaxValue);
        var one = new Rate(1, 1);

        FluentActions.Invoking(() => full + one).Should().Throw<ArgumentException>().WithParameterName("right").WithMessage("*numerator*exceeds*");
        FluentActions.Invoking(() => full.Add(one)).Should().Throw<ArgumentException>().WithParameterName("other").WithMessage("*numerator*exceeds*");
        FluentActions.Invoking(() => new Rate(0, int.MaxValue).Add(new Rate(0, 1))).Should().Throw<ArgumentException>().WithParameterName("other").WithMessage("*denominator*exceeds*");
    }

    [Fact]
    public void Unit_assessments_whose_counts_overflow_name_other()
    {
        FluentActions.Invoking(() => Dispatched(Housing, int.MaxValue).Combine(Dispatched(Housing, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("other").WithMessage("The combined dispatched count (2147483648) exceeds 2147483647*");
    }

    [Fact]
    public void Assessments_whose_counts_overflow_name_other_when_combined_and_units_when_rebuilt()
    {
        var period = NovemberTickets.November;
        var asOf = NovemberTickets.AsOf;
        var full = Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [Dispatched(Housing, int.MaxValue)]);
        var one = Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [Dispatched(Housing, 1)]);

        full.Invoking(a => a.Combine(one)).Should().Throw<ArgumentException>().WithParameterName("other").WithMessage("*exceeds*");
        FluentActions.Invoking(() => Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [Dispatched(Housing, int.MaxValue), Dispatched(Housing, 1)]))
            .Should().Throw<ArgumentException>().WithParameterName("units")
            .WithMessage("The combined dispatched count (2147483648) exceeds 2147483647; assess fewer tickets at once. (Parameter 'units')", "the lines' own sum is reported once, naming units, not the other of the combine inside");
        FluentActions.Invoking(() => Assessment.FromUnits(period, asOf, AssessmentOptions.Default, [Dispatched(Housing, int.MaxValue), Dispatched(Transport, 1)]))
            .Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*exceeds*");
    }
}
