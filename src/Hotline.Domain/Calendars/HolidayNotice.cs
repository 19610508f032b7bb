using Ardalis.GuardClauses;

namespace Hotline.Domain.Calendars;

/// <summary>
/// The official notice that sets a day's status: for the national calendar, a State Council (General Office)
/// notice such as 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号).
/// </summary>
public sealed record HolidayNotice
{
    private HolidayNotice(int year, string title, string? documentNumber, string url)
    {
        Year = year;
        Title = title;
        DocumentNumber = documentNumber;
        Url = url;
    }

    /// <summary>The year whose holidays the notice arranges.</summary>
    public int Year { get; }

    /// <summary>The notice's title.</summary>
    public string Title { get; }

    /// <summary>The document number (文号), such as 国办发明电〔2025〕7号; <see langword="null"/> where it has not been transcribed.</summary>
    public string? DocumentNumber { get; }

    /// <summary>Where the notice is published.</summary>
    public string Url { get; }

    /// <summary>Creates a notice.</summary>
    /// <param name="year">The year the notice arranges, 1949 to 9999.</param>
    /// <param name="title">The title; not blank.</param>
    /// <param name="documentNumber">The document number, or <see langword="null"/> when unknown.</param>
    /// <param name="url">Where it is published; not blank.</param>
    /// <returns>The notice.</returns>
    public static HolidayNotice Create(int year, string title, string? documentNumber, string url)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1949, 9999);
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.NullOrWhiteSpace(url);
        return new HolidayNotice(year, title, string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber!.Trim(), url);
    }

    /// <inheritdoc />
    public override string ToString() => DocumentNumber is null ? Title : $"{Title} ({DocumentNumber})";
}
