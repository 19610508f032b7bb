using CsCheck;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Random scripts of attempted actions for property tests: each attempt is an action by the platform, the
/// dispatched unit or another unit, some minutes after the previous one (sometimes before it). Most attempts are
/// refused; the ticket must come out of every refusal unchanged.
/// </summary>
internal static class TicketScripts
{
    public enum Kind
    {
        Answer,
        Dispatch,
        Sign,
        Return,
        RejectReturn,
        Request,
        Approve,
        Deny,
        Reply,
        Callback,
        Reopen,
        Close,
        Merge,
        Contact,
        AddAssisting,
        ReportAssistance,
        ReportProgress,
        Remind,
        Supervise,
        AnswerSupervision,
        Escalate,
        Transfer,
        Refer,
        Decline,
        MarkInvalid,
        Withdraw,
        RequestTermination,
        ApproveTermination,
        DenyTermination,
        RequestStatutory,
        ApproveStatutory,
        DenyStatutory,
        CallbackAttempt,
        GradedCallback,
        Review,
    }

    private static readonly UnitId[] Units = [Housing, Urban, new("水务局")];

    public static readonly Gen<Attempt> AttemptGen = Gen.Select(
        Gen.Frequency(
            (2, Gen.Const(Kind.Answer)), (30, Gen.Const(Kind.Dispatch)), (30, Gen.Const(Kind.Sign)), (10, Gen.Const(Kind.Return)),
            (8, Gen.Const(Kind.RejectReturn)), (24, Gen.Const(Kind.Request)), (15, Gen.Const(Kind.Approve)), (12, Gen.Const(Kind.Deny)),
            (30, Gen.Const(Kind.Reply)), (24, Gen.Const(Kind.Callback)), (25, Gen.Const(Kind.Reopen)), (12, Gen.Const(Kind.Close)),
            (1, Gen.Const(Kind.Merge)), (15, Gen.Const(Kind.Contact)), (12, Gen.Const(Kind.AddAssisting)), (12, Gen.Const(Kind.ReportAssistance)),
            (8, Gen.Const(Kind.ReportProgress)), (8, Gen.Const(Kind.Remind)), (8, Gen.Const(Kind.Supervise)), (8, Gen.Const(Kind.AnswerSupervision)),
            (4, Gen.Const(Kind.Escalate)), (1, Gen.Const(Kind.Transfer)), (1, Gen.Const(Kind.Refer)), (1, Gen.Const(Kind.Decline)),
            (1, Gen.Const(Kind.MarkInvalid)), (1, Gen.Const(Kind.Withdraw)),
            (8, Gen.Const(Kind.RequestTermination)), (16, Gen.Const(Kind.ApproveTermination)), (16, Gen.Const(Kind.DenyTermination)),
            (16, Gen.Const(Kind.RequestStatutory)), (20, Gen.Const(Kind.ApproveStatutory)), (16, Gen.Const(Kind.DenyStatutory)),
            (12, Gen.Const(Kind.CallbackAttempt)), (12, Gen.Const(Kind.GradedCallback)), (16, Gen.Const(Kind.Review))),
        Gen.Frequency((5, Gen.Const(0)), (5, Gen.Const(1)), (1, Gen.Const(2))),
        Gen.Frequency((12, Gen.Int[0, 600]), (3, Gen.Int[0, 6000]), (1, Gen.Int[-900, -1])),
        Gen.Int[1, 7],
        Gen.Int[0, 4],
        Gen.Bool,
        Gen.Frequency((1, Gen.Const(1)), (1, Gen.Const(2)), (3, Gen.Const(3))),
        Gen.Int[0, 2])
        .Select(a => new Attempt(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, a.Item6, a.Item7, a.Item8));

    public static readonly Gen<Script> ScriptGen = Gen.Select(
            Gen.Int[0, 6],
            Gen.Int[0, 280],
            Gen.Int[1, 3],
            AttemptGen.Array[1, 70])
        .Select((category, day, urgency, attempts) => new Script(category, day, urgency, attempts));

