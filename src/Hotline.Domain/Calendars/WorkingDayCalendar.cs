using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Calendars;

/// <summary>
/// An immutable, thread-safe working-day calendar over an explicit <see cref="Coverage"/>: which days are working
/// days, and working-day arithmetic in constant time whatever the distance.
/// </summary>
/// <remarks>
/// <para>
/// Days inside the coverage follow the calendar's entries (holidays, 调休 days off, 补班 make-up days) and otherwise
/// the weekday rule (Monday–Friday work). Outside the coverage the calendar does not know the notices, so every
/// operation throws <see cref="CalendarCoverageException"/> unless the caller passes
/// <see cref="BeyondCoverage.AssumeWeekdays"/>, in which case the answer says it is provisional.
/// </para>
/// <para>
/// The calendar keeps, once per calendar, the number of working days before each covered day (a prefix count)
/// and the list of working days (for select), so <see cref="AddWorkingDays(LocalDate, int)"/>,
/// <see cref="WorkingDaysBetween(LocalDate, LocalDate)"/> and <see cref="IsWorkingDay(LocalDate)"/> are a few
/// array reads each, with no allocation.
/// </para>
/// </remarks>
public sealed partial class WorkingDayCalendar
{
    private readonly int _firstEpochDay;
    private readonly int _dayCount;
    private readonly int[] _workingDaysBefore;
    private readonly LocalDate[] _workingDays;
    private readonly long _weekdaysBeforeCoverage;
    private readonly long _weekdaysBeforeCoverageEnd;
    private readonly Dictionary<LocalDate, CalendarEntry> _entries;

    internal WorkingDayCalendar(string name, DateInterval coverage, IReadOnlyDictionary<LocalDate, CalendarEntry> entries)
    {
        Name = name;
        Coverage = coverage;
        _entries = new Dictionary<LocalDate, CalendarEntry>(entries.Count);
        foreach (var pair in entries)
        {
            _entries.Add(pair.Key, pair.Value);
        }

        _firstEpochDay = IsoDates.EpochDay(coverage.Start);
        _dayCount = coverage.Length;
        _workingDaysBefore = new int[_dayCount + 1];
        var working = new List<LocalDate>(_dayCount);
        var date = coverage.Start;
        for (var i = 0; i < _dayCount; i++)
        {
            // Step by a day only between covered days: a coverage may end on LocalDate.MaxIsoValue.
            if (i > 0)
            {
                date = date.PlusDays(1);
            }

            var isWorking = _entries.TryGetValue(date, out var entry) ? entry.IsWorkingDay : !IsoDates.IsWeekend(date);
            if (isWorking)
            {
                working.Add(date);
            }

            _workingDaysBefore[i + 1] = working.Count;
        }

        _workingDays = working.ToArray();
        _weekdaysBeforeCoverage = IsoDates.WeekdayCount(_firstEpochDay);
        _weekdaysBeforeCoverageEnd = IsoDates.WeekdayCount(_firstEpochDay + _dayCount);
        Entries = Array.AsReadOnly(_entries.Values.OrderBy(e => e.Date).ToArray());

        NextWorkingDayAdjuster = NextWorkingDay;
        NextOrSameWorkingDayAdjuster = NextOrSameWorkingDay;
        PreviousWorkingDayAdjuster = PreviousWorkingDay;
        PreviousOrSameWorkingDayAdjuster = PreviousOrSameWorkingDay;
    }

    /// <summary>The calendar's name (for example <c>China (mainland)</c>, or a layer's name).</summary>
    public string Name { get; }

    /// <summary>The days this calendar knows. Nothing outside it is answered without the caller's opt-in.</summary>
    public DateInterval Coverage { get; }

    /// <summary>Every day the calendar sets explicitly (holidays, 调休 days off, make-up days, layer entries), by date (a read-only view).</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>The number of working days in the whole coverage.</summary>
    public int WorkingDayCount => _workingDays.Length;

