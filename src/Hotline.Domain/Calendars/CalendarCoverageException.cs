using System;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// A calendar was asked about a day outside its coverage: it does not know that year's notice and will not guess.
/// The message ends with the advice that fits the call that raised it: for a calendar method, its
/// <see cref="BeyondCoverage"/> overload; for a handling policy, <c>AllowProvisionalDeadlines()</c>; in every case, a
/// calendar extended with the missing notice (<see cref="WorkingDayCalendarBuilder.ExtendCoverageTo"/>).
/// </summary>
public sealed class CalendarCoverageException : HotlineDomainException
{
    /// <summary>The advice for a direct calendar call.</summary>
    internal const string CalendarAdvice =
        "Use a date inside the coverage, a calendar extended with that year's notice (WorkingDayCalendarBuilder.ExtendCoverageTo with a CalendarLayer.ForNotice layer), " +
        "or the overload that takes BeyondCoverage.AssumeWeekdays for a provisional answer.";

    internal CalendarCoverageException(LocalDate date, DateInterval coverage, string what)
        : this(date, coverage, what, CalendarAdvice, null)
    {
    }

    internal CalendarCoverageException(LocalDate date, DateInterval coverage, string what, string advice, Exception? innerException)
        : base($"{what}: {date:uuuu-MM-dd} is outside the calendar's coverage {coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}. {advice}", innerException!)
    {
        Date = date;
        Coverage = coverage;
    }

    /// <summary>The first day involved that lies outside the coverage.</summary>
    public LocalDate Date { get; }

    /// <summary>The days the calendar covers.</summary>
    public DateInterval Coverage { get; }
}
