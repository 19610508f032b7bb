using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// Options of an <see cref="Assessment"/>: which callback grades count, whether terminated orders count, and the ledger
/// of exemption decisions. Immutable and composable: each instance method returns new options
/// (<c>AssessmentOptions.Default.ExcludingBasicallyResolved().WithExemptions(decisions)</c>). Value equality.
/// </summary>
public sealed class AssessmentOptions : IEquatable<AssessmentOptions>
{
    private static readonly ExemptionDecision[] NoExemptions = [];

    private readonly ExemptionDecision[] _exemptions;

    /// <summary>The defaults: 基本满意 counts as satisfied, 基本解决 as resolved, a terminated order as due and not replied, no exemptions.</summary>
    public static readonly AssessmentOptions Default = new(countBasicallySatisfied: true);

    /// <summary>基本满意 does not count as satisfied (only 非常满意 and 满意 do); otherwise the defaults.</summary>
    public static readonly AssessmentOptions ExcludingBasicallySatisfied = new(countBasicallySatisfied: false);

    /// <summary>Creates options with the defaults but for 基本满意.</summary>
    /// <param name="countBasicallySatisfied">Whether 基本满意 counts as satisfied in <see cref="UnitAssessment.Satisfied"/>.</param>
    public AssessmentOptions(bool countBasicallySatisfied)
        : this(countBasicallySatisfied, countBasicallyResolved: true, countTerminated: true, NoExemptions)
    {
    }

    private AssessmentOptions(bool countBasicallySatisfied, bool countBasicallyResolved, bool countTerminated, ExemptionDecision[] exemptions)
    {
        CountBasicallySatisfied = countBasicallySatisfied;
        CountBasicallyResolved = countBasicallyResolved;
        CountTerminated = countTerminated;
        _exemptions = exemptions;
    }

    /// <summary>Whether 基本满意 counts as satisfied (default <see langword="true"/>).</summary>
    public bool CountBasicallySatisfied { get; }

    /// <summary>Whether a callback graded 基本解决 counts as resolved in <see cref="UnitAssessment.Resolved"/> (default <see langword="true"/>).</summary>
    public bool CountBasicallyResolved { get; }

    /// <summary>
    /// Whether a terminated order (终止办理) counts for its unit as due and not replied (default <see langword="true"/>);
    /// <see langword="false"/>: it counts nowhere, like a withdrawn one.
    /// </summary>
    public bool CountTerminated { get; }

    /// <summary>The exemption decisions, in the order given. A read-only view.</summary>
    public IReadOnlyList<ExemptionDecision> Exemptions => Array.AsReadOnly(_exemptions);

    /// <summary>Whether two options are equal.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(AssessmentOptions? left, AssessmentOptions? right) => Equals(left, right);

    /// <summary>Whether two options differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AssessmentOptions? left, AssessmentOptions? right) => !Equals(left, right);

    /// <summary>These options, but 基本解决 does not count as resolved in 解决率 (only 解决 does): the 基本满意 option's mirror.</summary>
    /// <returns>New options; these are unchanged.</returns>
    public AssessmentOptions ExcludingBasicallyResolved() => new(CountBasicallySatisfied, countBasicallyResolved: false, CountTerminated, _exemptions);

    /// <summary>These options, but a terminated order (终止办理) counts nowhere, as a city that does not assess approved terminations chooses.</summary>
    /// <returns>New options; these are unchanged.</returns>
    public AssessmentOptions ExcludingTerminated() => new(CountBasicallySatisfied, CountBasicallyResolved, countTerminated: false, _exemptions);

    /// <summary>
    /// These options with exemption decisions added after the ones they hold. An assessment considers the decisions
    /// made by its as-of instant; for one order and scope the latest decision wins (the later in the list at the same
    /// instant); an approved winner takes the order, or its callback's judgement, out of the counts.
    /// </summary>
    /// <param name="decisions">The decisions (no null).</param>
    /// <returns>New options; these are unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="decisions"/> is null or holds a null.</exception>
    public AssessmentOptions WithExemptions(IEnumerable<ExemptionDecision> decisions)
    {
        Guard.Against.Null(decisions);
        var added = decisions.ToArray();
        if (Array.IndexOf(added, null) is var at && at >= 0)
        {
            throw new ArgumentException($"Exemption decision {at} is null.", nameof(decisions));
        }

        var all = new ExemptionDecision[_exemptions.Length + added.Length];
        _exemptions.CopyTo(all, 0);
        added.CopyTo(all, _exemptions.Length);
        return new AssessmentOptions(CountBasicallySatisfied, CountBasicallyResolved, CountTerminated, all);
    }

    /// <inheritdoc />
    public bool Equals(AssessmentOptions? other) =>
        other is not null
        && CountBasicallySatisfied == other.CountBasicallySatisfied
        && CountBasicallyResolved == other.CountBasicallyResolved
        && CountTerminated == other.CountTerminated
        && _exemptions.SequenceEqual(other._exemptions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AssessmentOptions other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (CountBasicallySatisfied, CountBasicallyResolved, CountTerminated, _exemptions.Length).GetHashCode();

    /// <inheritdoc />
    public override string ToString() =>
        (CountBasicallySatisfied ? "满意率 counts 非常满意, 满意 and 基本满意" : "满意率 counts 非常满意 and 满意")
        + (CountBasicallyResolved ? string.Empty : "; 解决率 counts 解决 only")
        + (CountTerminated ? string.Empty : "; terminated orders count nowhere")
        + (_exemptions.Length == 0 ? string.Empty : $"; {_exemptions.Length} exemption decision(s)");
}
