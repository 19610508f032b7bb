namespace Hotline.Domain.Tickets;

/// <summary>Where a work order stands in the closed loop (受理、派单、办理、答复、回访、办结, 国务院办公厅关于进一步优化地方政务服务便民热线的指导意见, 国办发〔2020〕53号). Derived from its history, never stored.</summary>
public sealed class TicketStatus : Vocabulary<TicketStatus>
{
    /// <summary>已受理: registered at intake, waiting for a direct answer or a dispatch.</summary>
    public static readonly TicketStatus Registered = new(nameof(Registered), 1, "registered", "已受理");

    /// <summary>已派单: dispatched to a unit, waiting for it to sign for or return the order.</summary>
    public static readonly TicketStatus Dispatched = new(nameof(Dispatched), 2, "dispatched", "已派单");

    /// <summary>已退单: returned by the unit with a reason, waiting for the platform to re-dispatch or reject the return.</summary>
    public static readonly TicketStatus Returned = new(nameof(Returned), 3, "returned", "已退单");

    /// <summary>办理中: signed for by the unit (or reopened), being handled.</summary>
    public static readonly TicketStatus InProgress = new(nameof(InProgress), 4, "in-progress", "办理中");

    /// <summary>已答复: replied by the unit, waiting for the platform's callback or closure.</summary>
    public static readonly TicketStatus Replied = new(nameof(Replied), 5, "replied", "已答复");

    /// <summary>已回访: the platform called the requester back; to be closed, or reopened if unresolved or dissatisfied.</summary>
    public static readonly TicketStatus CalledBack = new(nameof(CalledBack), 6, "called-back", "已回访");

    /// <summary>已归档: closed (archived), answered directly or merged into a master order; nothing more can happen.</summary>
    public static readonly TicketStatus Closed = new(nameof(Closed), 7, "closed", "已归档", "办结");

    private TicketStatus(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
