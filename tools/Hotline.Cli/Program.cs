using Hotline.Cli;
using Spectre.Console;

// Redirected to a file or a pipe there is no terminal to fit: tables keep their columns whole.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Console.Profile.Width = 160;
}

return HotlineApp.Run(args, AnsiConsole.Console, Console.Out, Console.Error);
