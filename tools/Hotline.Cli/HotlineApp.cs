using Hotline.Domain;
using Spectre.Console;

namespace Hotline.Cli;

/// <summary>
/// The hotline tool: parses the command line, runs one command, and returns the exit code (0 done, or all cases agree;
/// 1 a case differs; 2 bad input, the message on standard error naming what and where).
/// </summary>
internal static class HotlineApp
{
    public const string Usage = """
        hotline — the 12345 hotline's rules on the command line (Hotline.Domain)

          hotline workdays add <date> <n>              the n-th working day after <date>
          hotline workdays between <start> <end>       working days after <start> up to and including <end>
          hotline calendar <uuuu-MM>                   the month as a grid: 休/班, holidays, notices
          hotline deadline <category> "<local time>" [--complexity c] [--explain]
          hotline verify <cases.csv>                   a tester's cases: id,category,complexity,clock_start,expected_due_date
          hotline assess <records.csv> --period <uuuu-MM> --as-of "<local time>"

        Every command: --format table|csv|json, --notice <holiday-cn.json>; deadline, verify, assess: --policy baoji-2019.
        """;

    public static int Run(string[] args, IAnsiConsole console, TextWriter stdout, TextWriter stderr, TextReaderSource? files = null)
    {
        files ??= new TextReaderSource();
        try
        {
            var a = new Arguments(args);
            if (a.Words.Count == 0 || a.Has("help"))
            {
                stdout.WriteLine(Usage);
                return a.Words.Count == 0 && !a.Has("help") ? 2 : 0;
            }

            var output = new Output(console, stdout, a.Option("format") ?? "table");
            return a.Words[0] switch
            {
                "workdays" => WorkdaysCommand.Run(a, output, files),
                "calendar" => CalendarCommand.Run(a, output, files),
                "deadline" => DeadlineCommand.Run(a, output, files),
                "verify" => VerifyCommand.Run(a, output, files, console),
                "assess" => AssessCommand.Run(a, output, files),
                _ => throw new UsageException($"Unknown command '{a.Words[0]}'.\n\n{Usage}"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine("hotline: " + e.Message);
            return 2;
        }
        catch (HotlineDomainException e)
        {
            stderr.WriteLine("hotline: " + e.Message);
            return 2;
        }
        catch (ArgumentException e)
        {
            // The library's guards: a value out of its range (an instant past 9899, a count past the calendar's end).
            stderr.WriteLine("hotline: " + e.Message);
            return 2;
        }
    }
}
