using Spectre.Console.Testing;

namespace Hotline.Cli.Tests;

/// <summary>Runs the hotline tool in-process, as a user would from a shell, and keeps what it printed.</summary>
internal sealed class Cli
{
    private Cli(int exitCode, string console, string stdout, string stderr)
    {
        ExitCode = exitCode;
        Console = console;
        Stdout = stdout;
        Stderr = stderr;
    }

    public int ExitCode { get; }

    /// <summary>What the tables, colours and accounts printed (plain text, 160 columns).</summary>
    public string Console { get; }

    /// <summary>Standard output: the csv and json formats, and the usage text.</summary>
    public string Stdout { get; }

    public string Stderr { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static Cli Run(params string[] args)
    {
        using var console = new TestConsole().Width(160);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = HotlineApp.Run(args, console, stdout, stderr);
        return new Cli(code, console.Output, stdout.ToString(), stderr.ToString());
    }
}
