using System;
using System.Collections.Generic;

namespace Hotline.Domain;

/// <summary>
/// A vocabulary lookup (<c>FromValue</c>, <c>FromCode</c>, <c>FromName</c>, <c>FromChineseName</c>, <c>Parse</c>)
/// found no item: a stored record or an import holds a key the vocabulary does not know. The message names the
/// vocabulary, the key, and lists every key that is known.
/// </summary>
/// <remarks>
/// A <see langword="null"/> key is a programming error and throws <see cref="ArgumentNullException"/> instead.
/// Use the <c>TryFrom…</c> and <c>TryParse</c> variants where an unknown key is expected.
/// </remarks>
public sealed class VocabularyItemNotFoundException : HotlineDomainException
{
    internal VocabularyItemNotFoundException(string vocabulary, string key, IReadOnlyList<string> knownKeys, string message)
        : base(message)
    {
        Vocabulary = vocabulary;
        Key = key;
        KnownKeys = knownKeys;
    }

    /// <summary>The vocabulary that was searched (for example <c>TicketCategory</c>).</summary>
    public string Vocabulary { get; }

    /// <summary>The key that was not found, as given.</summary>
    public string Key { get; }

    /// <summary>The keys of the kind that was searched which the vocabulary does know, in value order.</summary>
    public IReadOnlyList<string> KnownKeys { get; }
}
