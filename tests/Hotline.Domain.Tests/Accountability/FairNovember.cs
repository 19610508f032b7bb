using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// A November 2026 (no holidays) for 住建局 and 城管局 where exemptions, a 查否, an appeal, an unreachable callback, a
/// termination, a withdrawal and 基本解决 move the rates; the Baoji 2019 policy with the requester to be contacted within
/// one working day of the dispatch. Every order is a 投诉 dispatched Monday 11-02 09:05, due Monday 11-16 (ten working
/// days). Assessed as of Tuesday 2026-12-01 09:00 Beijing.
/// </summary>
internal static class FairNovember
{
    public static readonly HandlingPolicy Contacting = HandlingPolicy.Baoji2019.ToBuilder().ContactRequesterWithin(StepLimit.WorkingDays(1)).Build();

    public static Ticket Handled(string id, UnitId unit, bool contact = true)
    {
        var t = Ticket.Register(new TicketId(id), TicketCategory.Complaint, "市民诉求 " + id, Contacting, Operator, Beijing("2026-11-02 09:00"));
        t.Dispatch(unit, Complexity.General, Supervisor, Beijing("2026-11-02 09:05"));
        if (contact)
        {
            t.ContactRequester("已电话联系诉求人", Clerk(unit), Beijing("2026-11-02 10:00"));
        }

        t.SignIn(Clerk(unit), Beijing("2026-11-02 11:00"));
        return t;
    }

    public static Ticket Replied(string id, UnitId unit, bool contact = true, string at = "2026-11-10 10:00")
    {
        var t = Handled(id, unit, contact);
        t.Reply("已办结", true, Clerk(unit), Beijing(at));
        return t;
    }

    public static Ticket CalledBack(string id, UnitId unit, Resolution resolution, Satisfaction satisfaction, bool contact = true, string repliedAt = "2026-11-10 10:00")
    {
        var t = Replied(id, unit, contact, repliedAt);
        t.RecordCallback(resolution, satisfaction, Operator, Beijing("2026-11-18 10:00"));
        return t;
    }

    public static IReadOnlyList<Ticket> Month()
    {
        var h4 = Replied("H4", Housing); // 未接通 twice: 无法回访, closed without a callback
        h4.RecordCallbackAttempt(CallbackOutcome.NoAnswer, Operator, Beijing("2026-11-11 10:00"));
        h4.RecordCallbackAttempt(CallbackOutcome.Unreachable, Operator, Beijing("2026-11-12 10:00"));
        h4.Close(Supervisor, Beijing("2026-11-12 11:00"));

        var h6 = Handled("H6", Housing, contact: false); // terminated before its deadline: due, not replied
        h6.RequestTermination("诉求人已通过诉讼途径解决", Clerk(Housing), Beijing("2026-11-05 10:00"));
        h6.ApproveTermination(Supervisor, Beijing("2026-11-06 10:00"));

        var h7 = Handled("H7", Housing); // withdrawn: counts nowhere
        h7.Withdraw("诉求人撤回", Supervisor, Beijing("2026-11-04 10:00"));

        return
        [
            CalledBack("H1", Housing, Resolution.Resolved, Satisfaction.Satisfied),
            CalledBack("H2", Housing, Resolution.BasicallyResolved, Satisfaction.BasicallySatisfied),
            CalledBack("H3", Housing, Resolution.Unresolved, Satisfaction.Dissatisfied), // 满意度甄别 approved
            h4,
            CalledBack("H5", Housing, Resolution.Unresolved, Satisfaction.VeryDissatisfied, contact: false), // 不计入考核 查否
            h6,
            h7,
            CalledBack("H8", Housing, Resolution.Resolved, Satisfaction.Satisfied), // approved by the district, 查否 by the city
            CalledBack("H9", Housing, Resolution.Resolved, Satisfaction.Satisfied), // approved only after the as-of instant
            CalledBack("U1", Urban, Resolution.Resolved, Satisfaction.Satisfied, repliedAt: "2026-11-17 10:00"), // late; 不计入考核
            CalledBack("U2", Urban, Resolution.Unresolved, Satisfaction.Satisfied),
            Handled("U3", Urban), // never replied: overdue
        ];
    }

    public static ExemptionDecision Decision(string ticket, ExemptionScope scope, bool approved, string at, ExemptionReason? reason = null) =>
        new(new TicketId(ticket), reason ?? ExemptionReason.Unreasonable, scope, approved, "经核查" + (approved ? "同意" : "不予") + "甄别", "kh-01", Beijing(at));

    public static IReadOnlyList<ExemptionDecision> Decisions() =>
    [
        Decision("H3", ExemptionScope.Satisfaction, true, "2026-11-20 10:00"),
        Decision("H5", ExemptionScope.WholeTicket, false, "2026-11-21 10:00"),
        Decision("H8", ExemptionScope.WholeTicket, true, "2026-11-25 10:00"),
        Decision("H8", ExemptionScope.WholeTicket, false, "2026-11-28 10:00"),
        Decision("U1", ExemptionScope.WholeTicket, true, "2026-11-20 10:00", ExemptionReason.BeyondDuty),
        Decision("H9", ExemptionScope.WholeTicket, true, "2026-12-03 10:00"),
        Decision("H7", ExemptionScope.Satisfaction, true, "2026-11-22 10:00"),
        Decision("GD-NOT-GIVEN", ExemptionScope.WholeTicket, true, "2026-11-22 10:00"),
        Decision("H4", ExemptionScope.Satisfaction, true, "2026-11-22 10:00"),
    ];
}
