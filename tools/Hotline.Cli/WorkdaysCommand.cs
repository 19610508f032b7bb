using System.Globalization;

namespace Hotline.Cli;

/// <summary><c>hotline workdays add 2026-09-30 10</c> and <c>hotline workdays between 2026-09-30 2026-10-20</c>.</summary>
internal static class WorkdaysCommand
{
    public static int Run(Arguments a, Output output, TextReaderSource files)
    {
        a.OnlyOptions("format", "notice");
        var calendar = Policies.Calendar(a, files);
        switch (a.Word(1, "the workdays command (add or between)"))
        {
            case "add":
            {
                var start = Parsing.Date(a.Word(2, "the start date"), "start");
                var n = Parsing.Int(a.Word(3, "the number of working days"), "working days");
                var result = calendar.AddWorkingDays(start, n);
                output.Write(new Sheet("workdays", $"{Parsing.Text(start)} + {n} 个工作日 ({calendar.Name})", "start", "working_days", "result", "weekday")
                    .Add(Parsing.Text(start), n.ToString(CultureInfo.InvariantCulture), Parsing.Text(result), Parsing.Weekday(result)));
                return 0;
            }

            case "between":
            {
                var start = Parsing.Date(a.Word(2, "the start date"), "start");
                var end = Parsing.Date(a.Word(3, "the end date"), "end");
                var count = calendar.WorkingDaysBetween(start, end);
                output.Write(new Sheet("workdays", $"{Parsing.Text(start)} → {Parsing.Text(end)} ({calendar.Name})", "start", "end", "working_days")
                    .Add(Parsing.Text(start), Parsing.Text(end), count.ToString(CultureInfo.InvariantCulture)));
                return 0;
            }

            default:
                throw new UsageException($"Unknown workdays command '{a.Words[1]}'; use add or between.");
        }
    }
}
