using System;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Tickets;

/// <summary>
/// Who performs an action on a work order: platform staff (operators, dispatchers, supervisors of the 12345 platform)
/// or the staff of a responsible unit. The aggregate checks authority on it (the closed loop of 国办发〔2020〕53号: the platform dispatches, reviews and calls back; the unit handles and replies).
/// </summary>
/// <remarks>
/// Immutable. Two actors are equal when they are both the platform or both the same unit, and their staff ids are
/// equal (ordinal).
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    private Actor(UnitId? unit, string? unitValue, string staffId)
    {
        Unit = unit;
        UnitValue = unitValue;
        StaffId = staffId;
    }

    /// <summary>The unit the staff member works for, or <see langword="null"/> for platform staff.</summary>
    public UnitId? Unit { get; }

    /// <summary>The staff member's id (工号) in the integrator's system.</summary>
    public string StaffId { get; }

    /// <summary>Whether this is platform staff.</summary>
    public bool IsPlatform => UnitValue is null;

    /// <summary>Platform staff: an operator, dispatcher or supervisor of the 12345 platform.</summary>
    /// <param name="staffId">The staff member's id: not blank, not padded.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="staffId"/> is null, blank or padded.</exception>
    public static Actor Platform(string staffId) => new(null, null, Preconditions.Id(staffId, nameof(staffId), "staff id"));

    /// <summary>A member of a responsible unit's staff.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="staffId">The staff member's id: not blank, not padded.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is null, or <paramref name="staffId"/> is null, blank or padded.</exception>
    public static Actor OfUnit(UnitId unit, string staffId) =>
        new(Guard.Against.Null(unit), unit.Value, Preconditions.Id(staffId, nameof(staffId), "staff id"));

    /// <summary>Whether two actors are equal.</summary>
    /// <param name="left">One actor.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(Actor? left, Actor? right) => Equals(left, right);

    /// <summary>Whether two actors differ.</summary>
    /// <param name="left">One actor.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Actor? left, Actor? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null && Unit == other.Unit && string.Equals(StaffId, other.StaffId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Actor other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Unit, StringComparer.Ordinal.GetHashCode(StaffId)).GetHashCode();

    // The acting unit's id, as the checks compare it.
    internal string? UnitValue { get; }

    // For replay: the ids of a stored event, already checked by the history's envelope. Such an actor only reaches the
    // checks (never a caller), which read UnitValue: no UnitId is allocated per replayed event.
    internal static Actor Trusted(string? unitValue, string staffId) => new(null, unitValue, staffId);

    /// <inheritdoc />
    public override string ToString() => Unit is null ? $"platform staff {StaffId}" : $"{StaffId} of unit {Unit}";
}
