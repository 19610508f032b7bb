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
    private static readonly TEnum[] Items = Vocabulary<TEnum>.List.ToArray();

    // Events built by the live actions carry the item's own code string, so a reference comparison finds it without
    // hashing; a code read back from storage is another string and goes through the map.
    public static TEnum? Find(string? code)
    {
        foreach (var item in Items)
        {
            if (ReferenceEquals(item.Code, code))
            {
                return item;
            }
        }

        return code is not null && Map.TryGetValue(code, out var found) ? found : null;
    }
}
