using Sylvan.Data.Csv;

namespace Hotline.Cli;

/// <summary>
/// A CSV file read with Sylvan.Data.Csv: a header row, then one record per line. Every complaint names the line (the
/// header is line 1) and the column (its number and header name).
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private readonly Stream _stream;
    private readonly CsvDataReader _csv;
    private readonly string _path;

    public CsvInput(TextReaderSource files, string path, IReadOnlyList<string> required, IReadOnlyCollection<string>? allowed = null)
    {
        _path = path;
        _stream = files.Open(path);
        try
        {
            _csv = CsvDataReader.Create(new StreamReader(_stream), new CsvDataReaderOptions { HasHeaders = true });
        }
        catch (Exception e) when (e is not UsageException)
        {
            _stream.Dispose();
            throw new UsageException($"{path}, line 1: {e.Message}");
        }

        for (var i = 0; i < _csv.FieldCount; i++)
        {
            var name = _csv.GetName(i);
            if (allowed is not null && !allowed.Contains(name))
            {
                throw new UsageException($"{path}, line 1, column {i + 1}: unknown column '{name}'; the columns are {string.Join(",", allowed)}.");
            }
        }

        foreach (var name in required)
        {
            if (Ordinal(name) < 0)
            {
                throw new UsageException($"{path}, line 1: missing column '{name}'; the header must name {string.Join(",", required)}.");
            }
        }
    }

    /// <summary>The line of the current record (the header is line 1; a record spanning lines counts as one).</summary>
    public int Line { get; private set; } = 1;

    public long Position => _stream.CanSeek ? _stream.Position : 0;

    public long Length => _stream.CanSeek ? _stream.Length : 0;

    public bool Read()
    {
        try
        {
            if (!_csv.Read())
            {
                return false;
            }
        }
        catch (Exception e) when (e is not UsageException)
        {
            throw new UsageException($"{_path}, line {Line + 1}: {e.Message}");
        }

        Line++;
        if (_csv.RowFieldCount != _csv.FieldCount)
        {
            throw new UsageException($"{_path}, line {Line}: {_csv.RowFieldCount} field(s), the header has {_csv.FieldCount}.");
        }

        return true;
    }

    public int Ordinal(string name)
    {
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            if (string.Equals(_csv.GetName(i), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The field's text, or null when the column is absent or the field empty.</summary>
    public string? Field(string name)
    {
        var i = Ordinal(name);
        if (i < 0)
        {
            return null;
        }

        var text = _csv.GetString(i);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A complaint about a field of the current record.</summary>
    public UsageException Bad(string name, string message) =>
        new($"{_path}, line {Line}, column {Ordinal(name) + 1} ({name}): {message}");

    public T Parse<T>(string name, Func<string, T> parse)
    {
        var text = Field(name) ?? throw Bad(name, "is empty.");
        try
        {
            return parse(text);
        }
        catch (UsageException e)
        {
            throw Bad(name, e.Message);
        }
        catch (Hotline.Domain.HotlineDomainException e)
        {
            throw Bad(name, e.Message);
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }
}
