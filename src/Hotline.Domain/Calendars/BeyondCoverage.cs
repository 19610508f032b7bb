namespace Hotline.Domain.Calendars;

/// <summary>What a calendar does with a day outside its coverage (a year whose notice is not known to it).</summary>
public enum BeyondCoverage
{
    /// <summary>Throw <see cref="CalendarCoverageException"/>: never guess. This is the default everywhere.</summary>
    Reject = 0,

    /// <summary>
    /// Answer by the weekday rule (Monday–Friday work, Saturday–Sunday rest) and mark the answer provisional.
    /// For deadlines that cross into a year whose notice is not out yet.
    /// </summary>
    AssumeWeekdays = 1,
}
