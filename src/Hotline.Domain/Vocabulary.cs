using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Ardalis.SmartEnum;

namespace Hotline.Domain;

/// <summary>
/// The base of the library's closed vocabularies (categories, complexities, day kinds, pollutants…): each item has a
/// stable integer <c>Value</c>, a stable lower-case <see cref="Code"/> and its <see cref="ChineseName"/>, and can be
/// found by any of them, so integrators can map their own records both ways.
/// </summary>
/// <remarks>
/// <para>
/// Store the <see cref="Code"/> (or the <c>Value</c>): that is an item's persisted shape. Read it back with
/// <see cref="FromCode"/> (or <see cref="FromValue(int)"/>); importing old records whose spelling varies, use
/// <see cref="Parse"/> / <see cref="TryParse"/>, which accept any key.
/// </para>
/// <para>
/// Every lookup answers in the library's own error family: a <see langword="null"/> key throws
/// <see cref="ArgumentNullException"/>, an unknown key <see cref="VocabularyItemNotFoundException"/> (a
/// <see cref="HotlineDomainException"/>) whose message lists the known keys. The <c>TryFrom…</c> variants never throw.
/// </para>
/// </remarks>
/// <typeparam name="TEnum">The vocabulary type itself.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The SmartEnum pattern: DayKind.FromCode(...) reads as the vocabulary's own lookup.")]
public abstract class Vocabulary<TEnum> : SmartEnum<TEnum>
    where TEnum : Vocabulary<TEnum>
{
    private readonly ReadOnlyCollection<string> _chineseAliases;

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

        // A copy behind a read-only view: the caller's array, or ours, cannot be written through ChineseAliases.
        _chineseAliases = Array.AsReadOnly((string[])(chineseAliases ?? []).Clone());
    }

    /// <summary>The stable lower-case code (for example <c>complaint</c>): the item's persisted shape.</summary>
    public string Code { get; }

    /// <summary>The Chinese name (for example <c>投诉</c>).</summary>
    public string ChineseName { get; }

    /// <summary>Other Chinese names that <see cref="FromChineseName"/> accepts for this item (a read-only view).</summary>
    public IReadOnlyList<string> ChineseAliases => _chineseAliases;

    /// <summary>Every item, in order of <c>Value</c> (SmartEnum's <c>List</c> is ordered by name). A new array each call.</summary>
    public static IReadOnlyList<TEnum> InValueOrder => Array.AsReadOnly(List.OrderBy(item => item.Value).ToArray());

    /// <summary>Finds the item with the given stable integer value.</summary>
    /// <param name="value">A value such as <c>3</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="VocabularyItemNotFoundException">No item has that value; the message lists the known values.</exception>
    public static new TEnum FromValue(int value) =>
        TryFromValue(value, out var item)
            ? item
            : throw NotFound("the value", value.ToString(CultureInfo.InvariantCulture), InValueOrder.Select(i => i.Value.ToString(CultureInfo.InvariantCulture)).ToArray(),
                string.Join(", ", InValueOrder.Select(i => $"{i.Value} {i.Code} ({i.ChineseName})")));

    /// <summary>Finds the item with the given stable integer value, without throwing.</summary>
    /// <param name="value">A value such as <c>3</c>.</param>
    /// <param name="result">The item, or <see langword="null"/> when none has that value.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static new bool TryFromValue(int value, [NotNullWhen(true)] out TEnum? result)
    {
        result = List.FirstOrDefault(item => item.Value == value);
        return result is not null;
    }

    /// <summary>Finds the item with the given C# name (<c>Complaint</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="ignoreCase">Whether to compare case-insensitively (ordinal).</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="VocabularyItemNotFoundException">No item has that name; the message lists the known names.</exception>
    public static new TEnum FromName(string name, bool ignoreCase = false)
    {
        Guard.Against.Null(name);
        return TryFromName(name, ignoreCase, out var item)
            ? item
            : throw NotFound("the name", name, InValueOrder.Select(i => i.Name).ToArray(), null);
    }

    /// <summary>Finds the item with the given C# name (ordinal, case-sensitive), without throwing.</summary>
    /// <param name="name">The name; <see langword="null"/> finds nothing.</param>
    /// <param name="result">The item, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static new bool TryFromName(string? name, [NotNullWhen(true)] out TEnum? result) => TryFromName(name, false, out result);

    /// <summary>Finds the item with the given C# name, without throwing.</summary>
    /// <param name="name">The name; <see langword="null"/> finds nothing.</param>
    /// <param name="ignoreCase">Whether to compare case-insensitively (ordinal).</param>
    /// <param name="result">The item, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static new bool TryFromName(string? name, bool ignoreCase, [NotNullWhen(true)] out TEnum? result)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // Stryker disable once Conditional : equivalent when false, no item's name equals null; "true" (never search) is killed.
        result = name is null ? null : List.FirstOrDefault(item => string.Equals(item.Name, name, comparison));
        return result is not null;
    }

    /// <summary>Finds the item with the given stable code (ordinal, case-sensitive): how a stored item is read back.</summary>
    /// <param name="code">A code such as <c>complaint</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="VocabularyItemNotFoundException">No item has that code; the message lists the known codes.</exception>
    public static TEnum FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var item)
            ? item
            : throw NotFound("the code", code, InValueOrder.Select(i => i.Code).ToArray(), null);
    }

    /// <summary>Finds the item with the given stable code (ordinal, case-sensitive), without throwing.</summary>
    /// <param name="code">A code; <see langword="null"/> finds nothing.</param>
    /// <param name="result">The item, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out TEnum? result)
    {
        // Stryker disable once Conditional : equivalent when false, no item's code equals null; "true" (never search) is killed.
        result = code is null ? null : List.FirstOrDefault(item => string.Equals(item.Code, code, StringComparison.Ordinal));
        return result is not null;
    }

    /// <summary>Finds the item with the given Chinese name or alias (surrounding spaces ignored).</summary>
    /// <param name="chineseName">A name such as <c>投诉</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chineseName"/> is <see langword="null"/>.</exception>
    /// <exception cref="VocabularyItemNotFoundException">No item has that name; the message lists the known names and aliases.</exception>
    public static TEnum FromChineseName(string chineseName)
    {
        Guard.Against.Null(chineseName);
        if (TryFromChineseName(chineseName, out var item))
        {
            return item;
        }

        var aliases = InValueOrder.SelectMany(i => i._chineseAliases).ToArray();
        throw NotFound("the Chinese name", chineseName, InValueOrder.Select(i => i.ChineseName).ToArray(),
            aliases.Length == 0 ? null : $"{string.Join(", ", InValueOrder.Select(i => i.ChineseName))}; aliases: {string.Join(", ", aliases)}");
    }

    /// <summary>Finds the item with the given Chinese name or alias (surrounding spaces ignored), without throwing.</summary>
    /// <param name="chineseName">A name; <see langword="null"/> finds nothing.</param>
    /// <param name="result">The item, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromChineseName(string? chineseName, [NotNullWhen(true)] out TEnum? result)
    {
        var trimmed = chineseName?.Trim();
        // Stryker disable once Conditional : equivalent when false, no Chinese name or alias is null; "true" (never search) is killed.
        result = trimmed is null ? null : List.FirstOrDefault(item => item.ChineseName == trimmed || item._chineseAliases.Contains(trimmed));
        return result is not null;
    }

    /// <summary>
    /// Reads an item from any of its keys, as an importer of old records needs: the integer value (<c>3</c>), the code
    /// (<c>complaint</c>), the C# name (<c>Complaint</c>, any case), or the Chinese name or an alias (<c>投诉</c>,
    /// <c>意见建议</c>). Surrounding spaces are ignored; codes and names compare case-insensitively.
    /// </summary>
    /// <param name="text">The key.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="VocabularyItemNotFoundException">No item has that key; the message lists every known key.</exception>
    public static TEnum Parse(string text)
    {
        Guard.Against.Null(text);
        if (TryParse(text, out var item))
        {
            return item;
        }

        var items = InValueOrder;
        throw NotFound("the value, code, name or Chinese name", text, items.Select(i => i.Code).ToArray(),
            string.Join(", ", items.Select(i => $"{i.Value} / {i.Code} / {i.Name} / {string.Join(" / ", new[] { i.ChineseName }.Concat(i._chineseAliases))}")));
    }

    /// <summary><see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The key; <see langword="null"/> or blank finds nothing.</param>
    /// <param name="result">The item, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TEnum? result)
    {
        var key = text?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            result = null;
            return false;
        }

        if (int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return TryFromValue(value, out result);
        }

        result = List.FirstOrDefault(item => string.Equals(item.Code, key, StringComparison.OrdinalIgnoreCase))
            ?? List.FirstOrDefault(item => string.Equals(item.Name, key, StringComparison.OrdinalIgnoreCase));
        return result is not null || TryFromChineseName(key, out result);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ChineseName})";

    private static VocabularyItemNotFoundException NotFound(string what, string key, IReadOnlyList<string> known, string? listed)
    {
        var vocabulary = typeof(TEnum).Name;
        return new VocabularyItemNotFoundException(
            vocabulary,
            key,
            Array.AsReadOnly(known.ToArray()),
            $"No {vocabulary} has {what} '{key}'. Known: {listed ?? string.Join(", ", known)}.");
    }
}
