using System;
using Hotline.Domain.Tickets;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Accountability;

/// <summary>The checks and conversions shared by the review and the assessment.</summary>
internal static class Lateness
{
    // Local dates of instants outside this range overflow NodaTime's calendar in some zone; no hotline needs them.
    private static readonly Instant Earliest = Instant.FromUtc(1, 1, 2, 0, 0);
    private static readonly Instant Latest = Instant.FromUtc(9999, 12, 30, 0, 0);
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static Instant Check(Instant asOf, string parameterName)
    {
        if (asOf < Earliest || asOf > Latest)
        {
            throw new ArgumentOutOfRangeException(parameterName, asOf, "The as-of instant must lie between 0001-01-02 and 9999-12-30 (UTC).");
        }

        return asOf;
    }

    /// <summary>Working days after <paramref name="dueDate"/> up to and including the local date of <paramref name="at"/>, never negative, on the policy's calendar.</summary>
    public static int WorkingDaysPast(HandlingPolicy policy, LocalDate dueDate, Instant at)
    {
        var date = policy.LocalDateOf(at);
        var days = policy.BeyondCoverage == Calendars.BeyondCoverage.Reject
            ? policy.Calendar.WorkingDaysBetween(dueDate, date)
            : policy.Calendar.WorkingDaysBetween(dueDate, date, policy.BeyondCoverage).Value;
        return Math.Max(0, days);
    }

    public static string Local(HandlingPolicy policy, Instant at) =>
        Minutes.Format(at.InZone(policy.Zone).LocalDateTime);

    public static string Local(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The unit's id, reusing the ticket's own instance when it is the same unit (most tickets).</summary>
    public static UnitId UnitOf(Ticket ticket, string unit) =>
        ticket.ResponsibleUnit is { } current && string.Equals(current.Value, unit, StringComparison.Ordinal) ? current : UnitId.Trusted(unit);
}
