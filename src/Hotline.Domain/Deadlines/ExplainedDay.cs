using System.Globalization;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>One day of a <see cref="DeadlineExplanation"/>: what the calendar says it is, and whether it was counted.</summary>
public sealed class ExplainedDay
{
    internal ExplainedDay(DayClassification day, int? workingDayNumber, bool inExtension)
    {
        Date = day.Date;
        Kind = day.Kind;
        Holiday = day.Holiday;
        DocumentNumber = day.Notice?.DocumentNumber;
        IsProvisional = day.IsProvisional;
        WorkingDayNumber = workingDayNumber;
        InExtension = inExtension;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>What the calendar says it is (工作日, 休息日, 法定节假日, 调休休息日, 调休上班日).</summary>
    public DayKind Kind { get; }

    /// <summary>The holiday it belongs to, if any (also on a 补班 Saturday or Sunday, and on weekends inside a holiday run).</summary>
    public HolidayName? Holiday { get; }

    /// <summary>The document number of the notice that set the day (国办发明电〔2025〕7号), if a notice did.</summary>
    public string? DocumentNumber { get; }

    /// <summary>
    /// 1…n on the counted working days, continuing through an extension; <see langword="null"/> on days off (and on the
    /// days of a statutory period beyond the hotline's own count).
    /// </summary>
    public int? WorkingDayNumber { get; }

    /// <summary>Whether the day was counted for an extension (延期) rather than for the original limit.</summary>
    public bool InExtension { get; }

    /// <summary>Beyond the calendar's coverage: classified by the weekday rule, until that year's notice is known.</summary>
    public bool IsProvisional { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var what = Holiday is null ? Kind.ChineseName : $"{Kind.ChineseName}（{Holiday.Chinese}）";
        var counted = WorkingDayNumber is { } n ? "第 " + n.ToString(CultureInfo.InvariantCulture) + " 个工作日" : "不计";
        return $"{Date:uuuu-MM-dd} {DeadlineExplanation.Weekday(Date)} {what}{(DocumentNumber is null ? string.Empty : "，" + DocumentNumber)}：{counted}{(IsProvisional ? "（暂定：超出日历范围，按周一至周五推定）" : string.Empty)}";
    }
}
