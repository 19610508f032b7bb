using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// When a handling deadline may be extended (延期): which complexities, how many times, by how many working days at
/// most, counted on from the original due date; the request must come before the original deadline.
/// </summary>
public sealed class ExtensionRule
{
    /// <summary>The most extensions a rule may allow: 10.</summary>
    public const int MaxExtensionsLimit = 10;

    private readonly Complexity[] _complexities;

    private ExtensionRule(Complexity[] complexities, int maxExtensions, int maxWorkingDays)
    {
        _complexities = complexities;
        Complexities = Array.AsReadOnly(complexities);
        MaxExtensions = maxExtensions;
        MaxWorkingDays = maxWorkingDays;
    }

    /// <summary>No extension is ever allowed.</summary>
    public static ExtensionRule None { get; } = new([], 0, 0);

    /// <summary>The complexities whose deadlines may be extended, in value order (a read-only view).</summary>
    public IReadOnlyList<Complexity> Complexities { get; }

    /// <summary>How many times one deadline may be extended.</summary>
    public int MaxExtensions { get; }

    /// <summary>The most working days one extension may add.</summary>
    public int MaxWorkingDays { get; }

    /// <summary>An extension allowed once, by at most <paramref name="maxWorkingDays"/> working days, for the given complexities.</summary>
    /// <param name="maxWorkingDays">The most working days the extension may add (1 to <see cref="HandlingPolicy.MaxLimitInWorkingDays"/>).</param>
    /// <param name="complexities">The complexities that may be extended (at least one; no <see langword="null"/>).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A number is out of range, or <paramref name="complexities"/> is empty or holds a <see langword="null"/>.</exception>
    public static ExtensionRule Once(int maxWorkingDays, params Complexity[] complexities) => Times(1, maxWorkingDays, complexities);

    /// <summary>An extension allowed up to <paramref name="maxExtensions"/> times (Shandong's rules, for example).</summary>
    /// <param name="maxExtensions">How many extensions (1 to <see cref="MaxExtensionsLimit"/>).</param>
    /// <param name="maxWorkingDays">The most working days each may add (1 to <see cref="HandlingPolicy.MaxLimitInWorkingDays"/>).</param>
    /// <param name="complexities">The complexities that may be extended (at least one; no <see langword="null"/>).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A number is out of range, or <paramref name="complexities"/> is empty or holds a <see langword="null"/>.</exception>
    public static ExtensionRule Times(int maxExtensions, int maxWorkingDays, params Complexity[] complexities)
    {
        // Bounded so that every extension a deadline can receive stays far inside the dates NodaTime represents.
        Guard.Against.OutOfRange(maxExtensions, nameof(maxExtensions), 1, MaxExtensionsLimit);
        Guard.Against.OutOfRange(maxWorkingDays, nameof(maxWorkingDays), 1, HandlingPolicy.MaxLimitInWorkingDays);
        Guard.Against.NullOrEmpty(complexities);
        if (Array.IndexOf(complexities, null) >= 0)
        {
            throw new ArgumentException("The complexities that may be extended must not include null.", nameof(complexities));
        }

        return new ExtensionRule(complexities.Distinct().OrderBy(c => c.Value).ToArray(), maxExtensions, maxWorkingDays);
    }

    /// <summary>Whether a deadline of <paramref name="complexity"/> may be extended at all.</summary>
    /// <param name="complexity">The order's complexity.</param>
    /// <returns><see langword="true"/> when the rule names it.</returns>
    public bool Allows(Complexity complexity) => _complexities.Contains(complexity);

    /// <summary>
    /// The one decision of the rule, shared by <see cref="HandlingDeadline.Extend(int)"/> and a work order's request:
    /// the first part of the rule that an extension of <paramref name="workingDays"/> breaks after
    /// <paramref name="extensionsSoFar"/> earlier ones, or <see langword="null"/> when the rule allows it. The callers
    /// word the refusal (a deadline speaks of extensions used, a work order of requests made).
    /// </summary>
    internal ExtensionRefusal? RefusalOf(Complexity complexity, int extensionsSoFar, int workingDays)
    {
        if (!Allows(complexity))
        {
            return ExtensionRefusal.ComplexityNotExtended;
        }

        if (extensionsSoFar >= MaxExtensions)
        {
            return ExtensionRefusal.NoExtensionsLeft;
        }

        return workingDays < 1 || workingDays > MaxWorkingDays ? ExtensionRefusal.WorkingDaysOutOfRange : null;
    }

    /// <inheritdoc />
    public override string ToString() => MaxExtensions == 0
        ? "no extension"
        : $"{MaxExtensions}× up to {MaxWorkingDays} working days for {string.Join(", ", _complexities.Select(c => c.ChineseName))}";
}
