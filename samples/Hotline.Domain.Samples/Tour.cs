namespace Hotline.Domain.Samples;

/// <summary>How the tour prints: a numbered step, one line saying what it is about, then aligned lines.</summary>
internal static class Tour
{
    public static void Section(int number, string title)
    {
        Console.WriteLine();
        Console.WriteLine($"{number}. {title}");
        Console.WriteLine(new string('=', Width(title) + 3));
    }

    public static void Step(string number, string title, string explanation)
    {
        Console.WriteLine();
        Console.WriteLine($"{number} {title}");
        Console.WriteLine($"     {explanation}");
    }

    /// <summary>One aligned line: label, then value.</summary>
    public static void Line(string label, object? value) => Console.WriteLine($"     {Pad(label, 36)} {value}");

    /// <summary>Rows of cells, each column as wide as its widest cell (a Chinese character counts two columns).</summary>
    public static void Table(params string[][] rows)
    {
        var widths = Enumerable.Range(0, rows.Max(r => r.Length))
            .Select(c => rows.Where(r => c < r.Length).Max(r => Width(r[c])))
            .ToArray();
        foreach (var row in rows)
        {
            Console.WriteLine("     " + string.Join("  ", row.Select((cell, c) => Pad(cell, widths[c]))).TrimEnd());
        }
    }

    public static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));

    /// <summary>Terminal columns: CJK characters and full-width punctuation take two.</summary>
    public static int Width(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
