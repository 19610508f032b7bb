using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// A calendar was asked about a day outside its coverage: it does not know that year's notice and will not guess.
/// Pass <see cref="BeyondCoverage.AssumeWeekdays"/> to accept a provisional weekday-rule answer instead.
/// </summary>
public sealed class CalendarCoverageException : HotlineDomainException
{
    internal CalendarCoverageException(LocalDate date, DateInterval coverage, string what)
        : base($"{what}: {date:uuuu-MM-dd} is outside the calendar's coverage {coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}. " +
               $"Use a date inside the coverage, a calendar that covers it, or ask for a provisional answer ({nameof(BeyondCoverage)}.{nameof(BeyondCoverage.AssumeWeekdays)}).")
    {
        Date = date;
        Coverage = coverage;
    }

    /// <summary>The first day involved that lies outside the coverage.</summary>
    public LocalDate Date { get; }

    /// <summary>The days the calendar covers.</summary>
    public DateInterval Coverage { get; }
}
