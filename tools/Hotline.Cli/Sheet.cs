namespace Hotline.Cli;

/// <summary>One table of a command's result: named (the JSON property, the CSV section), titled (the table's caption).</summary>
internal sealed class Sheet(string name, string title, params string[] columns)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public string[] Columns { get; } = columns;

    public List<string?[]> Rows { get; } = [];

    /// <summary>Per row, the markup style of the table format (for example "red"), or null.</summary>
    public List<string?> Styles { get; } = [];

    public Sheet Add(params string?[] row) => Styled(null, row);

    public Sheet Styled(string? style, params string?[] row)
    {
        Rows.Add(row);
        Styles.Add(style);
        return this;
    }
}
