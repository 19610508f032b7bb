using System;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain;

/// <summary>
/// The argument checks of the whole library, in one place and one message style: each refusal names the parameter,
/// says what was wrong with the value and what is allowed. Built on <see cref="Guard"/>; null and blank checks not listed
/// here use <c>Guard.Against.Null</c> and <c>Guard.Against.NullOrWhiteSpace</c> directly.
/// </summary>
internal static class Preconditions
{
    /// <summary>
    /// The first instant any API accepts: 0001-01-01T00:00:00Z. With <see cref="Latest"/> this is the one instant range
    /// of the library. It is the ISO years 0001 through 9899 (UTC): a local date in any zone (offsets of at most
    /// ±18 hours) stays within NodaTime's dates, and a century is left above it for every forward computation, the
    /// longest being 1,000 working days plus ten extensions of 1,000 working days each (about 42 calendar years even
    /// when every weekday is assumed a working day), an urgent or dispatch limit of at most 30 days, and the end (24:00)
    /// of a due date. No computation inside the range can overflow.
    /// </summary>
    public static readonly Instant Earliest = Instant.FromUtc(1, 1, 1, 0, 0);

    /// <summary>The last instant any API accepts: 9899-12-31T23:59:59.999999999Z (see <see cref="Earliest"/>).</summary>
    public static readonly Instant Latest = Instant.FromUtc(9900, 1, 1, 0, 0) - Duration.Epsilon;

    /// <summary>
    /// The last date a caller may give as a due date (a statutory handling period's): 9899-12-30, whose end (24:00) lies
    /// inside <see cref="Earliest"/> … <see cref="Latest"/> in every zone.
    /// </summary>
    public static readonly LocalDate LastGivenDueDate = new(9899, 12, 30);

    /// <summary>Whether <paramref name="date"/> is an ISO date from 0001-01-02 to <see cref="LastGivenDueDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it may be given as a due date.</returns>
    public static bool IsGivenDueDate(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date >= new LocalDate(1, 1, 2) && date <= LastGivenDueDate;

    /// <summary>Refuses an instant outside <see cref="Earliest"/> … <see cref="Latest"/> (inclusive).</summary>
    /// <param name="value">The instant.</param>
    /// <param name="parameterName">The parameter it was passed as.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the range.</exception>
    public static Instant InRange(Instant value, string parameterName)
    {
        if (value < Earliest || value > Latest)
        {
            throw new ArgumentOutOfRangeException(
                parameterName, value, $"The instant {value} is outside the supported range; an instant must lie between {Earliest} and {Latest}.");
        }

        return value;
    }

    /// <summary>Refuses an id (unit id, staff id, ticket id) that is null, blank, or starts or ends with white space.</summary>
    /// <param name="value">The id.</param>
    /// <param name="parameterName">The parameter it was passed as.</param>
    /// <param name="what">What the id is, for the message ("unit id").</param>
    /// <returns><paramref name="value"/>.</returns>
    public static string Id(string value, string parameterName, string what)
    {
        Guard.Against.NullOrWhiteSpace(value, parameterName, $"A {what} must not be blank.");
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            throw new ArgumentException($"A {what} must not start or end with white space: '{value}'.", parameterName);
        }

        return value;
    }

    /// <summary>Refuses a free text (an answer, a reason) that is null or blank.</summary>
    /// <param name="value">The text.</param>
    /// <param name="parameterName">The parameter it was passed as.</param>
    /// <param name="what">What the text is, for the message ("answer").</param>
    /// <returns><paramref name="value"/>.</returns>
    public static string Text(string value, string parameterName, string what) =>
        Guard.Against.NullOrWhiteSpace(value, parameterName, $"The {what} must not be blank.");

    /// <summary>Refuses a value for which <paramref name="invalid"/> holds, with an <see cref="ArgumentOutOfRangeException"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="invalid">Whether the value is out of range.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter it was passed as.</param>
    /// <param name="message">What was wrong and what is allowed.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T OutOfRange<T>(bool invalid, T value, string parameterName, string message) =>
        invalid ? throw new ArgumentOutOfRangeException(parameterName, value, message) : value;

    /// <summary>Refuses an argument for which <paramref name="invalid"/> holds, with an <see cref="ArgumentException"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="invalid">Whether the argument is invalid.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter it was passed as.</param>
    /// <param name="message">What was wrong and what is allowed.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T Argument<T>(bool invalid, T value, string parameterName, string message) =>
        invalid ? throw new ArgumentException(message, parameterName) : value;
}

/// <summary>Prints the instants the library reports in its messages.</summary>
internal static class InstantText
{
    /// <summary>The instant in <paramref name="zone"/>, or in UTC (marked Z) outside <see cref="Preconditions.Earliest"/> … <see cref="Preconditions.Latest"/>.</summary>
    public static string Describe(Instant instant, DateTimeZone zone, string pattern = "uuuu-MM-dd HH:mm:ss")
    {
        if (instant < Preconditions.Earliest || instant > Preconditions.Latest)
        {
            return InstantPattern.CreateWithInvariantCulture(pattern + "'Z'").Format(instant);
        }

        return ZonedDateTimePattern.CreateWithInvariantCulture(pattern, null).Format(instant.InZone(zone));
    }
}
