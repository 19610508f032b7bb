using System.Globalization;
using Hotline.Domain;
using Hotline.Domain.Deadlines;

namespace Hotline.Cli;

/// <summary><c>hotline deadline complaint "2026-09-30 16:00" --complexity especially-complex --explain</c>.</summary>
internal static class DeadlineCommand
{
    public static int Run(Arguments a, Output output, TextReaderSource files)
    {
        a.OnlyOptions("format", "notice", "policy", "complexity");
        var policy = Policies.From(a, files);
        var category = TicketCategory.Parse(a.Word(1, "the category (consultation, help-request, complaint, … or 咨询, 求助, 投诉, …)"));
        var complexity = Complexity.Parse(a.Option("complexity") ?? "general");
        var local = Parsing.LocalDateTime(a.Word(2, "the clock start, a local date-time in the policy's zone"), "clock start");
        var deadline = policy.DeadlineFor(category, complexity, Parsing.InZone(local, policy.Zone));
        if (!a.Has("explain"))
        {
            output.Write(Sheet(policy, deadline));
            return 0;
        }

        var explained = deadline.Explain();
        if (output.IsTable)
        {
            output.Write(Sheet(policy, deadline));
            output.Text(explained.ToString());
        }
        else
        {
            output.Write(Sheet(policy, deadline), Days(explained));
        }

        return 0;
    }

    public static Sheet Sheet(HandlingPolicy policy, HandlingDeadline deadline) =>
        new Sheet("deadline", $"{deadline.Category.ChineseName}·{deadline.Complexity.ChineseName} ({policy.Name})", "category", "complexity", "clock_start", "working_days", "due_date", "due_at", "provisional")
            .Add(deadline.Category.Code, deadline.Complexity.Code, Parsing.Text(deadline.ClockStart, policy.Zone), deadline.WorkingDays.ToString(CultureInfo.InvariantCulture),
                Parsing.Text(deadline.DueDate), Parsing.Text(deadline.DueAt, policy.Zone), deadline.IsProvisional ? "true" : "false");

    public static Sheet Days(DeadlineExplanation explained)
    {
        var sheet = new Sheet("days", "工作日推算明细", "date", "weekday", "kind", "holiday", "notice", "working_day_number", "in_extension", "provisional");
        foreach (var d in explained.Days)
        {
            sheet.Add(Parsing.Text(d.Date), Parsing.Weekday(d.Date), d.Kind.Code, d.Holiday?.Chinese, d.DocumentNumber,
                d.WorkingDayNumber?.ToString(CultureInfo.InvariantCulture), d.InExtension ? "true" : "false", d.IsProvisional ? "true" : "false");
        }

        return sheet;
    }
}
