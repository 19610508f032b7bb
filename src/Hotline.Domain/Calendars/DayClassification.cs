using System;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>What a calendar says about one day: its kind, and the holiday and notice behind it where one applies.</summary>
/// <remarks>
/// Get one from <see cref="WorkingDayCalendar.Classify(LocalDate)"/>. A <see langword="default"/> value classifies no
/// day: every property throws <see cref="InvalidOperationException"/> (its <see cref="ToString"/> says so).
/// </remarks>
public readonly record struct DayClassification
{
    private readonly LocalDate _date;
    private readonly DayKind? _kind;
    private readonly HolidayName? _holiday;
    private readonly HolidayNotice? _notice;
    private readonly bool _isProvisional;

    internal DayClassification(LocalDate date, DayKind kind, HolidayName? holiday, HolidayNotice? notice, bool isProvisional)
    {
        _date = date;
        _kind = kind;
        _holiday = holiday;
        _notice = notice;
        _isProvisional = isProvisional;
    }

    /// <summary>The day.</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public LocalDate Date => Valid()._date;

    /// <summary>What the day is.</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public DayKind Kind => Valid()._kind!;

    /// <summary>The holiday the day belongs to, if any (also set on weekends inside a holiday run and on make-up days).</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public HolidayName? Holiday => Valid()._holiday;

    /// <summary>The notice that set the day, if any.</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public HolidayNotice? Notice => Valid()._notice;

    /// <summary>
    /// <see langword="true"/> when the day is outside the calendar's coverage and the caller asked for the
    /// weekday rule (<see cref="BeyondCoverage.AssumeWeekdays"/>): the answer may change when the notice is published.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public bool IsProvisional => Valid()._isProvisional;

    /// <summary>Whether the day is a working day.</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> value.</exception>
    public bool IsWorkingDay => Valid()._kind!.IsWorkingDay;

    /// <inheritdoc />
    public override string ToString() =>
        _kind is null
            ? "(no day: a default DayClassification)"
            : $"{_date:uuuu-MM-dd} {_kind.Name}{(_holiday is null ? string.Empty : " " + _holiday.Chinese)}{(_isProvisional ? " (provisional)" : string.Empty)}";

    private DayClassification Valid() =>
        _kind is null
            ? throw new InvalidOperationException("This DayClassification is a default value and classifies no day; get one from WorkingDayCalendar.Classify.")
            : this;
}
