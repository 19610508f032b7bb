using System;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Accountability;

/// <summary>One return (退单) the platform rejected: which unit returned the ticket, when, and when the return was rejected.</summary>
/// <remarks>Immutable, with value equality. The default value has no unit (<see langword="null"/>); the review never yields it.</remarks>
public readonly struct RejectedReturn : IEquatable<RejectedReturn>
{
    internal RejectedReturn(UnitId unit, Instant returnedAt, Instant rejectedAt)
    {
        Unit = unit;
        ReturnedAt = returnedAt;
        RejectedAt = rejectedAt;
    }

    /// <summary>The unit that returned the ticket.</summary>
    public UnitId Unit { get; }

    /// <summary>When the unit returned it.</summary>
    public Instant ReturnedAt { get; }

    /// <summary>When the platform rejected the return.</summary>
    public Instant RejectedAt { get; }

    /// <summary>Whether two rejected returns are equal.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when unit and instants are equal.</returns>
    public static bool operator ==(RejectedReturn left, RejectedReturn right) => left.Equals(right);

    /// <summary>Whether two rejected returns differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RejectedReturn left, RejectedReturn right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RejectedReturn other) => Unit == other.Unit && ReturnedAt == other.ReturnedAt && RejectedAt == other.RejectedAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RejectedReturn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Unit, ReturnedAt, RejectedAt).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Unit} 退单 {InstantPattern.General.Format(ReturnedAt)}, 驳回 {InstantPattern.General.Format(RejectedAt)}";
}
