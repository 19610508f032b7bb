using System;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>One line of a duty roster: who is on duty on a day of the week.</summary>
/// <remarks>Immutable. Two assignments are equal when their days and staff ids (ordinal) are equal.</remarks>
public sealed class DutyAssignment : IEquatable<DutyAssignment>
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="day">The day of the week (not <see cref="IsoDayOfWeek.None"/>).</param>
    /// <param name="staffId">The staff member on duty: not blank, not padded.</param>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not a day, or <paramref name="staffId"/> is null, blank or padded.</exception>
    public DutyAssignment(IsoDayOfWeek day, string staffId)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentException($"'{day}' is not a day of the week; use Monday to Sunday.", nameof(day));
        }

        Day = day;
        StaffId = Preconditions.Id(staffId, nameof(staffId), "staff id");
    }

    /// <summary>The day of the week.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>The staff member on duty.</summary>
    public string StaffId { get; }

    /// <summary>Whether two assignments are equal.</summary>
    /// <param name="left">One assignment.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(DutyAssignment? left, DutyAssignment? right) => Equals(left, right);

    /// <summary>Whether two assignments differ.</summary>
    /// <param name="left">One assignment.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DutyAssignment? left, DutyAssignment? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(DutyAssignment? other) => other is not null && Day == other.Day && string.Equals(StaffId, other.StaffId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DutyAssignment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Day, StringComparer.Ordinal.GetHashCode(StaffId)).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Day}: {StaffId}";
}
