namespace Hotline.Cli;

/// <summary>Bad input: a command, an option or a file the tool cannot read. Exit code 2, the message says where.</summary>
internal sealed class UsageException(string message) : Exception(message);