    /// <summary>Runs a script; <paramref name="afterRefusal"/> sees the ticket and its fingerprint before each refused attempt.</summary>
    public static Ticket Run(Script script, string id, HandlingPolicy policy, Action<Ticket, Fingerprint>? afterRefusal = null)
    {
        var start = Instant.FromUtc(2026, 1, 5, 1, 0) + Duration.FromDays(script.StartDay);
        var category = TicketCategory.FromValue(script.Category + 1);
        var ticket = Ticket.Register(new TicketId(id), category, "随机工单", policy, Operator, start, Urgency.FromValue(script.Urgency));
        var at = start;
        foreach (var attempt in script.Attempts)
        {
            at += Duration.FromMinutes(attempt.Minutes);
            var before = Fingerprint.Of(ticket);
            try
            {
                Apply(ticket, attempt, at);
            }
            catch (HotlineDomainException)
            {
                afterRefusal?.Invoke(ticket, before);
            }
        }

        return ticket;
    }

    private static void Apply(Ticket ticket, Attempt a, Instant at)
    {
        var responsible = ticket.ResponsibleUnit ?? Housing;
        var other = Units.First(u => u != responsible);
        var by = a.Who switch
        {
            0 => Supervisor,
            1 => Actor.OfUnit(responsible, "staff-1"),
            _ => Actor.OfUnit(other, "staff-2"),
        };
        switch (a.Kind)
        {
            case Kind.Answer: ticket.AnswerDirectly("知识库答复", by, at); break;
            case Kind.Dispatch: ticket.Dispatch(Units[a.Unit], Complexity.FromValue(a.Complexity), by, at); break;
            case Kind.Sign: ticket.SignIn(by, at); break;
            case Kind.Return: ticket.Return("非本单位职责", by, at); break;
            case Kind.RejectReturn: ticket.RejectReturn("属于该单位", by, at); break;
            case Kind.Request: ticket.RequestExtension(a.Days, "需协调", by, at); break;
            case Kind.Approve: ticket.ApproveExtension(by, at); break;
            case Kind.Deny: ticket.DenyExtension("理由不足", by, at); break;
            case Kind.Reply: ticket.Reply("已处理", a.Resolved, by, at); break;
            case Kind.Callback: ticket.RecordCallback(a.Resolved, Satisfaction.FromValue(a.Satisfaction + 1), by, at); break;
            case Kind.Reopen: ticket.Reopen("回访不满意", by, at); break;
            case Kind.Close: ticket.Close(by, at); break;
            case Kind.Merge: ticket.MergeInto(new TicketId("GD-MASTER"), by, at); break;
            case Kind.Contact: ticket.ContactRequester("电话联系诉求人", by, at); break;
            case Kind.AddAssisting: ticket.AddAssistingUnit(Units[a.Unit], a.Days, by, at); break;
            case Kind.ReportAssistance: ticket.ReportAssistance("协办意见", by, at); break;
            case Kind.ReportProgress: ticket.ReportProgress("阶段进展", by, at); break;
            case Kind.Remind: ticket.Remind("请抓紧办理", by, at); break;
            case Kind.Supervise: ticket.Supervise(SupervisionLevel.FromValue(a.Complexity), "请限期反馈", a.Days, by, at); break;
            case Kind.AnswerSupervision: ticket.AnswerSupervision("已落实", by, at); break;
            case Kind.Escalate: ticket.Escalate(Units[a.Unit], "区级无法解决", by, at); break;
            case Kind.Transfer: ticket.TransferToEmergencyLine(EmergencyLine.List.ElementAt(a.Days % 4), by, at); break;
            case Kind.Refer: ticket.ReferToLegalRoute("诉讼", by, at); break;
            case Kind.Decline: ticket.Decline("不属于热线受理范围", by, at); break;
            case Kind.MarkInvalid: ticket.MarkInvalid("骚扰电话", by, at); break;
            case Kind.Withdraw: ticket.Withdraw("诉求人撤诉", by, at); break;
            case Kind.RequestTermination: ticket.RequestTermination("无法核实", by, at); break;
            case Kind.ApproveTermination: ticket.ApproveTermination(by, at); break;
            case Kind.DenyTermination: ticket.DenyTermination("应继续办理", by, at); break;
            // a.Days of 1 asks for the due date in force itself, which is refused; more asks for weeks after it.
            case Kind.RequestStatutory: ticket.RequestStatutoryPeriod((ticket.Deadline?.DueDate ?? new LocalDate(2026, 6, 1)).PlusDays((a.Days - 1) * 7), "《信访工作条例》第三十二条", by, at); break;
            case Kind.ApproveStatutory: ticket.ApproveStatutoryPeriod(by, at); break;
            case Kind.DenyStatutory: ticket.DenyStatutoryPeriod("不适用", by, at); break;
            case Kind.CallbackAttempt: ticket.RecordCallbackAttempt(CallbackOutcome.List.ElementAt(a.Days % 3), by, at); break;
            case Kind.GradedCallback: ticket.RecordCallback(Resolution.List.ElementAt(a.Satisfaction % 3), Satisfaction.FromValue(a.Satisfaction + 1), by, at); break;
            case Kind.Review: ticket.ReviewReply(a.Days != 1, "审核意见", by, at); break; // mostly accepted: one in seven is sent back
        }
    }

