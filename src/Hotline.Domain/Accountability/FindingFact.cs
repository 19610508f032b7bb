using System;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Accountability;

/// <summary>One fact a <see cref="Finding"/> rests on: what happened (<see cref="Kind"/>) and when (<see cref="At"/>).</summary>
/// <remarks>Immutable. Two facts are equal when their kinds and instants are equal.</remarks>
public sealed class FindingFact : IEquatable<FindingFact>
{
    /// <summary>Creates a fact.</summary>
    /// <param name="kind">What the instant is.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is null.</exception>
    public FindingFact(FactKind kind, Instant at)
    {
        Kind = Guard.Against.Null(kind);
        At = at;
    }

    /// <summary>What the instant is.</summary>
    public FactKind Kind { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>Whether two facts are equal.</summary>
    /// <param name="left">One fact.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(FindingFact? left, FindingFact? right) => Equals(left, right);

    /// <summary>Whether two facts differ.</summary>
    /// <param name="left">One fact.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FindingFact? left, FindingFact? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(FindingFact? other) => other is not null && ReferenceEquals(Kind, other.Kind) && At == other.At;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FindingFact other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Kind.Value, At).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ChineseName} {InstantPattern.General.Format(At)}";
}
