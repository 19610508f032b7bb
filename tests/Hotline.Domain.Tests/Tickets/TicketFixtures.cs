using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Actors, ids and ticket builders shared by the ticket tests.</summary>
internal static class TicketFixtures
{
    public static readonly HandlingPolicy Policy = HandlingPolicy.Baoji2019;

    // The Baoji preset with step limits on summer/winter office hours: sign-in within 2 working hours (特急 15 minutes
    // of calendar time), contact within 30 minutes for 紧急 and 1 working day otherwise, returns within 1 working day,
    // designation at the third dispatch.
    public static readonly HandlingPolicy StepPolicy = HandlingPolicy.Baoji2019.ToBuilder()
        .OfficeHours(Calendars.OfficeHours.Centre)
        .SignInWithin(StepLimit.WorkingTime(Duration.FromHours(2)))
        .SignInWithin(Urgency.ExtremelyUrgent, StepLimit.CalendarTime(Duration.FromMinutes(15)))
        .ContactRequesterWithin(StepLimit.WorkingDays(1))
        .ContactRequesterWithin(Urgency.Urgent, StepLimit.CalendarTime(Duration.FromMinutes(30)))
        .ReturnWithin(StepLimit.WorkingDays(1))
        .DesignateAfterDispatches(3)
        .AllowReplyBeforeAssistingReports()
        .Build();
    public static readonly UnitId Housing = new("住建局");
    public static readonly UnitId Urban = new("城管局");
    public static readonly Actor Operator = Actor.Platform("op-01");
    public static readonly Actor Dispatcher = Actor.Platform("dp-02");
    public static readonly Actor Supervisor = Actor.Platform("sv-03");
    public static readonly Actor HousingClerk = Actor.OfUnit(Housing, "zj-11");
    public static readonly Actor UrbanClerk = Actor.OfUnit(Urban, "cg-21");

    public static Ticket Registered(TicketCategory? category = null, string at = "2026-09-30 15:50") =>
        Ticket.Register(new TicketId("GD-20260930-0001"), category ?? TicketCategory.Complaint, "小区电梯停运三天", Policy, Operator, Beijing(at));

    public static Ticket Dispatched(Complexity? complexity = null)
    {
        var t = Registered();
        t.Dispatch(Housing, complexity ?? Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        return t;
    }

    public static Ticket Signed(Complexity? complexity = null)
    {
        var t = Dispatched(complexity);
        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        return t;
    }

    /// <summary>Signed for, with an extension of <paramref name="workingDays"/> asked on 2026-10-12 09:00 and pending.</summary>
    public static Ticket ExtensionRequested(int workingDays = 5)
    {
        var t = Signed();
        t.RequestExtension(workingDays, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        return t;
    }

    /// <summary>Signed for, with a termination (终止办理) asked on 2026-10-12 09:00 and pending.</summary>
    public static Ticket TerminationRequested()
    {
        var t = Signed();
        t.RequestTermination("诉求人拒不提供房屋产权信息，无法核实", HousingClerk, Beijing("2026-10-12 09:00"));
        return t;
    }

    /// <summary>A report (举报) signed for under the hotline limit, due 2026-10-20; a statutory period may end after it.</summary>
    public static Ticket SignedReport()
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0002"), TicketCategory.Report, "举报小区违建", Policy, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        return t;
    }

    /// <summary>Rehydrates <paramref name="history"/> with <see cref="Policy"/>, expecting the refusal, and returns it.</summary>
    public static TicketHistoryException RefusedOnReplay(IEnumerable<TicketEvent> history) =>
        FluentActions.Invoking(() => Ticket.Rehydrate(Policy, history)).Should().Throw<TicketHistoryException>().Which;

    public static Ticket Returned()
    {
        var t = Dispatched();
        t.Return("不属于本单位职责", HousingClerk, Beijing("2026-09-30 16:40"));
        return t;
    }

    public static Ticket Replied(bool resolved = true)
    {
        var t = Signed();
        t.Reply("已维修电梯", resolved, HousingClerk, Beijing("2026-10-15 10:00"));
        return t;
    }

    public static Ticket CalledBack(bool resolved, Satisfaction satisfaction)
    {
        var t = Replied();
        t.RecordCallback(resolved, satisfaction, Operator, Beijing("2026-10-16 09:00"));
        return t;
    }

    public static Ticket Closed()
    {
        var t = CalledBack(true, Satisfaction.Satisfied);
        t.Close(Supervisor, Beijing("2026-10-16 10:00"));
        return t;
    }

    /// <summary>Everything a query can see, to compare before and after a refusal or a replay.</summary>
    public static object Snapshot(Ticket t) => new
    {
        t.Id,
        t.Category,
        t.Summary,
        t.ReceivedAt,
        t.Status,
        t.ResponsibleUnit,
        t.Complexity,
        t.DispatchedAt,
        t.SignedInAt,
        t.Deadline,
        t.ReopenCount,
        t.ExtensionRequested,
        t.PendingExtensionWorkingDays,
        t.RepliedAt,
        t.RepliedOnTime,
        t.ReplyResolved,
        t.CallbackResolved,
        t.Satisfaction,
        t.MergedInto,
        t.Disposition,
        t.TransferredTo,
        t.TerminationPending,
        t.PendingStatutoryDueDate,
        t.StatutoryBasis,
        t.CallbackResolution,
        t.CallbackAttempts,
        t.CallbackUnreachable,
        t.ReplyAccepted,
        t.Urgency,
        t.SignInDueAt,
        t.ContactDueAt,
        t.ReturnWindowEndsAt,
        t.IsDesignated,
        t.SignedInOnTime,
        t.RequesterContactedAt,
        t.ContactedOnTime,
        Assignments = t.Assignments.ToArray(),
        t.ReminderCount,
        t.LastRemindedAt,
        t.OpenSupervision,
        t.Version,
        t.LoadedVersion,
        History = t.History.ToArray(),
        Uncommitted = t.UncommittedEvents.ToArray(),
        Drifts = t.DeadlineDrifts.ToArray(),
    };
}