    internal sealed record Attempt(Kind Kind, int Who, int Minutes, int Days, int Satisfaction, bool Resolved, int Complexity, int Unit);

    internal sealed record Script(int Category, int StartDay, int Urgency, Attempt[] Attempts)
    {
        public override string ToString() => $"category {Category}, day {StartDay}, urgency {Urgency}: {string.Join("; ", Attempts.Select(a => a.ToString()))}";
    }
}

/// <summary>Every query of a ticket, and its last event, as one value: equal fingerprints mean the ticket did not change.</summary>
internal sealed record Fingerprint(
    TicketStatus Status,
    UnitId? Unit,
    Complexity? Complexity,
    Instant? DispatchedAt,
    Instant? SignedInAt,
    HandlingDeadline? Deadline,
    int ReopenCount,
    bool ExtensionRequested,
    int? Pending,
    Instant? RepliedAt,
    bool? RepliedOnTime,
    bool? ReplyResolved,
    bool? CallbackResolved,
    Satisfaction? Satisfaction,
    TicketId? MergedInto,
    Disposition? Disposition,
    EmergencyLine? TransferredTo,
    bool TerminationPending,
    LocalDate? PendingStatutoryDueDate,
    string? StatutoryBasis,
    string Callback,
    int Version,
    TicketEvent Last,
    bool OverdueAtLast,
    StepFingerprint Steps)
{
    public static Fingerprint Of(Ticket t) => new(
        t.Status, t.ResponsibleUnit, t.Complexity, t.DispatchedAt, t.SignedInAt, t.Deadline, t.ReopenCount, t.ExtensionRequested,
        t.PendingExtensionWorkingDays, t.RepliedAt, t.RepliedOnTime, t.ReplyResolved, t.CallbackResolved, t.Satisfaction, t.MergedInto,
        t.Disposition, t.TransferredTo, t.TerminationPending, t.PendingStatutoryDueDate, t.StatutoryBasis,
        $"{t.CallbackResolution} {t.CallbackAttempts} {t.CallbackUnreachable} {t.ReplyAccepted}", t.Version, t.History[^1], t.IsOverdueAt(t.History[^1].At), StepFingerprint.Of(t));
}

/// <summary>The ticket's urgency, the current dispatch's step facts, and the round's assignments.</summary>
internal sealed record StepFingerprint(
    Urgency Urgency,
    Instant? SignInDueAt,
    Instant? ContactDueAt,
    Instant? ReturnWindowEndsAt,
    bool IsDesignated,
    bool? SignedInOnTime,
    Instant? RequesterContactedAt,
    bool? ContactedOnTime,
    string Assignments,
    int ReminderCount,
    Instant? LastRemindedAt,
    TicketSupervision? OpenSupervision)
{
    public static StepFingerprint Of(Ticket t) => new(
        t.Urgency, t.SignInDueAt, t.ContactDueAt, t.ReturnWindowEndsAt, t.IsDesignated, t.SignedInOnTime, t.RequesterContactedAt, t.ContactedOnTime,
        string.Join("; ", t.Assignments), t.ReminderCount, t.LastRemindedAt, t.OpenSupervision);
}
