using Hotline.Cli;
using Spectre.Console;

return HotlineApp.Run(args, AnsiConsole.Console, Console.Out, Console.Error);