    /// <summary>An adjuster for <see cref="LocalDate.With(Func{LocalDate, LocalDate})"/>: <see cref="NextWorkingDay"/>.</summary>
    public Func<LocalDate, LocalDate> NextWorkingDayAdjuster { get; }

    /// <summary>An adjuster for <see cref="LocalDate.With(Func{LocalDate, LocalDate})"/>: <see cref="NextOrSameWorkingDay"/>.</summary>
    public Func<LocalDate, LocalDate> NextOrSameWorkingDayAdjuster { get; }

    /// <summary>An adjuster for <see cref="LocalDate.With(Func{LocalDate, LocalDate})"/>: <see cref="PreviousWorkingDay"/>.</summary>
    public Func<LocalDate, LocalDate> PreviousWorkingDayAdjuster { get; }

    /// <summary>An adjuster for <see cref="LocalDate.With(Func{LocalDate, LocalDate})"/>: <see cref="PreviousOrSameWorkingDay"/>.</summary>
    public Func<LocalDate, LocalDate> PreviousOrSameWorkingDayAdjuster { get; }

    /// <summary>Starts a builder from an existing calendar: its name, its coverage and all its days.</summary>
    /// <param name="baseCalendar">The calendar to derive from (for example <see cref="ChinaCalendars.Mainland"/>).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseCalendar"/> is <see langword="null"/>.</exception>
    public static WorkingDayCalendarBuilder CreateBuilder(WorkingDayCalendar baseCalendar) => WorkingDayCalendarBuilder.DerivedFrom(baseCalendar);

