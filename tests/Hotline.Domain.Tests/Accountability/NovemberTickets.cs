using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using NodaTime.Text;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// A realistic month for four units, November 2026 (no holidays; 1 November is a Sunday), built through the Ticket
/// API under the Baoji 2019 policy (clock at dispatch; 咨询 2, 求助 3/5, 投诉 10 working days; dispatch within 10
/// minutes; 特别复杂 extendable once by ≤ 5). Assessed and reviewed as of Tuesday 2026-12-01 09:00 Beijing.
/// Each ticket's story and hand-computed deadline is written next to it.
/// </summary>
internal static class NovemberTickets
{
    public static readonly HandlingPolicy Policy = HandlingPolicy.Baoji2019;
    public static readonly DateInterval November = new(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));
    public static readonly Instant AsOf = Beijing("2026-12-01 09:00");

    // Ordinal order of the ids: 交 U+4EA4 < 住 U+4F4F < 城 U+57CE < 市 U+5E02.
    public static readonly UnitId Transport = new("交通局");
    public static readonly UnitId Housing = new("住建局");
    public static readonly UnitId Urban = new("城管局");
    public static readonly UnitId Market = new("市场监管局");

    public static readonly Actor Operator = Actor.Platform("op-01");
    public static readonly Actor Supervisor = Actor.Platform("sv-03");

    public static Instant Beijing(string local) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(local).GetValueOrThrow()
            .InZoneStrictly(HandlingPolicy.ChinaStandardTime).ToInstant();

    public static Actor Clerk(UnitId unit) => Actor.OfUnit(unit, "clerk");

    /// <summary>The responsible units as registered: 市场监管局 has no person in charge and no duty roster.</summary>
    public static IReadOnlyList<ResponsibleUnit> Units()
    {
        var everyDay = new DutyRoster(Enumerable.Range(1, 7).Select(d => new DutyAssignment((IsoDayOfWeek)d, "duty-" + d)));
        return
        [
            new ResponsibleUnit(Transport, "市交通运输局", "0917-3261234", "PC-JT-01", "jt-01", "jt-leader", everyDay),
            new ResponsibleUnit(Housing, "市住房和城乡建设局", "0917-3265678", "PC-ZJ-01", "zj-11", "zj-leader", everyDay),
            new ResponsibleUnit(Urban, "市城市管理执法局", "0917-3269012", "PC-CG-01", "cg-21", "cg-leader", everyDay),
            new ResponsibleUnit(Market, "市市场监督管理局", "0917-3263456", "PC-SJ-01", "sj-31", null, null),
        ];
    }

    public static IReadOnlyList<Ticket> All() =>
    [
        H1OnTimeSatisfied(), H2LateDispatchLateReplyFalseCompletion(), H3OverdueHelpRequest(), H4ExtendedBasicallySatisfied(),
        H5ReopenedTwice(), H6RepliedAfterAsOf(), U1ReturnedAndRedispatchedNeverCalledBack(), U2ImproperReturnRepliedLate(),
        U3NeverSigned(), U4OctoberDerelict(), M1Consultation(), M2ReopenedAwaitingReply(), T1HelpRequest(),
        X1AnsweredDirectly(), X2MergedDuplicate(), X3DispatchedAfterAsOf(),
    ];

    private static Ticket Register(string id, TicketCategory category, string at) =>
        Ticket.Register(new TicketId(id), category, "市民诉求 " + id, Policy, Operator, Beijing(at));

    /// <summary>住建局, complaint, Mon 11-02 09:05 → due Mon 11-16; replied 11-10, resolved, 满意.</summary>
    public static Ticket H1OnTimeSatisfied()
    {
        var t = Register("GD-20261102-001", TicketCategory.Complaint, "2026-11-02 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 10:00"));
        t.Reply("已处理", true, Clerk(Housing), Beijing("2026-11-10 16:00"));
        t.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-11-11 10:00"));
        t.Close(Supervisor, Beijing("2026-11-11 10:05"));
        return t;
    }

    /// <summary>
    /// 住建局, complaint received Tue 11-03 09:00 and dispatched 09:30 (due 09:10: the platform was late); due Tue 11-17
    /// (at 11-18 00:00); replied Thu 11-19 15:00 saying resolved (2 working days late); the callback found it unresolved.
    /// </summary>
    public static Ticket H2LateDispatchLateReplyFalseCompletion()
    {
        var t = Register("GD-20261103-001", TicketCategory.Complaint, "2026-11-03 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-03 09:30"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-03 11:00"));
        t.Reply("已整改完毕", true, Clerk(Housing), Beijing("2026-11-19 15:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-20 10:00"));
        return t;
    }

    /// <summary>住建局, general help request (3 working days), Mon 11-16 09:02 → due Thu 11-19 (at 11-20 00:00); never replied.</summary>
    public static Ticket H3OverdueHelpRequest()
    {
        var t = Register("GD-20261116-001", TicketCategory.HelpRequest, "2026-11-16 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-16 09:02"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-16 09:30"));
        return t;
    }

    /// <summary>
    /// 住建局, especially complex complaint, Mon 11-09 → due Mon 11-23; extension of 5 asked and approved 11-20 → due
    /// Mon 11-30 (at 12-01 00:00); replied 11-30 17:00 (on time); callback 12-01 08:00 resolved, 基本满意.
    /// </summary>
    public static Ticket H4ExtendedBasicallySatisfied()
    {
        var t = Register("GD-20261109-001", TicketCategory.Complaint, "2026-11-09 09:00");
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Supervisor, Beijing("2026-11-09 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-09 09:30"));
        t.RequestExtension(5, "需协调产权单位", Clerk(Housing), Beijing("2026-11-20 10:00"));
        t.ApproveExtension(Supervisor, Beijing("2026-11-20 14:00"));
        t.Reply("已协调解决", true, Clerk(Housing), Beijing("2026-11-30 17:00"));
        t.RecordCallback(true, Satisfaction.BasicallySatisfied, Operator, Beijing("2026-12-01 08:00"));
        return t;
    }

    /// <summary>
    /// 住建局, complaint, Mon 11-02. Round 1: replied 11-05 "not resolved", callback unresolved → reopened Fri 11-06 11:00
    /// (due Fri 11-20). Round 2: replied 11-12 "resolved", callback unresolved and 非常不满意 (a false completion) →
    /// reopened Fri 11-13 11:00 (due Fri 11-27). Round 3: replied 11-25, callback resolved, 满意.
    /// </summary>
    public static Ticket H5ReopenedTwice()
    {
        var t = Register("GD-20261102-002", TicketCategory.Complaint, "2026-11-02 10:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-02 10:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-02 10:30"));
        t.Reply("需进一步协调", false, Clerk(Housing), Beijing("2026-11-05 15:00"));
        t.RecordCallback(false, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-06 09:00"));
        t.Reopen("问题未解决", Supervisor, Beijing("2026-11-06 11:00"));
        t.Reply("已解决", true, Clerk(Housing), Beijing("2026-11-12 15:00"));
        t.RecordCallback(false, Satisfaction.VeryDissatisfied, Operator, Beijing("2026-11-13 09:00"));
        t.Reopen("回访仍未解决", Supervisor, Beijing("2026-11-13 11:00"));
        t.Reply("已彻底解决", true, Clerk(Housing), Beijing("2026-11-25 15:00"));
        t.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-11-26 09:00"));
        return t;
    }

    /// <summary>住建局, complaint, Wed 11-25 → due Wed 12-09; replied 12-02, after the as-of instant (so not replied for this assessment).</summary>
    public static Ticket H6RepliedAfterAsOf()
    {
        var t = Register("GD-20261125-001", TicketCategory.Complaint, "2026-11-25 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-25 09:05"));
        t.SignIn(Clerk(Housing), Beijing("2026-11-25 09:30"));
        t.Reply("已处理", true, Clerk(Housing), Beijing("2026-12-02 10:00"));
        return t;
    }

    /// <summary>
    /// Dispatched to 住建局 Wed 11-04 09:05, returned 10:00, re-dispatched to 城管局 11:00 (the return accepted; the clock
    /// restarts: due Wed 11-18); replied 11-17 (on time); never called back.
    /// </summary>
    public static Ticket U1ReturnedAndRedispatchedNeverCalledBack()
    {
        var t = Register("GD-20261104-001", TicketCategory.Complaint, "2026-11-04 09:00");
        t.Dispatch(Housing, Complexity.General, Supervisor, Beijing("2026-11-04 09:05"));
        t.Return("占道经营不属于本单位职责", Clerk(Housing), Beijing("2026-11-04 10:00"));
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-04 11:00"));
        t.SignIn(Clerk(Urban), Beijing("2026-11-04 11:30"));
        t.Reply("已劝离", true, Clerk(Urban), Beijing("2026-11-17 16:00"));
        return t;
    }

    /// <summary>
    /// 城管局, complaint, Thu 11-05 09:05 → due Thu 11-19 (at 11-20 00:00); returned 09:30, the return rejected 10:00
    /// (不当退单); replied Tue 11-24 (3 working days late), callback resolved, 满意.
    /// </summary>
    public static Ticket U2ImproperReturnRepliedLate()
    {
        var t = Register("GD-20261105-001", TicketCategory.Complaint, "2026-11-05 09:00");
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-05 09:05"));
        t.Return("非本单位职责", Clerk(Urban), Beijing("2026-11-05 09:30"));
        t.RejectReturn("夜间施工噪音属城管职责", Supervisor, Beijing("2026-11-05 10:00"));
        t.SignIn(Clerk(Urban), Beijing("2026-11-05 10:30"));
        t.Reply("已责令停工", true, Clerk(Urban), Beijing("2026-11-24 10:00"));
        t.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-11-25 10:00"));
        t.Close(Supervisor, Beijing("2026-11-25 10:30"));
        return t;
    }

    /// <summary>城管局, consultation (2 working days), Thu 11-26 09:03 → due Mon 11-30 (at 12-01 00:00); never signed for.</summary>
    public static Ticket U3NeverSigned()
    {
        var t = Register("GD-20261126-001", TicketCategory.Consultation, "2026-11-26 09:00");
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-26 09:03"));
        return t;
    }

    /// <summary>城管局, complaint dispatched Fri 10-30 (outside the period) → due Fri 11-13 (at 11-14 00:00); never replied.</summary>
    public static Ticket U4OctoberDerelict()
    {
        var t = Register("GD-20261030-001", TicketCategory.Complaint, "2026-10-30 09:00");
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-10-30 09:05"));
        t.SignIn(Clerk(Urban), Beijing("2026-10-30 10:00"));
        return t;
    }

    /// <summary>市场监管局, consultation, Tue 11-10 → due Thu 11-12; replied 11-11, callback resolved, 非常满意.</summary>
    public static Ticket M1Consultation()
    {
        var t = Register("GD-20261110-001", TicketCategory.Consultation, "2026-11-10 09:00");
        t.Dispatch(Market, Complexity.General, Supervisor, Beijing("2026-11-10 09:05"));
        t.SignIn(Clerk(Market), Beijing("2026-11-10 09:10"));
        t.Reply("已答复办理流程", true, Clerk(Market), Beijing("2026-11-11 10:00"));
        t.RecordCallback(true, Satisfaction.VerySatisfied, Operator, Beijing("2026-11-12 10:00"));
        t.Close(Supervisor, Beijing("2026-11-12 10:05"));
        return t;
    }

    /// <summary>
    /// 市场监管局, complaint, Thu 11-12 → due Thu 11-26; replied 11-20, callback resolved but 不满意 → reopened Mon 11-23
    /// 10:00 (due Mon 12-07); not replied again by the as-of instant.
    /// </summary>
    public static Ticket M2ReopenedAwaitingReply()
    {
        var t = Register("GD-20261112-001", TicketCategory.Complaint, "2026-11-12 09:00");
        t.Dispatch(Market, Complexity.General, Supervisor, Beijing("2026-11-12 09:05"));
        t.SignIn(Clerk(Market), Beijing("2026-11-12 14:00"));
        t.Reply("已约谈商家", true, Clerk(Market), Beijing("2026-11-20 10:00"));
        t.RecordCallback(true, Satisfaction.Dissatisfied, Operator, Beijing("2026-11-23 09:00"));
        t.Reopen("对处理结果不满意", Supervisor, Beijing("2026-11-23 10:00"));
        return t;
    }

    /// <summary>交通局, complex help request (5 working days), Wed 11-18 → due Wed 11-25; replied 11-19, callback resolved, 满意.</summary>
    public static Ticket T1HelpRequest()
    {
        var t = Register("GD-20261118-001", TicketCategory.HelpRequest, "2026-11-18 09:00");
        t.Dispatch(Transport, Complexity.Complex, Supervisor, Beijing("2026-11-18 09:05"));
        t.SignIn(Clerk(Transport), Beijing("2026-11-18 09:20"));
        t.Reply("已调整公交站牌", true, Clerk(Transport), Beijing("2026-11-19 11:00"));
        t.RecordCallback(true, Satisfaction.Satisfied, Operator, Beijing("2026-11-20 11:00"));
        t.Close(Supervisor, Beijing("2026-11-20 11:05"));
        return t;
    }

    /// <summary>A consultation answered directly at intake: no unit, counts nowhere.</summary>
    public static Ticket X1AnsweredDirectly()
    {
        var t = Register("GD-20261102-003", TicketCategory.Consultation, "2026-11-02 11:00");
        t.AnswerDirectly("公积金提取须携带身份证", Operator, Beijing("2026-11-02 11:03"));
        return t;
    }

    /// <summary>A duplicate dispatched to 城管局 and merged into GD-20261105-001: handled under its master, counts nowhere.</summary>
    public static Ticket X2MergedDuplicate()
    {
        var t = Register("GD-20261120-001", TicketCategory.Complaint, "2026-11-20 09:00");
        t.Dispatch(Urban, Complexity.General, Supervisor, Beijing("2026-11-20 09:30"));
        t.MergeInto(new TicketId("GD-20261105-001"), Supervisor, Beijing("2026-11-20 10:00"));
        return t;
    }

    /// <summary>Registered 12-01 08:50, dispatched 10:00 — after the as-of instant: not dispatched for this assessment.</summary>
    public static Ticket X3DispatchedAfterAsOf()
    {
        var t = Register("GD-20261201-001", TicketCategory.Complaint, "2026-12-01 08:50");
        t.Dispatch(Transport, Complexity.General, Supervisor, Beijing("2026-12-01 10:00"));
        return t;
    }
}
