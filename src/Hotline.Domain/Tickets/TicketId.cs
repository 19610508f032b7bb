using System;

namespace Hotline.Domain.Tickets;

/// <summary>The identity of a work order (工单编号), as the integrator's system numbers it.</summary>
/// <remarks>
/// Immutable, validated on construction: not blank and without leading or trailing white space (ids are compared
/// ordinally, so <c>" A"</c> and <c>"A"</c> would otherwise be two tickets). Two ids are equal when their
/// <see cref="Value"/>s are equal, ordinal and case-sensitive.
/// </remarks>
public sealed class TicketId : IEquatable<TicketId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id: not blank, no leading or trailing white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, blank or padded.</exception>
    public TicketId(string value)
    {
        Value = Preconditions.Id(value, nameof(value), "ticket id");
    }

    // For ids read back from events that the aggregate has already validated.
    private TicketId(string value, bool trusted)
    {
        _ = trusted;
        Value = value;
    }

    /// <summary>The id as written.</summary>
    public string Value { get; }

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(TicketId? left, TicketId? right) => Equals(left, right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TicketId? left, TicketId? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(TicketId? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TicketId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    // Stryker disable once Boolean : equivalent, the flag only picks the private constructor, which ignores its value.
    internal static TicketId Trusted(string value) => new(value, trusted: true);
}
