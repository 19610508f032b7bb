using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The exits: the ways a request legally leaves the loop without a unit's reply (国务院办公厅关于进一步优化地方政务服务便民热线的指导意见,
/// 国办发〔2020〕53号; 北京市接诉即办工作条例 第十一条): four at intake, and the requester's withdrawal at any point before the close.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>
    /// 转接应急热线: the platform transfers a police, fire, medical or traffic emergency to <paramref name="line"/> at
    /// intake. Only from <see cref="TicketStatus.Registered"/>; the ticket is <see cref="TicketStatus.Closed"/> with
    /// <see cref="Disposition"/> <see cref="Tickets.Disposition.TransferredToEmergencyLine"/>, <see cref="TransferredTo"/>
    /// set, no unit and no deadline.
    /// </summary>
    /// <param name="line">The emergency line.</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void TransferToEmergencyLine(EmergencyLine line, Actor by, Instant at)
    {
        Guard.Against.Null(line);
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.TransferToEmergencyLine, by, at);
        Apply(new TicketTransferredToEmergencyLine(Version + 1, at, null, by.StaffId, line.Code));
    }

    /// <summary>
    /// 告知法定途径: the platform tells the requester that the matter belongs to another legal route (litigation,
    /// arbitration, administrative reconsideration, discipline inspection, information disclosure, petition). Only from
    /// <see cref="TicketStatus.Registered"/>; the ticket is <see cref="TicketStatus.Closed"/> with <see cref="Disposition"/>
    /// <see cref="Tickets.Disposition.ReferredToLegalRoute"/>, no unit and no deadline.
    /// </summary>
    /// <param name="route">The route the requester is told (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ReferToLegalRoute(string route, Actor by, Instant at)
    {
        Preconditions.Text(route, nameof(route), "route");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.ReferToLegalRoute, by, at);
        Apply(new TicketReferredToLegalRoute(Version + 1, at, null, by.StaffId, route));
    }

    /// <summary>
    /// 不予受理: the platform explains and declines a request outside the hotline's scope. Only from
    /// <see cref="TicketStatus.Registered"/>; the ticket is <see cref="TicketStatus.Closed"/> with <see cref="Disposition"/>
    /// <see cref="Tickets.Disposition.DeclinedOutOfScope"/>, no unit and no deadline.
    /// </summary>
    /// <param name="reason">Why the request is out of scope (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Decline(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.Decline, by, at);
        Apply(new TicketDeclined(Version + 1, at, null, by.StaffId, reason));
    }

    /// <summary>
    /// 无效诉求: the platform marks the call invalid (malicious harassment, a blank or silent call). Only from
    /// <see cref="TicketStatus.Registered"/>; the ticket is <see cref="TicketStatus.Closed"/> with <see cref="Disposition"/>
    /// <see cref="Tickets.Disposition.Invalid"/>, no unit and no deadline.
    /// </summary>
    /// <param name="reason">Why the call is invalid (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void MarkInvalid(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.MarkInvalid, by, at);
        Apply(new TicketMarkedInvalid(Version + 1, at, null, by.StaffId, reason));
    }

    /// <summary>
    /// 撤单: the platform records that the requester withdrew the request, from any status before
    /// <see cref="TicketStatus.Closed"/>. The ticket is <see cref="TicketStatus.Closed"/> with <see cref="Disposition"/>
    /// <see cref="Tickets.Disposition.Withdrawn"/>; the unit and the deadline stay as they were for the record, but no
    /// deadline runs after it (<see cref="IsOverdueAt"/> is false), the open supervision ends and a pending extension
    /// request lapses. The assessment counts a withdrawn order nowhere.
    /// </summary>
    /// <param name="reason">What the requester said (not blank).</param>
    /// <param name="by">Platform staff: the requester's word reaches the unit through the hotline.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void Withdraw(string reason, Actor by, Instant at)
    {
        Preconditions.Text(reason, nameof(reason), "reason");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        Check(TicketAction.Withdraw, by, at);
        Apply(new TicketWithdrawn(Version + 1, at, null, by.StaffId, reason));
    }
}
