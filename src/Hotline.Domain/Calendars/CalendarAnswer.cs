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

    /// <inheritdoc />
    public override string ToString() => IsProvisional ? $"{Value} (provisional)" : $"{Value}";
}
