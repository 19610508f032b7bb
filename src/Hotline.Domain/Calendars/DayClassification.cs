using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>What a calendar says about one day: its kind, and the holiday and notice behind it where one applies.</summary>
public readonly record struct DayClassification
{
    internal DayClassification(LocalDate date, DayKind kind, HolidayName? holiday, HolidayNotice? notice, bool isProvisional)
    {
        Date = date;
        Kind = kind;
        Holiday = holiday;
        Notice = notice;
        IsProvisional = isProvisional;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>What the day is.</summary>
    public DayKind Kind { get; }

    /// <summary>The holiday the day belongs to, if any (also set on weekends inside a holiday run and on make-up days).</summary>
    public HolidayName? Holiday { get; }

    /// <summary>The notice that set the day, if any.</summary>
    public HolidayNotice? Notice { get; }

    /// <summary>
    /// <see langword="true"/> when the day is outside the calendar's coverage and the caller asked for the
    /// weekday rule (<see cref="BeyondCoverage.AssumeWeekdays"/>): the answer may change when the notice is published.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorkingDay => Kind.IsWorkingDay;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Date:uuuu-MM-dd} {Kind.Name}{(Holiday is null ? string.Empty : " " + Holiday.Chinese)}{(IsProvisional ? " (provisional)" : string.Empty)}";
}
