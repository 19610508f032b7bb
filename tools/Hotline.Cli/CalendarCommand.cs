using Hotline.Domain.Calendars;

namespace Hotline.Cli;

/// <summary><c>hotline calendar 2026-10</c>: the month as a grid (休 days off in red, 班 make-up working days in blue), holidays named with their notice.</summary>
internal static class CalendarCommand
{
    public static int Run(Arguments a, Output output, TextReaderSource files)
    {
        a.OnlyOptions("format", "notice");
        var calendar = Policies.Calendar(a, files);
        var month = Parsing.YearMonth(a.Word(1, "the month (uuuu-MM)"), "month");
        var days = new List<DayClassification>();
        // Day by day of the month, never past its end: December 9999 has no day after it.
        for (var d = 1; d <= month.Calendar.GetDaysInMonth(month.Year, month.Month); d++)
        {
            days.Add(calendar.Classify(month.OnDayOfMonth(d), BeyondCoverage.AssumeWeekdays));
        }

        var list = new Sheet("days", $"{month.Year}年{month.Month}月 ({calendar.Name})", "date", "weekday", "kind", "working_day", "holiday", "notice", "provisional");
        foreach (var day in days)
        {
            list.Styled(Style(day), Parsing.Text(day.Date), Parsing.Weekday(day.Date), day.Kind.Code, day.IsWorkingDay ? "true" : "false", day.Holiday?.Chinese,
                day.Notice?.DocumentNumber ?? day.Notice?.Title, day.IsProvisional ? "true" : "false");
        }

        if (!output.IsTable)
        {
            output.Write(list);
            return 0;
        }

        var grid = new Sheet("grid", list.Title, "一", "二", "三", "四", "五", "六", "日");
        var week = new string?[7];
        foreach (var day in days)
        {
            var i = (int)day.Date.DayOfWeek - 1;
            var mark = day.Kind == DayKind.MakeupWorkday ? " 班" : !day.IsWorkingDay && day.Holiday is not null ? " 休" : string.Empty;
            week[i] = $"{day.Date.Day}{mark}";
            if (i == 6)
            {
                grid.Add(week);
                week = new string?[7];
            }
        }

        if (week.Any(w => w is not null))
        {
            grid.Add(week);
        }

        output.Write(grid);
        var named = days.Where(d => d.Holiday is not null).GroupBy(d => (d.Holiday!.Chinese, d.Notice?.DocumentNumber ?? d.Notice?.Title));
        foreach (var g in named)
        {
            output.Text($"{g.Key.Chinese}: {string.Join(" ", g.Select(d => $"{d.Date.Day}日{(d.IsWorkingDay ? "班" : "休")}"))}{(g.Key.Item2 is null ? string.Empty : $"（{g.Key.Item2}）")}");
        }

        if (days.Any(d => d.IsProvisional))
        {
            output.Text("暂定：超出日历范围，按周一至周五推定（--notice 可加载当年通知）");
        }

        return 0;
    }

    private static string? Style(DayClassification day) =>
        day.Kind == DayKind.MakeupWorkday ? "blue" : day.IsWorkingDay ? null : "red";
}
