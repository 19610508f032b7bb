using System.Linq;
using Ardalis.SmartEnum;

namespace Hotline.Domain.Calendars;

/// <summary>
/// What a calendar day is under China's official working-day calendar: an ordinary workday, a weekend day,
/// a statutory holiday (法定节假日), a weekday given off by 调休 (<see cref="AdjustedRestDay"/>), or a weekend
/// day made a working day (补班, <see cref="MakeupWorkday"/>).
/// </summary>
/// <remarks>
/// The integer <c>Value</c> and the <see cref="Code"/> are stable: store either one.
/// Find an item by any of the three keys with <c>FromValue</c>,
/// <see cref="FromCode"/> or <see cref="FromChineseName"/>.
/// </remarks>
public sealed class DayKind : SmartEnum<DayKind>
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

    private DayKind(string name, int value, string code, string chineseName, bool isWorkingDay)
        : base(name, value)
    {
        Code = code;
        ChineseName = chineseName;
        IsWorkingDay = isWorkingDay;
    }

    /// <summary>The stable, lower-case code of this kind (for example <c>makeup-workday</c>).</summary>
    public string Code { get; }

    /// <summary>The Chinese name of this kind (for example <c>调休上班日</c>).</summary>
    public string ChineseName { get; }

    /// <summary>Whether a day of this kind counts as a working day.</summary>
    public bool IsWorkingDay { get; }

    /// <summary>Whether this kind may fall on a Saturday or Sunday.</summary>
    internal bool AllowedOnWeekend => this != Workday && this != AdjustedRestDay;

    /// <summary>Whether this kind may fall on Monday–Friday.</summary>
    internal bool AllowedOnWeekday => this != Weekend && this != MakeupWorkday;

    /// <summary>Finds the kind with the given stable code.</summary>
    /// <param name="code">A code such as <c>statutory-holiday</c>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="SmartEnumNotFoundException">No kind has that code.</exception>
    public static DayKind FromCode(string code) =>
        List.FirstOrDefault(k => k.Code == code)
        ?? throw new SmartEnumNotFoundException($"No {nameof(DayKind)} has the code '{code}'. Known codes: {string.Join(", ", List.OrderBy(k => k.Value).Select(k => k.Code))}.");

    /// <summary>Finds the kind with the given Chinese name.</summary>
    /// <param name="chineseName">A name such as <c>法定节假日</c>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="SmartEnumNotFoundException">No kind has that name.</exception>
    public static DayKind FromChineseName(string chineseName) =>
        List.FirstOrDefault(k => k.ChineseName == chineseName)
        ?? throw new SmartEnumNotFoundException($"No {nameof(DayKind)} has the Chinese name '{chineseName}'. Known names: {string.Join(", ", List.OrderBy(k => k.Value).Select(k => k.ChineseName))}.");
}
