using System;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Accountability;

/// <summary>The checks and conversions shared by the review and the assessment.</summary>
internal static class Lateness
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static Instant Check(Instant asOf, string parameterName) => Preconditions.InRange(asOf, parameterName);

    /// <summary>Working days after <paramref name="dueDate"/> up to and including the local date of <paramref name="at"/>, never negative, on the policy's calendar.</summary>
    public static int WorkingDaysPast(HandlingPolicy policy, LocalDate dueDate, Instant at)
    {
        var date = policy.LocalDateOf(at);

        // Under BeyondCoverage.Reject the strict overload: faster, and beyond the coverage its CalendarCoverageException names
        // the day counted to (the as-of day), where the lenient one would name the day after the coverage.
        var days = policy.BeyondCoverage == Calendars.BeyondCoverage.Reject
            ? policy.Calendar.WorkingDaysBetween(dueDate, date)
            : policy.Calendar.WorkingDaysBetween(dueDate, date, policy.BeyondCoverage).Value;
        return Math.Max(0, days);
    }

    /// <summary>"uuuu-MM-dd HH:mm" in the policy's zone, formatted by hand: a review of 100,000 tickets formats hundreds of thousands of them.</summary>
    public static string Local(HandlingPolicy policy, Instant at)
    {
        var local = at.InZone(policy.Zone).LocalDateTime;

        // Stryker disable once all : equivalent, the pattern and the hand formatting below print years 1-9999 alike, and tickets
        // hold no instant outside them (Ticket.Rehydrate refuses such histories): only the speed differs.
        if (local.Year < 1000 || local.Year > 9999)
        {
            return Minutes.Format(local);
        }

        var chars = new char[16];
        Digits(chars, 0, local.Year, 4);
        chars[4] = '-';
        Digits(chars, 5, local.Month, 2);
        chars[7] = '-';
        Digits(chars, 8, local.Day, 2);
        chars[10] = ' ';
        Digits(chars, 11, local.Hour, 2);
        chars[13] = ':';
        Digits(chars, 14, local.Minute, 2);
        return new string(chars);
    }

    public static string Local(LocalDate date)
    {
        // Stryker disable once all : equivalent, the pattern and the hand formatting below print ISO years 1-9999 alike, and due
        // dates are ISO dates within them (Ticket.Rehydrate refuses other histories): only the speed differs.
        if (date.Year < 1000 || date.Year > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            return LocalDatePattern.Iso.Format(date);
        }

        var chars = new char[10];
        Digits(chars, 0, date.Year, 4);
        chars[4] = '-';
        Digits(chars, 5, date.Month, 2);
        chars[7] = '-';
        Digits(chars, 8, date.Day, 2);
        return new string(chars);
    }

    private static void Digits(char[] into, int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>The unit's id, reusing the ticket's own instance when it is the same unit (most tickets).</summary>
    public static UnitId UnitOf(Ticket ticket, string unit) =>
        ticket.ResponsibleUnit is { } current && string.Equals(current.Value, unit, StringComparison.Ordinal) ? current : UnitId.Trusted(unit);
}
