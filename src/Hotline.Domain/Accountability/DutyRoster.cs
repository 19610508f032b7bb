using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// A unit's weekly duty roster (值班制度): who is on duty on each day of the week. The roster is complete when every day,
/// Monday to Sunday, has someone: make-up working days (补班) fall on weekends, and orders arrive on any day.
/// </summary>
/// <remarks>Immutable; assignments keep their input order, duplicates removed.</remarks>
public sealed class DutyRoster
{
    private readonly DutyAssignment[] _assignments;

    /// <summary>Creates a roster.</summary>
    /// <param name="assignments">The assignments (not null, no null element; may be empty).</param>
    /// <exception cref="ArgumentException"><paramref name="assignments"/> is null or holds a null.</exception>
    public DutyRoster(IEnumerable<DutyAssignment> assignments)
    {
        var list = Guard.Against.Null(assignments).ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("A duty assignment is null.", nameof(assignments));
        }

        _assignments = list.Distinct().ToArray();
    }

    /// <summary>The assignments. A read-only view.</summary>
    public IReadOnlyList<DutyAssignment> Assignments => Array.AsReadOnly(_assignments);

    /// <summary>The staff on duty on <paramref name="day"/>.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>Their staff ids, in roster order (a copy).</returns>
    public IReadOnlyList<string> OnDuty(IsoDayOfWeek day) => _assignments.Where(a => a.Day == day).Select(a => a.StaffId).ToArray();

    /// <summary>The days of the week with nobody on duty, Monday first.</summary>
    /// <returns>The days (a copy; empty when the roster is complete).</returns>
    public IReadOnlyList<IsoDayOfWeek> UncoveredDays()
    {
        var covered = new bool[8];
        foreach (var a in _assignments)
        {
            covered[(int)a.Day] = true;
        }

        var days = new List<IsoDayOfWeek>();
        for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Sunday; d++)
        {
            if (!covered[(int)d])
            {
                days.Add(d);
            }
        }

        return days.AsReadOnly();
    }

    /// <inheritdoc />
    public override string ToString() => $"duty roster, {_assignments.Length} assignment(s), {7 - UncoveredDays().Count}/7 days covered";
}
