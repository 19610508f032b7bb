using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// What a ticket's events add up to: the state the aggregate exposes, plus the few history facts its read models need
/// (the first dispatch, rejected returns, reopenings, false completions). Built only by <see cref="TicketFold"/>, the one
/// fold of events into state, used by <see cref="Ticket"/> and by every read model of a history.
/// </summary>
internal struct TicketState
{
    // The id as recorded; the aggregate makes its TicketId once, so a read model's fold allocates none per ticket.
    public string IdValue;
    public TicketCategory Category;
    public string Summary;
    public Instant ReceivedAt;
    public TicketStatus Status;
    public string? Unit;
    public Complexity? Complexity;
    public Instant? DispatchedAt;
    public Instant? SignedInAt;
    public HandlingDeadline? Deadline;
    public int ReopenCount;
    public int ExtensionRequests;
    public int? PendingExtensionWorkingDays;
    public Instant? RepliedAt;
    public bool? RepliedOnTime;
    public bool? ReplyResolved;
    public string? RepliedBy;
    public Instant? CallbackAt;
    public bool? CallbackResolved;
    public Satisfaction? Satisfaction;
    public TicketId? MergedInto;
    public Disposition? Disposition;
    public EmergencyLine? TransferredTo;

    // Termination and statutory periods: the pending requests (one of each at most) and the basis of the period in force.
    public bool TerminationPending;
    public Instant? TerminatedAt;
    public LocalDate? PendingStatutoryDueDate;
    public string? PendingStatutoryBasis;
    public string? StatutoryBasis;

    // The callback round: the grade recorded with the callback (null when only yes or no was), the failed attempts
    // since the reply, whether the round is 无法回访, and whether the platform accepted the reply under review.
    public Resolution? CallbackResolution;
    public int CallbackAttempts;
    public bool CallbackUnreachable;
    public bool ReplyAccepted;

    // The order's urgency and the current dispatch's step facts, as recorded.
    public Urgency Urgency;
    public int Dispatches;
    public Instant? SignInDueAt;
    public Instant? ContactDueAt;
    public Instant? ReturnWindowEndsAt;
    public bool IsDesignated;
    public bool? SignedInOnTime;
    public Instant? ContactedAt;
    public bool? ContactedOnTime;

    // Joint handling: the current round's assisting units, in the order added (null: none), and those of the rounds and
    // dispatches before it, for the read models (an assisting unit's report is judged in every round).
    public List<AssistingFact>? Assisting;
    public List<AssistingFact>? EndedAssisting;

    // The lead's assignment: its dispatch, or the escalation that made it the lead.
    public Instant LeadAssignedAt;

    // Supervision: the current round's reminders, the reminders since the current lead was assigned (its 催办率), and
    // every supervision of the order in order.
    public int ReminderCount;
    public Instant? LastRemindedAt;
    public int LeadReminders;
    public List<SupervisionFact>? Supervisions;

    // History facts for the read models.
    public Instant? FirstDispatchedAt;
    public string? FirstDispatchUnit;
    public Instant ReturnedAt;
    public List<RejectedReturnFact>? RejectedReturns;
    public List<Instant>? Reopenings;
    public int FalseCompletions;
    public string? FalseCompletionUnit;
    public Instant FalseCompletionRepliedAt;
    public Instant FalseCompletionCalledBackAt;
}

/// <summary>A return the platform rejected: the unit that returned the order, when, and when the return was rejected.</summary>
internal readonly struct RejectedReturnFact
{
    public RejectedReturnFact(string unit, Instant returnedAt, Instant rejectedAt)
    {
        Unit = unit;
        ReturnedAt = returnedAt;
        RejectedAt = rejectedAt;
    }

    public string Unit { get; }

    public Instant ReturnedAt { get; }

    public Instant RejectedAt { get; }
}

/// <summary>One assisting unit of a round, as its events recorded it.</summary>
internal readonly struct AssistingFact
{
    public AssistingFact(string unit, Instant assignedAt, Instant dueAt, Instant? reportedAt, bool? reportedOnTime, Instant? endedAt)
    {
        Unit = unit;
        AssignedAt = assignedAt;
        DueAt = dueAt;
        ReportedAt = reportedAt;
        ReportedOnTime = reportedOnTime;
        EndedAt = endedAt;
    }

    public string Unit { get; }

    public Instant AssignedAt { get; }

    public Instant DueAt { get; }

    public Instant? ReportedAt { get; }

    public bool? ReportedOnTime { get; }

    // When the assignment ended without a report: the lead's reply, a re-dispatch, a close or a merge (after it the unit
    // can no longer report); null while it runs or once reported.
    public Instant? EndedAt { get; }

    public AssistingFact Reported(Instant at, bool onTime) => new(Unit, AssignedAt, DueAt, at, onTime, null);

    public AssistingFact EndedUnreported(Instant at) => ReportedAt.HasValue || EndedAt.HasValue ? this : new(Unit, AssignedAt, DueAt, null, null, at);
}

/// <summary>One supervision of the order, as its events recorded it.</summary>
internal readonly struct SupervisionFact
{
    public SupervisionFact(SupervisionLevel level, Instant at, Instant respondBy, Instant? answeredAt, bool? answeredOnTime, string? answeredBy, Instant? endedAt)
    {
        Level = level;
        At = at;
        RespondBy = respondBy;
        AnsweredAt = answeredAt;
        AnsweredOnTime = answeredOnTime;
        AnsweredBy = answeredBy;
        EndedAt = endedAt;
    }

    public SupervisionLevel Level { get; }

    public Instant At { get; }

    public Instant RespondBy { get; }

    public Instant? AnsweredAt { get; }

    public bool? AnsweredOnTime { get; }

    public string? AnsweredBy { get; }

    // When a close or a merge ended the supervision unanswered; null while it is open or once answered.
    public Instant? EndedAt { get; }

    public SupervisionFact Answered(Instant at, bool onTime, string unit) => new(Level, At, RespondBy, at, onTime, unit, null);

    public SupervisionFact EndedUnanswered(Instant at) => AnsweredAt.HasValue || EndedAt.HasValue ? this : new(Level, At, RespondBy, null, null, null, at);
}
