
namespace Hotline.Domain.Tests;

/// <summary>
/// The one instant range of the library, 0001-01-01T00:00Z through 9899-12-31T23:59:59.999999999Z, checked inclusively;
/// messages print an instant in the zone inside it and in UTC (marked Z) beyond it.
/// </summary>
public class PreconditionsTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void The_range_is_the_years_0001_to_9899_in_UTC()
    {
        Preconditions.Earliest.Should().Be(Instant.FromUtc(1, 1, 1, 0, 0));
        Preconditions.Latest.Should().Be(Instant.FromUtc(9900, 1, 1, 0, 0) - Duration.Epsilon);
    }

    [Fact]
    public void The_range_is_checked_inclusively_and_the_refusal_names_the_parameter_and_the_range()
    {
        Preconditions.InRange(Preconditions.Earliest, "at").Should().Be(Preconditions.Earliest);
        Preconditions.InRange(Preconditions.Latest, "at").Should().Be(Preconditions.Latest);
        FluentActions.Invoking(() => Preconditions.InRange(Preconditions.Earliest - Duration.Epsilon, "at"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
        FluentActions.Invoking(() => Preconditions.InRange(Preconditions.Latest + Duration.Epsilon, "dueAt"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueAt")
            .WithMessage($"The instant 9900-01-01T00:00:00Z is outside the supported range; an instant must lie between {Preconditions.Earliest} and {Preconditions.Latest}.*");
    }

    [Fact]
    public void The_first_and_last_instants_are_printed_in_the_zone_and_beyond_them_in_UTC_marked_Z()
    {
        InstantText.Describe(Preconditions.Earliest, Shanghai).Should().Be("0001-01-01 08:05:43");
        InstantText.Describe(Preconditions.Latest, Shanghai).Should().Be("9900-01-01 07:59:59");
        InstantText.Describe(Preconditions.Earliest - Duration.Epsilon, Shanghai).Should().Be("0000-12-31 23:59:59Z");
        InstantText.Describe(Preconditions.Latest + Duration.Epsilon, Shanghai).Should().Be("9900-01-01 00:00:00Z");
        InstantText.Describe(Instant.MinValue, Shanghai).Should().Be("-9998-01-01 00:00:00Z");
        InstantText.Describe(Instant.MaxValue, Shanghai).Should().Be("9999-12-31 23:59:59Z");
    }

    [Fact]
    public void Ids_must_not_be_blank_or_padded_and_texts_not_blank()
    {
        Preconditions.Id("住建局", "value", "unit id").Should().Be("住建局");
        FluentActions.Invoking(() => Preconditions.Id(" 住建局", "value", "unit id")).Should().Throw<ArgumentException>().WithParameterName("value")
            .WithMessage("A unit id must not start or end with white space: ' 住建局'.*");
        FluentActions.Invoking(() => Preconditions.Id(" ", "value", "unit id")).Should().Throw<ArgumentException>().WithMessage("A unit id must not be blank.*");
        Preconditions.Text(" 已处理 ", "answer", "answer").Should().Be(" 已处理 ");
        FluentActions.Invoking(() => Preconditions.Text(" ", "answer", "answer")).Should().Throw<ArgumentException>().WithParameterName("answer").WithMessage("The answer must not be blank.*");
    }
}
