using System;
using System.Collections.Generic;
using System.Linq;

namespace Hotline.Domain;

/// <summary>A code-to-item map per vocabulary: replay reads codes on every event, and <c>FromCode</c> scans a list.</summary>
/// <typeparam name="TEnum">The vocabulary.</typeparam>
internal static class VocabularyCodes<TEnum>
    where TEnum : Vocabulary<TEnum>
{
    private static readonly Dictionary<string, TEnum> Map = Vocabulary<TEnum>.List.ToDictionary(item => item.Code, StringComparer.Ordinal);

    public static TEnum? Find(string? code) => code is not null && Map.TryGetValue(code, out var item) ? item : null;
}
