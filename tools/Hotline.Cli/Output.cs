using System.Data;
using System.Text.Json;
using Spectre.Console;
using Sylvan.Data.Csv;

namespace Hotline.Cli;

/// <summary>
/// Writes a command's sheets as a table (Spectre.Console), as CSV (Sylvan.Data.Csv: each sheet a header and its rows,
/// sheets after the first preceded by a blank line) or as JSON (one object: each sheet's name → an array of objects, one
/// per row, keyed by the column names, every value a string or null).
/// </summary>
internal sealed class Output(IAnsiConsole console, TextWriter stdout, string format)
{
    public string Format { get; } = format is "table" or "csv" or "json" ? format : throw new UsageException($"Unknown --format {format}; use table, csv or json.");

    public bool IsTable => Format == "table";

    public void Write(params Sheet[] sheets)
    {
        switch (Format)
        {
            case "table":
                foreach (var sheet in sheets)
                {
                    WriteTable(sheet);
                }

                break;
            case "csv":
                for (var i = 0; i < sheets.Length; i++)
                {
                    if (i > 0)
                    {
                        stdout.WriteLine();
                    }

                    WriteCsv(sheets[i]);
                }

                break;
            default:
                WriteJson(sheets);
                break;
        }
    }

    /// <summary>Free text (an account in words) in the table format only; the other formats carry it in a sheet.</summary>
    public void Text(string text)
    {
        if (IsTable)
        {
            console.WriteLine(text);
        }
    }

    // Long prose (a finding's reason, an issue's message) reads badly in a cell: the table leaves it to csv and json.
    private static readonly HashSet<string> Prose = new(StringComparer.Ordinal) { "reason", "message", "explanation" };

    private void WriteTable(Sheet sheet)
    {
        var table = new Table().Title(Markup.Escape(sheet.Title)).Border(TableBorder.Rounded);
        var shown = Enumerable.Range(0, sheet.Columns.Length).Where(c => !Prose.Contains(sheet.Columns[c])).ToArray();
        foreach (var c in shown)
        {
            table.AddColumn(Markup.Escape(sheet.Columns[c]));
        }

        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var style = sheet.Styles[r];
            var row = sheet.Rows[r];
            table.AddRow(shown.Select(c => (Spectre.Console.Rendering.IRenderable)new Markup(style is null ? Markup.Escape(row[c] ?? string.Empty) : $"[{style}]{Markup.Escape(row[c] ?? string.Empty)}[/]")).ToArray());
        }

        console.Write(table);
    }

    private void WriteCsv(Sheet sheet)
    {
        using var data = new DataTable(sheet.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var c in sheet.Columns)
        {
            data.Columns.Add(c, typeof(string));
        }

        foreach (var row in sheet.Rows)
        {
            data.Rows.Add(row.Select(v => (object?)v ?? DBNull.Value).ToArray());
        }

        // The CSV writer owns the text writer it is given: give it its own, then copy to standard output.
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = CsvDataWriter.Create(text, new CsvDataWriterOptions { NewLine = "\n" }))
        {
            using var reader = data.CreateDataReader();
            writer.Write(reader);
        }

        stdout.Write(text.ToString());
        stdout.Flush();
    }

    private void WriteJson(Sheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var sheet in sheets)
            {
                json.WriteStartArray(sheet.Name);
                foreach (var row in sheet.Rows)
                {
                    json.WriteStartObject();
                    for (var c = 0; c < sheet.Columns.Length; c++)
                    {
                        json.WriteString(sheet.Columns[c], row[c]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
