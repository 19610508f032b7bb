using Hotline.Domain.Deadlines;
using NodaTime.Text;

namespace Hotline.Domain.Tests;

/// <summary>Moments written as Beijing local time: <c>Beijing("2026-09-30 16:00")</c>.</summary>
internal static class Moments
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    public static Instant Beijing(string local) =>
        Pattern.Parse(local.Length == 16 ? local + ":00" : local).GetValueOrThrow()
            .InZoneStrictly(HandlingPolicy.ChinaStandardTime).ToInstant();

    public static Instant Utc(string iso) => InstantPattern.ExtendedIso.Parse(iso).GetValueOrThrow();
}
