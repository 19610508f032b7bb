using System.Globalization;
using Hotline.Domain;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Spectre.Console;

namespace Hotline.Cli;

/// <summary>
/// <c>hotline verify cases.csv</c>: a tester's cases (<c>id,category,complexity,clock_start,expected_due_date</c>, the
/// clock start a local date-time in the policy's zone), each recomputed; every mismatch printed with its explanation.
/// Exit 0 when all agree, 1 when any differs, 2 on bad input (the line and column named).
/// </summary>
internal static class VerifyCommand
{
    private static readonly string[] Columns = ["id", "category", "complexity", "clock_start", "expected_due_date"];

    public static int Run(Arguments a, Output output, TextReaderSource files, IAnsiConsole console)
    {
        a.OnlyOptions("format", "notice", "policy");
        var policy = Policies.From(a, files);
        var path = a.Word(1, "the cases file (id,category,complexity,clock_start,expected_due_date)");
        using var input = new CsvInput(files, path, Columns, Columns);
        var mismatches = new Sheet("mismatches", "不一致的用例", "line", "id", "category", "complexity", "clock_start", "expected_due_date", "due_date", "difference_in_working_days", "explanation");
        var explanations = new List<string>();
        var cases = 0;

        void ReadAll(Action? tick)
        {
            while (input.Read())
            {
                cases++;
                var id = input.Field("id") ?? throw input.Bad("id", "is empty.");
                var category = input.Parse("category", TicketCategory.Parse);
                var complexity = input.Field("complexity") is null ? Complexity.General : input.Parse("complexity", Complexity.Parse);
                var start = input.Parse("clock_start", t => Parsing.LocalDateTime(t, "clock_start"));
                var expected = input.Parse("expected_due_date", t => Parsing.Date(t, "expected_due_date"));
                HandlingDeadline deadline;
                try
                {
                    deadline = policy.DeadlineFor(category, complexity, Parsing.InZone(start, policy.Zone));
                }
                catch (HotlineDomainException e)
                {
                    throw input.Bad("category", e.Message);
                }
                catch (ArgumentException e)
                {
                    throw input.Bad("clock_start", e.Message);
                }

                if (deadline.DueDate != expected)
                {
                    // How far apart, in working days (by the weekday rule where an expected date lies beyond the calendar).
                    var difference = deadline.DueDate > expected
                        ? policy.Calendar.WorkingDaysBetween(expected, deadline.DueDate, BeyondCoverage.AssumeWeekdays).Value
                        : -policy.Calendar.WorkingDaysBetween(deadline.DueDate, expected, BeyondCoverage.AssumeWeekdays).Value;
                    mismatches.Styled("red", input.Line.ToString(CultureInfo.InvariantCulture), id, category.Code, complexity.Code, start.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        Parsing.Text(expected), Parsing.Text(deadline.DueDate), difference.ToString(CultureInfo.InvariantCulture), deadline.Explain().ToString());
                    explanations.Add($"用例 {id}（第 {input.Line} 行）：期望 {Parsing.Text(expected)}，实际 {Parsing.Text(deadline.DueDate)}");
                }

                if ((cases & 1023) == 0)
                {
                    tick?.Invoke();
                }
            }
        }

        // A bar only where someone watches it, and only for a file long enough to wait for (about 1 MB, 20,000 cases).
        if (output.IsTable && console.Profile.Capabilities.Interactive && input.Length > 1_000_000)
        {
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("verify", maxValue: input.Length);
                ReadAll(() => task.Value = input.Position);
                task.Value = input.Length;
            });
        }
        else
        {
            ReadAll(null);
        }

        var summary = new Sheet("summary", $"{Path.GetFileName(path)} ({policy.Name})", "cases", "agree", "differ")
            .Styled(mismatches.Rows.Count == 0 ? "green" : "red", cases.ToString(CultureInfo.InvariantCulture), (cases - mismatches.Rows.Count).ToString(CultureInfo.InvariantCulture), mismatches.Rows.Count.ToString(CultureInfo.InvariantCulture));
        if (output.IsTable)
        {
            output.Write(summary);
            if (mismatches.Rows.Count > 0)
            {
                output.Write(mismatches);
                for (var i = 0; i < explanations.Count; i++)
                {
                    output.Text(explanations[i] + "\n" + mismatches.Rows[i][^1]);
                }
            }
        }
        else
        {
            output.Write(summary, mismatches);
        }

        return mismatches.Rows.Count == 0 ? 0 : 1;
    }
}
