using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.SmartEnum;

namespace Hotline.Domain;

/// <summary>
/// The base of the library's closed vocabularies (categories, complexities, day kinds, pollutants…): each item has a
/// stable integer <c>Value</c>, a stable lower-case <see cref="Code"/> and its <see cref="ChineseName"/>, and can be
/// found by any of the three, so integrators can map their own records both ways.
/// </summary>
/// <typeparam name="TEnum">The vocabulary type itself.</typeparam>
public abstract class Vocabulary<TEnum> : SmartEnum<TEnum>
    where TEnum : Vocabulary<TEnum>
{
    private readonly string[] _chineseAliases;

    /// <summary>Creates an item.</summary>
    /// <param name="name">The C# name (also the SmartEnum name).</param>
    /// <param name="value">The stable integer value.</param>
    /// <param name="code">The stable lower-case code.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="chineseAliases">Other Chinese names found in real records (for example 意见建议 for 建议).</param>
    protected Vocabulary(string name, int value, string code, string chineseName, params string[] chineseAliases)
        : base(name, value)
    {
        Code = code;
        ChineseName = chineseName;
        _chineseAliases = chineseAliases;
    }

    /// <summary>The stable lower-case code (for example <c>complaint</c>).</summary>
    public string Code { get; }

    /// <summary>The Chinese name (for example <c>投诉</c>).</summary>
    public string ChineseName { get; }

    /// <summary>Other Chinese names that <see cref="FromChineseName"/> accepts for this item.</summary>
    public IReadOnlyList<string> ChineseAliases => _chineseAliases;

    /// <summary>Every item, in order of <c>Value</c> (SmartEnum's <c>List</c> is ordered by name).</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The SmartEnum pattern: DayKind.FromCode(...) reads as the vocabulary's own lookup.")]
    public static IReadOnlyList<TEnum> InValueOrder => List.OrderBy(item => item.Value).ToArray();

    /// <summary>Finds the item with the given stable code (ordinal, case-sensitive).</summary>
    /// <param name="code">A code such as <c>complaint</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="SmartEnumNotFoundException">No item has that code; the message lists the known codes.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The SmartEnum pattern: DayKind.FromCode(...) reads as the vocabulary's own lookup.")]
    public static TEnum FromCode(string code) =>
        List.FirstOrDefault(item => string.Equals(item.Code, code, StringComparison.Ordinal))
        ?? throw new SmartEnumNotFoundException(
            $"No {typeof(TEnum).Name} has the code '{code}'. Known codes: {string.Join(", ", InValueOrder.Select(item => item.Code))}.");

    /// <summary>Finds the item with the given Chinese name or alias.</summary>
    /// <param name="chineseName">A name such as <c>投诉</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="SmartEnumNotFoundException">No item has that name; the message lists the known names.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The SmartEnum pattern: DayKind.FromCode(...) reads as the vocabulary's own lookup.")]
    public static TEnum FromChineseName(string chineseName)
    {
        var trimmed = chineseName?.Trim();
        return List.FirstOrDefault(item => item.ChineseName == trimmed || item._chineseAliases.Contains(trimmed))
            ?? throw new SmartEnumNotFoundException(
                $"No {typeof(TEnum).Name} has the Chinese name '{chineseName}'. Known names: {string.Join(", ", InValueOrder.Select(item => item.ChineseName))}.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ChineseName})";
}
