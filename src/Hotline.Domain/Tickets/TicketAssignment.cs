using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// One unit's assignment in the current handling round of an order (<see cref="Ticket.Assignments"/>): the lead, from
/// its dispatch, or an assisting unit, from the instant the platform added it. An immutable view with value equality.
/// </summary>
public sealed record TicketAssignment
{
    internal TicketAssignment(UnitId unit, AssignmentRole role, Instant assignedAt, Instant? dueAt, Instant? reportedAt, bool? reportedOnTime)
    {
        Unit = unit;
        Role = role;
        AssignedAt = assignedAt;
        DueAt = dueAt;
        ReportedAt = reportedAt;
        ReportedOnTime = reportedOnTime;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Its part: <see cref="AssignmentRole.Lead"/> or <see cref="AssignmentRole.Assisting"/>.</summary>
    public AssignmentRole Role { get; }

    /// <summary>The lead's dispatch, or when the platform added the assisting unit.</summary>
    public Instant AssignedAt { get; }

    /// <summary>
    /// When the unit's part is due: for the lead, the handling deadline's <see cref="Deadlines.HandlingDeadline.DueAt"/>
    /// (<see langword="null"/> while its clock has not started, under a policy whose clock starts at sign-in); for an
    /// assisting unit, its sub-deadline.
    /// </summary>
    public Instant? DueAt { get; }

    /// <summary>The lead's reply, or the assisting unit's report (协办反馈); <see langword="null"/> until then.</summary>
    public Instant? ReportedAt { get; }

    /// <summary>Whether that came before <see cref="DueAt"/>; <see langword="null"/> until it came.</summary>
    public bool? ReportedOnTime { get; }
}
