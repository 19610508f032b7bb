
namespace Hotline.Domain.Tests;

/// <summary>
/// Messages print an instant in the policy's zone wherever a local time exists, that is from the first to the last
/// supported instant inclusive; only beyond them (where the zone's offset would overflow) in UTC, marked Z.
/// </summary>
public class InstantRangeTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void The_first_and_last_supported_instants_are_printed_in_the_zone()
    {
        var earliest = Instant.MinValue + Duration.FromDays(2);
        var latest = Instant.MaxValue - Duration.FromDays(2);

        InstantRange.Earliest.Should().Be(earliest);
        InstantRange.Latest.Should().Be(latest);
        InstantRange.Describe(earliest, Shanghai).Should().Be(earliest.InZone(Shanghai).ToString("uuuu-MM-dd HH:mm:ss", null)).And.NotEndWith("Z");
        InstantRange.Describe(latest, Shanghai).Should().Be(latest.InZone(Shanghai).ToString("uuuu-MM-dd HH:mm:ss", null)).And.NotEndWith("Z");
    }

    [Fact]
    public void One_tick_beyond_either_end_is_printed_in_UTC_marked_Z()
    {
        InstantRange.Describe(InstantRange.Earliest - Duration.Epsilon, Shanghai).Should().Be("-9998-01-02 23:59:59Z");
        InstantRange.Describe(InstantRange.Latest + Duration.Epsilon, Shanghai).Should().Be("9999-12-30 00:00:00Z");
        InstantRange.Describe(Instant.MinValue, Shanghai).Should().Be("-9998-01-01 00:00:00Z");
        InstantRange.Describe(Instant.MaxValue, Shanghai).Should().Be("9999-12-31 23:59:59Z");
    }

    [Fact]
    public void The_supported_range_is_checked_inclusively_and_the_refusal_names_the_parameter_and_the_range()
    {
        InstantRange.EnsureSupported(InstantRange.Earliest, "at");
        InstantRange.EnsureSupported(InstantRange.Latest, "at");
        FluentActions.Invoking(() => InstantRange.EnsureSupported(InstantRange.Latest + Duration.Epsilon, "dueAt"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueAt")
            .WithMessage($"*is within two days of the ends of the instants NodaTime represents; a hotline moment lies between {InstantRange.Earliest} and {InstantRange.Latest}.*");
    }
}