    /// <summary>
    /// Builds a calendar from your own data: the weekday rule over <paramref name="coverage"/>, with
    /// <paramref name="entries"/> (for example your organisation's transcription of the notices) on top.
    /// </summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="coverage">The days the calendar answers for.</param>
    /// <param name="entries">The days that differ from the weekday rule, or that carry a holiday name.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CalendarEntryException">Two entries for the same day contradict each other.</exception>
    /// <exception cref="CalendarCoverageException">An entry lies outside <paramref name="coverage"/>.</exception>
    public static WorkingDayCalendar FromEntries(string name, DateInterval coverage, IEnumerable<CalendarEntry> entries) =>
        WorkingDayCalendarBuilder.WeekdaysOnly(name, coverage).AddLayer(CalendarLayer.Create(name, entries)).Build();

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <returns><see langword="true"/> for workdays and make-up working days.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the coverage.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var offset = OffsetInCoverage(date, "Is it a working day");
        return _workingDaysBefore[offset + 1] != _workingDaysBefore[offset];
    }

    /// <summary>Whether <paramref name="date"/> is a working day, by the weekday rule when it lies outside the coverage.</summary>
    /// <param name="date">Any ISO day.</param>
    /// <param name="beyond">What to do outside the coverage.</param>
    /// <returns>The answer, marked provisional when the weekday rule was assumed.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date, or <paramref name="beyond"/> is not a defined value.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the coverage and <paramref name="beyond"/> is <see cref="BeyondCoverage.Reject"/>.</exception>
    public CalendarAnswer<bool> IsWorkingDay(LocalDate date, BeyondCoverage beyond)
    {
        EnsureDefined(beyond);
        var x = EpochDayOf(date, nameof(date));
        var provisional = RequireOrAllow(x, x, date, beyond, "Is it a working day");
        return new CalendarAnswer<bool>(IsWorkingEpochDay(x), provisional);
    }

    /// <summary>Classifies <paramref name="date"/>: its <see cref="DayKind"/>, holiday and notice.</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the coverage.</exception>
    public DayClassification Classify(LocalDate date) => Classify(date, BeyondCoverage.Reject);

    /// <summary>Classifies <paramref name="date"/>, by the weekday rule (and marked provisional) outside the coverage if the caller allows it.</summary>
    /// <param name="date">Any ISO day.</param>
    /// <param name="beyond">What to do outside the coverage.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date, or <paramref name="beyond"/> is not a defined value.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the coverage and <paramref name="beyond"/> is <see cref="BeyondCoverage.Reject"/>.</exception>
    public DayClassification Classify(LocalDate date, BeyondCoverage beyond)
    {
        EnsureDefined(beyond);
        var x = EpochDayOf(date, nameof(date));
        var provisional = RequireOrAllow(x, x, date, beyond, "Classify the day");
        if (!provisional && _entries.TryGetValue(date, out var entry))
        {
            return new DayClassification(date, entry.Kind, entry.Holiday, entry.Notice, isProvisional: false);
        }

        return new DayClassification(date, IsoDates.IsWeekend(date) ? DayKind.Weekend : DayKind.Workday, null, null, provisional);
    }

    /// <summary>
    /// Moves by working days. For <paramref name="days"/> &gt; 0, the <paramref name="days"/>-th working day strictly
    /// after <paramref name="start"/>; for <paramref name="days"/> &lt; 0, the |<paramref name="days"/>|-th working day
    /// strictly before it; for 0, <paramref name="start"/> itself when it is a working day, else the next working day.
    /// </summary>
    /// <remarks>
    /// This is QuantLib's <c>advance</c> and chinese-days' <c>findWorkday</c>: counting starts from
    /// <paramref name="start"/> as it is. numpy's <c>busday_offset</c> (roll='forward') first rolls a day off to the
    /// next working day and then counts, so from Saturday 2026-10-03 (National Day) + 1 it gives 2026-10-09, while this
    /// method gives 2026-10-08, the first working day after the holiday.
    /// </remarks>
    /// <param name="start">A day inside <see cref="Coverage"/>.</param>
    /// <param name="days">How many working days to move; negative moves back.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The coverage reaches the end of NodaTime's range and the result would lie beyond it.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="start"/> or the result is outside the coverage.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int days) => AddWorkingDays(start, days, nameof(start));

    /// <summary>
    /// <see cref="AddWorkingDays(LocalDate, int)"/> without throwing for the coverage (a non-ISO date still throws):
    /// the hot path of every deadline, free of exception handling.
    /// </summary>
    internal bool TryAddWorkingDays(LocalDate start, int days, out LocalDate result, string parameterName = "start")
    {
        if (start.Calendar != CalendarSystem.Iso)
        {
            IsoDates.EnsureIso(start, parameterName);
        }

        result = start;
        var offset = IsoDates.EpochDay(start) - _firstEpochDay;
        if ((uint)offset >= (uint)_dayCount)
        {
            return false;
        }

        // In long: int.MaxValue working days must reach "outside the coverage", not wrap around.
        long index;
        if (days > 0)
        {
            index = _workingDaysBefore[offset + 1] + (long)days - 1;
        }
        else if (days < 0)
        {
            index = _workingDaysBefore[offset] + (long)days;
        }
        // Equivalent mutant left to Stryker (Equality, days <= 0 above): at days == 0 the line above gives the same index,
        // the next-or-same working day, that the general lookup below reaches; this branch is only a shortcut.
        else
        {
            index = _workingDaysBefore[offset];
            if (_workingDaysBefore[offset + 1] != index)
            {
                return true;
            }
        }

        if ((ulong)index >= (ulong)_workingDays.Length)
        {
            return false;
        }

        result = _workingDays[index];
        return true;
    }

    /// <summary>
    /// <see cref="AddWorkingDays(LocalDate, int)"/>, answering by the weekday rule (and marked provisional) beyond the coverage if the caller allows it.
    /// </summary>
    /// <param name="start">Any ISO day.</param>
    /// <param name="days">How many working days to move; negative moves back.</param>
    /// <param name="beyond">What to do outside the coverage.</param>
    /// <returns>The working day reached, and whether the answer is provisional.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not an ISO date, or <paramref name="beyond"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result would lie outside the dates NodaTime can represent (years −9998 to 9999).</exception>
    /// <exception cref="CalendarCoverageException">A day involved is outside the coverage and <paramref name="beyond"/> is <see cref="BeyondCoverage.Reject"/>.</exception>
    public CalendarAnswer<LocalDate> AddWorkingDays(LocalDate start, int days, BeyondCoverage beyond)
    {
        EnsureDefined(beyond);
        var x = EpochDayOf(start, nameof(start));
        long index = days > 0 ? RankBefore(x + 1) + days - 1 : RankBefore(x) + days;
        // Stryker disable once Conditional : a shortcut, equivalent when false (the working day x has rank index); "true" is killed.
        var target = days == 0 && IsWorkingEpochDay(x) ? x : SelectEpochDay(index);
        if (target < IsoDates.MinEpochDay || target > IsoDates.MaxEpochDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days), days, $"Adding {days} working days to {start:uuuu-MM-dd} reaches beyond the dates NodaTime can represent ({LocalDate.MinIsoValue:uuuu-MM-dd} to {LocalDate.MaxIsoValue:uuuu-MM-dd}).");
        }

        var provisional = RequireOrAllow(Math.Min(x, target), Math.Max(x, target), start, beyond, $"Add {days} working days to {start:uuuu-MM-dd}");

        // Stryker disable once Conditional : a shortcut, equivalent when false (target = x is start's own day); "true" is killed.
        return new CalendarAnswer<LocalDate>(target == x ? start : IsoDates.FromEpochDay((int)target), provisional);
    }

    /// <summary>
    /// The signed number of working days from <paramref name="start"/> to <paramref name="end"/>: the working days in
    /// (start, end] when end ≥ start, and minus the working days in [end, start) when end &lt; start, so that
    /// <c>AddWorkingDays(start, WorkingDaysBetween(start, end)) == end</c> whenever <paramref name="end"/> is a working day.
    /// </summary>
    /// <param name="start">A day inside <see cref="Coverage"/>.</param>
    /// <param name="end">A day inside <see cref="Coverage"/>.</param>
    /// <returns>The signed count.</returns>
    /// <exception cref="CalendarCoverageException">Either day is outside the coverage.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var a = OffsetInCoverage(start, "Count working days between");
        var b = OffsetInCoverage(end, "Count working days between");

        // Stryker disable once Equality : equivalent at b = a, where both branches count nothing (b > a); b < a is killed.
        return b >= a
            ? _workingDaysBefore[b + 1] - _workingDaysBefore[a + 1]
            : _workingDaysBefore[b] - _workingDaysBefore[a];
    }

    /// <summary><see cref="WorkingDaysBetween(LocalDate, LocalDate)"/>, by the weekday rule (and provisional) beyond the coverage if allowed.</summary>
    /// <param name="start">Any ISO day.</param>
    /// <param name="end">Any ISO day.</param>
    /// <param name="beyond">What to do outside the coverage.</param>
    /// <returns>The signed count and whether it is provisional.</returns>
    /// <exception cref="ArgumentException">A day is not an ISO date, or <paramref name="beyond"/> is not a defined value.</exception>
    /// <exception cref="CalendarCoverageException">A day involved is outside the coverage and <paramref name="beyond"/> is <see cref="BeyondCoverage.Reject"/>.</exception>
    public CalendarAnswer<int> WorkingDaysBetween(LocalDate start, LocalDate end, BeyondCoverage beyond)
    {
        EnsureDefined(beyond);
        var a = EpochDayOf(start, nameof(start));
        var b = EpochDayOf(end, nameof(end));

        // Stryker disable once Equality : equivalent at a = b, where start and end are the same day (a <= b); a > b is killed.
        var provisional = RequireOrAllow(Math.Min(a, b), Math.Max(a, b), a < b ? start : end, beyond, "Count working days between");
        // Stryker disable once Equality : equivalent at b = a, where both branches count nothing (b > a); b < a is killed.
        var count = b >= a ? RankBefore(b + 1) - RankBefore(a + 1) : RankBefore(b) - RankBefore(a);

        // Stryker disable once Checked : equivalent, the ISO range holds about 5.2 million weekdays, far below int.MaxValue.
        return new CalendarAnswer<int>(checked((int)count), provisional);
    }

    /// <summary>The number of working days in <paramref name="interval"/>, both ends included.</summary>
    /// <param name="interval">Days inside <see cref="Coverage"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="CalendarCoverageException">Part of the interval is outside the coverage.</exception>
    public int CountWorkingDays(DateInterval interval) => CountWorkingDays(interval, BeyondCoverage.Reject).Value;

    /// <summary>The number of working days in <paramref name="interval"/>, both ends included, by the weekday rule beyond the coverage if allowed.</summary>
    /// <param name="interval">Any ISO days.</param>
    /// <param name="beyond">What to do outside the coverage.</param>
    /// <returns>The count and whether it is provisional.</returns>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar, or <paramref name="beyond"/> is not a defined value.</exception>
    /// <exception cref="CalendarCoverageException">Part of the interval is outside the coverage and <paramref name="beyond"/> is <see cref="BeyondCoverage.Reject"/>.</exception>
    public CalendarAnswer<int> CountWorkingDays(DateInterval interval, BeyondCoverage beyond)
    {
        Guard.Against.Null(interval);
        EnsureDefined(beyond);
        var a = EpochDayOf(interval.Start, nameof(interval));
        var b = EpochDayOf(interval.End, nameof(interval));
        var provisional = RequireOrAllow(a, b, a < _firstEpochDay ? interval.Start : interval.End, beyond, "Count working days in an interval");

        // Stryker disable once Checked : equivalent, the ISO range holds about 5.2 million weekdays, far below int.MaxValue.
        return new CalendarAnswer<int>(checked((int)(RankBefore(b + 1) - RankBefore(a))), provisional);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <returns>The next working day.</returns>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1, nameof(date));

    /// <summary><paramref name="date"/> when it is a working day, else the first working day after it.</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <returns>The working day.</returns>
    public LocalDate NextOrSameWorkingDay(LocalDate date) => AddWorkingDays(date, 0, nameof(date));

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <returns>The previous working day.</returns>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1, nameof(date));

    /// <summary><paramref name="date"/> when it is a working day, else the last working day before it.</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <returns>The working day.</returns>
    public LocalDate PreviousOrSameWorkingDay(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, -1, nameof(date));

    /// <summary>Rolls <paramref name="date"/> to a working day by a business-day convention (Following, Preceding, Modified…).</summary>
    /// <param name="date">A day inside <see cref="Coverage"/>.</param>
    /// <param name="convention">The roll convention.</param>
    /// <returns>The adjusted day.</returns>
    public LocalDate Adjust(LocalDate date, BusinessDayConvention convention)
    {
        Guard.Against.Null(convention);
        return convention.Apply(this, date);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Coverage.Start:uuuu-MM-dd} to {Coverage.End:uuuu-MM-dd})";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int OffsetInCoverage(LocalDate date, string what, [CallerArgumentExpression(nameof(date))] string parameterName = "")
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            IsoDates.EnsureIso(date, parameterName);
        }

        var offset = IsoDates.EpochDay(date) - _firstEpochDay;
        if ((uint)offset >= (uint)_dayCount)
        {
            ThrowOutside(date, what);
        }

        return offset;
    }

    private static int EpochDayOf(LocalDate date, string parameterName)
    {
        IsoDates.EnsureIso(date, parameterName);
        return IsoDates.EpochDay(date);
    }

    /// <summary>Working days in epoch days [first covered day, x); the weekday rule extends it both ways.</summary>
    private long RankBefore(long x)
    {
        var offset = x - _firstEpochDay;

        // Stryker disable once Equality : equivalent at offset 0, where the weekday rule and the table both give 0 (offset <= 0).
        if (offset < 0)
        {
            return IsoDates.WeekdayCount(x) - _weekdaysBeforeCoverage;
        }

        // Stryker disable once Equality : equivalent at offset = day count, where both give the coverage's working-day count (offset >= count).
        if (offset > _dayCount)
        {
            return _workingDays.Length + IsoDates.WeekdayCount(x) - _weekdaysBeforeCoverageEnd;
        }

        return _workingDaysBefore[offset];
    }

    /// <summary>The epoch day of the working day with <see cref="RankBefore"/> equal to <paramref name="index"/>.</summary>
    private long SelectEpochDay(long index)
    {
        if (index < 0)
        {
            return IsoDates.WeekdaySelect(_weekdaysBeforeCoverage + index);
        }

        if (index >= _workingDays.Length)
        {
            return IsoDates.WeekdaySelect(_weekdaysBeforeCoverageEnd + (index - _workingDays.Length));
        }

        return IsoDates.EpochDay(_workingDays[index]);
    }

    private bool IsWorkingEpochDay(long x)
    {
        var offset = x - _firstEpochDay;
        return offset >= 0 && offset < _dayCount
            ? _workingDaysBefore[offset + 1] != _workingDaysBefore[offset]
            : !IsoDates.IsWeekendEpochDay((int)x);
    }

    /// <summary>Checks that epoch days [first, last] are covered; returns whether the answer is provisional, or throws.</summary>
    private bool RequireOrAllow(long first, long last, LocalDate reported, BeyondCoverage beyond, string what)
    {
        var outside = first < _firstEpochDay || last >= _firstEpochDay + (long)_dayCount;
        if (!outside)
        {
            return false;
        }

        if (beyond == BeyondCoverage.AssumeWeekdays)
        {
            return true;
        }

        // Outside means a day before Start or after End exists, so the day next to the coverage exists too.
        var firstOutside = first < _firstEpochDay
            ? (reported < Coverage.Start ? reported : Coverage.Start.PlusDays(-1))
            : (reported > Coverage.End ? reported : Coverage.End.PlusDays(1));
        throw new CalendarCoverageException(firstOutside, Coverage, what);
    }

    private static void EnsureDefined(BeyondCoverage beyond)
    {
        // Checked first, inside the coverage too: an undefined value is a programming error wherever the day falls.
        if (beyond is not (BeyondCoverage.Reject or BeyondCoverage.AssumeWeekdays))
        {
            throw new ArgumentOutOfRangeException(nameof(beyond), beyond, $"Unknown BeyondCoverage value; use {nameof(BeyondCoverage.Reject)} or {nameof(BeyondCoverage.AssumeWeekdays)}.");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutside(LocalDate date, string what) => throw new CalendarCoverageException(date, Coverage, what);

    private LocalDate AddWorkingDays(LocalDate start, int days, string parameterName) =>
        TryAddWorkingDays(start, days, out var result, parameterName) ? result : ThrowAddOutside(start, days);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LocalDate ThrowAddOutside(LocalDate start, int days)
    {
        OffsetInCoverage(start, "Add working days");
        ThrowResultOutside(start, days);
        return start;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowResultOutside(LocalDate start, int days)
    {
        // Zero days rolls forward to the next working day, like a positive count: the missing day lies after the end.
        var forward = days >= 0;

        // A coverage may reach an end of NodaTime's range: then no day lies beyond it, and the days are out of range.
        var atTheEnd = forward ? Coverage.End == LocalDate.MaxIsoValue : Coverage.Start == LocalDate.MinIsoValue;
        if (atTheEnd)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days), days, $"Adding {days} working days to {start:uuuu-MM-dd} reaches beyond the dates NodaTime can represent ({LocalDate.MinIsoValue:uuuu-MM-dd} to {LocalDate.MaxIsoValue:uuuu-MM-dd}).");
        }

        var beyondDay = forward ? Coverage.End.PlusDays(1) : Coverage.Start.PlusDays(-1);
        throw new CalendarCoverageException(beyondDay, Coverage, $"Adding {days} working days to {start:uuuu-MM-dd} reaches past the calendar's data");
    }
}
