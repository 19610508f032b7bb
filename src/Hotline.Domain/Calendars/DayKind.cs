namespace Hotline.Domain.Calendars;

/// <summary>
/// What a calendar day is under China's official working-day calendar: an ordinary workday, a weekend day,
/// a statutory holiday (法定节假日), a weekday given off by 调休 (<see cref="AdjustedRestDay"/>), or a weekend
/// day made a working day (补班, <see cref="MakeupWorkday"/>).
/// </summary>
/// <remarks>
/// The integer <c>Value</c> and the <c>Code</c> are stable: store either one. Find an item by any of the three keys
/// with <c>FromValue</c>, <c>FromCode</c> or <c>FromChineseName</c>.
/// </remarks>
public sealed class DayKind : Vocabulary<DayKind>
{
    /// <summary>An ordinary Monday–Friday working day (工作日).</summary>
    public static readonly DayKind Workday = new(nameof(Workday), 1, "workday", "工作日", isWorkingDay: true);

    /// <summary>A Saturday or Sunday that is not a working day (休息日).</summary>
    public static readonly DayKind Weekend = new(nameof(Weekend), 2, "weekend", "休息日", isWorkingDay: false);

    /// <summary>A statutory public holiday (法定节假日), on whatever day of the week it falls.</summary>
    public static readonly DayKind StatutoryHoliday = new(nameof(StatutoryHoliday), 3, "statutory-holiday", "法定节假日", isWorkingDay: false);

    /// <summary>A Monday–Friday given off by a notice (调休放假, 补休, or an extension such as 2020's Spring Festival).</summary>
    public static readonly DayKind AdjustedRestDay = new(nameof(AdjustedRestDay), 4, "adjusted-rest-day", "调休休息日", isWorkingDay: false);

    /// <summary>A Saturday or Sunday made a working day by a notice (补班 / 调休上班).</summary>
    public static readonly DayKind MakeupWorkday = new(nameof(MakeupWorkday), 5, "makeup-workday", "调休上班日", isWorkingDay: true);

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: removing the body was checked by
    // hand on 2026-12-02 and fails 59 of the Calendars tests.
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private DayKind(string name, int value, string code, string chineseName, bool isWorkingDay)
        : base(name, value, code, chineseName)
    {
        IsWorkingDay = isWorkingDay;
    }

    /// <summary>Whether a day of this kind counts as a working day.</summary>
    public bool IsWorkingDay { get; }

    /// <summary>Whether this kind may fall on a Saturday or Sunday.</summary>
    internal bool AllowedOnWeekend => this != Workday && this != AdjustedRestDay;

    /// <summary>Whether this kind may fall on Monday–Friday.</summary>
    internal bool AllowedOnWeekday => this != Weekend && this != MakeupWorkday;
}
