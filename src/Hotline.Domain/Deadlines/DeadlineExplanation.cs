using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// Why a <see cref="HandlingDeadline"/> falls where it does (工作日推算明细): every day from the day after the clock
/// start's local date through the due date, which were counted and which were skipped, and the notices behind them.
/// Get one from <see cref="HandlingDeadline.Explain"/>; immutable.
/// </summary>
/// <remarks>
/// <para>For a statutory period (<see cref="IsStatutory"/>) the days run through the end of the hotline's own count
/// (<see cref="CountedThrough"/>), not through the law's date, which is no count of working days and may lie years ahead.</para>
/// <para>The count is today's calendar's. A deadline read back from a stored history keeps its recorded due date even
/// when the calendar was amended since (a <c>DeadlineDrift</c>); the count then ends elsewhere, <see cref="CountedThrough"/>
/// differs from <see cref="DueDate"/>, and the account says so.</para>
/// </remarks>
public sealed class DeadlineExplanation
{
    private static readonly string[] Weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    private readonly ExplainedDay[] _days;
    private readonly string _header;

    internal DeadlineExplanation(HandlingDeadline deadline, LocalDate clockStartDate, LocalDate countedThrough, ExplainedDay[] days)
    {
        var policy = deadline.Policy;
        ClockStartDate = clockStartDate;
        DueDate = deadline.DueDate;
        DueAt = deadline.DueAt;
        WorkingDays = deadline.WorkingDays;
        ExtendedByWorkingDays = deadline.ExtendedByWorkingDays;
        IsStatutory = deadline.IsStatutory;
        IsProvisional = deadline.IsProvisional;
        CountedThrough = countedThrough;
        _days = days;
        var limit = $"{deadline.Category.ChineseName}·{deadline.Complexity.ChineseName}，{WorkingDays.ToString(CultureInfo.InvariantCulture)} 个工作日"
            + (ExtendedByWorkingDays > 0 ? $"，延期 {ExtendedByWorkingDays.ToString(CultureInfo.InvariantCulture)} 个工作日" : string.Empty);
        _header = $"工作日推算明细（{policy.Name}，{limit}；{policy.Calendar.Name}）\n"
            + $"起算：{ClockStartDate:uuuu-MM-dd} {Weekday(ClockStartDate)}（{policy.ClockStart.ChineseName}日，不计入），自次日起计";
        DueText = $"{DueDate:uuuu-MM-dd} 24:00（{InstantText.Describe(DueAt, policy.Zone, "uuuu-MM-dd HH:mm")} {policy.Zone.Id}）";
    }

    /// <summary>The local date of the clock start (派单, 签收 or 受理, as the policy says): not counted.</summary>
    public LocalDate ClockStartDate { get; }

    /// <summary>The due date.</summary>
    public LocalDate DueDate { get; }

    /// <summary>The due instant: 24:00 at the end of <see cref="DueDate"/> in the policy's zone.</summary>
    public Instant DueAt { get; }

    /// <summary>The limit in working days (without the extension).</summary>
    public int WorkingDays { get; }

    /// <summary>The working days added by extensions.</summary>
    public int ExtendedByWorkingDays { get; }

    /// <summary>Whether a statutory period (法定办理期限) replaced the hotline's count.</summary>
    public bool IsStatutory { get; }

    /// <summary>Whether some counted day lies beyond the calendar's coverage (the due date may move when the notice is out).</summary>
    public bool IsProvisional { get; }

    /// <summary>The last day of the hotline's count on today's calendar: <see cref="DueDate"/>, except under a statutory period or after an amended calendar.</summary>
    public LocalDate CountedThrough { get; }

    /// <summary>Every day after <see cref="ClockStartDate"/> through <see cref="CountedThrough"/>, in order. A read-only view.</summary>
    public IReadOnlyList<ExplainedDay> Days => Array.AsReadOnly(_days);

    private string DueText { get; }

    /// <summary>A readable account in Chinese: each day, counted or skipped and why, where the extension began, the due instant.</summary>
    /// <returns>The account, one line per day.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(_header).Append('\n');
        var extensionShown = false;
        foreach (var day in _days)
        {
            if (day.InExtension && !extensionShown)
            {
                text.Append("—— 延期 ").Append(ExtendedByWorkingDays.ToString(CultureInfo.InvariantCulture)).Append(" 个工作日，自此续计 ——\n");
                extensionShown = true;
            }

            text.Append(day).Append(day.Kind == DayKind.MakeupWorkday ? "（补班）" : string.Empty).Append('\n');
        }

        if (!IsStatutory && CountedThrough != DueDate)
        {
            text.Append("注意：按当前日历计至 ").Append(CountedThrough.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                .Append("，与记录的截止日不同（日历或时限已修订）\n");
        }

        if (IsStatutory)
        {
            text.Append("法定办理期限：热线时限计至 ").Append(CountedThrough.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append("，依法延至 ");
        }
        else
        {
            text.Append("截止：");
        }

        return text.Append(DueText).Append(IsProvisional ? "（暂定）" : string.Empty).ToString();
    }

    internal static string Weekday(LocalDate date) => Weekdays[(int)date.DayOfWeek - 1];

    internal static DeadlineExplanation Of(HandlingDeadline deadline)
    {
        var policy = deadline.Policy;
        var start = policy.LocalDateOf(deadline.ClockStart);
        var total = deadline.WorkingDays + deadline.ExtendedByWorkingDays;
        // Stryker disable once Arithmetic : equivalent, a capacity hint only (about two calendar days per working day).
        var days = new List<ExplainedDay>(total + (total / 2) + 16);
        var counted = 0;
        var date = start;
        // Count as the policy counted: the n-th working day strictly after the clock start's date. The classification
        // is the calendar's own; beyond its coverage the weekday rule, marked provisional, as the deadline itself was.
        while (counted < total)
        {
            date = date.PlusDays(1);
            var day = policy.Calendar.Classify(date, BeyondCoverage.AssumeWeekdays);
            int? number = day.IsWorkingDay ? ++counted : null;
            days.Add(new ExplainedDay(day, number, number > deadline.WorkingDays));
        }

        return new DeadlineExplanation(deadline, start, date, days.ToArray());
    }
}
