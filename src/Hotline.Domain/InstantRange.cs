using System;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain;

/// <summary>Checks and prints the instants a policy works with, safely at the ends of NodaTime's range.</summary>
internal static class InstantRange
{
    // Two days of margin: a local date is the instant plus an offset of at most 18 hours, and the end of a day is a
    // day later. Inside this range neither can overflow.
    private static readonly Duration Margin = Duration.FromDays(2);

    public static readonly Instant Earliest = Instant.MinValue + Margin;

    public static readonly Instant Latest = Instant.MaxValue - Margin;

    public static void EnsureSupported(Instant instant, string parameterName)
    {
        if (instant < Earliest || instant > Latest)
        {
            throw new ArgumentOutOfRangeException(
                parameterName, instant, $"{instant} is within two days of the ends of the instants NodaTime represents; a hotline moment lies between {Earliest} and {Latest}.");
        }
    }

    /// <summary>The instant in <paramref name="zone"/>, or in UTC (marked Z) where a local time would overflow.</summary>
    public static string Describe(Instant instant, DateTimeZone zone, string pattern = "uuuu-MM-dd HH:mm:ss")
    {
        if (instant < Earliest || instant > Latest)
        {
            return InstantPattern.CreateWithInvariantCulture(pattern + "'Z'").Format(instant);
        }

        return ZonedDateTimePattern.CreateWithInvariantCulture(pattern, null).Format(instant.InZone(zone));
    }
}
