namespace Hotline.Cli;

/// <summary>The command line: positional words, <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class Arguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "explain", "help" };

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                if (Flags.Contains(name))
                {
                    _flags.Add(name);
                    continue;
                }

                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"Option --{name} needs a value.");
                }

                _options[name] = args[++i];
            }
            else
            {
                Words.Add(a);
            }
        }
    }

    public List<string> Words { get; } = [];

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string Word(int index, string what) =>
        index < Words.Count ? Words[index] : throw new UsageException($"Missing {what}.");

    /// <summary>Refuses options the command does not know, so that a typo is not silently ignored.</summary>
    public void OnlyOptions(params string[] known)
    {
        foreach (var name in _options.Keys)
        {
            if (Array.IndexOf(known, name) < 0)
            {
                throw new UsageException($"Unknown option --{name}; this command takes {(known.Length == 0 ? "none" : string.Join(", ", known.Select(k => "--" + k)))}.");
            }
        }
    }
}
