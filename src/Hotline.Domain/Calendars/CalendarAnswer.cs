using System;
using System.Globalization;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>An answer from a calendar that says whether it relied on the weekday rule beyond the calendar's coverage.</summary>
/// <typeparam name="T">The answer's type (a date, a count).</typeparam>
public readonly record struct CalendarAnswer<T>
{
    internal CalendarAnswer(T value, bool isProvisional)
    {
        Value = value;
        IsProvisional = isProvisional;
    }

    /// <summary>The answer.</summary>
    public T Value { get; }

    /// <summary>
    /// <see langword="true"/> when some day involved lies outside the calendar's coverage and was assumed to follow
    /// the weekday rule: recompute once the notice for that year is published.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>The answer (a date as <c>uuuu-MM-dd</c>, culture-invariant), followed by <c>(provisional)</c> when it is.</summary>
    /// <returns>For example <c>2027-01-06 (provisional)</c>.</returns>
    public override string ToString()
    {
        var value = Value is LocalDate date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : Convert.ToString(Value, CultureInfo.InvariantCulture);
        // Stryker disable once NullCoalescing : equivalent, Convert.ToString gives "" for null, so value is never null here.
        return IsProvisional ? $"{value} (provisional)" : value ?? string.Empty;
    }
}
