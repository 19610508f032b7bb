using NodaTime;

namespace Hotline.Domain;

/// <summary>Forwards to <see cref="Preconditions"/> and <see cref="InstantText"/> until the Tickets room is converted.</summary>
internal static class InstantRange
{
    public static Instant Earliest => Preconditions.Earliest;

    public static Instant Latest => Preconditions.Latest;

    public static void EnsureSupported(Instant instant, string parameterName) => Preconditions.InRange(instant, parameterName);

    public static string Describe(Instant instant, DateTimeZone zone, string pattern = "uuuu-MM-dd HH:mm:ss") => InstantText.Describe(instant, zone, pattern);
}
