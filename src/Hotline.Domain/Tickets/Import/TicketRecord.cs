using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// One work order and one handling round as a municipal system keeps it: a row, not an event history. Plain data, every
/// field optional to the type (a legacy row may lack any of them); <see cref="TicketImport"/> says which a fact needs.
/// Vocabulary fields take any spelling the vocabulary's <c>Parse</c> accepts (code, name, Chinese name, alias, value).
/// </summary>
/// <remarks>
/// Staff ids are optional: an absent one becomes <see cref="TicketImport.PlaceholderStaffId"/>; an absent free text (a
/// reason, an answer) becomes <see cref="TicketImport.PlaceholderText"/>. The mapping from fields to actions is in
/// docs/work-orders.md, "Importing existing work orders".
/// </remarks>
public sealed partial record TicketRecord
{
    /// <summary>工单编号: the ticket id.</summary>
    public string? Id { get; init; }

    /// <summary>诉求类型: the category (咨询, 求助, 投诉, …).</summary>
    public string? Category { get; init; }

    /// <summary>诉求内容: what the requester asked for.</summary>
    public string? Summary { get; init; }

    /// <summary>紧急程度: the urgency; absent means 一般 (normal).</summary>
    public string? Urgency { get; init; }

    /// <summary>受理时间: when the request was received.</summary>
    public Instant? ReceivedAt { get; init; }

    /// <summary>受理人: the platform operator who registered it.</summary>
    public string? RegisteredBy { get; init; }

    /// <summary>承办单位: the unit the order was dispatched to.</summary>
    public string? Unit { get; init; }

    /// <summary>复杂程度: the complexity; absent means 一般 (general), as most platforms record no complexity.</summary>
    public string? Complexity { get; init; }

    /// <summary>派单时间.</summary>
    public Instant? DispatchedAt { get; init; }

    /// <summary>派单人: platform staff.</summary>
    public string? DispatchedBy { get; init; }

    /// <summary>签收时间.</summary>
    public Instant? SignedAt { get; init; }

    /// <summary>签收人: unit staff.</summary>
    public string? SignedBy { get; init; }

    /// <summary>退单时间 (before a sign-in).</summary>
    public Instant? ReturnedAt { get; init; }

    /// <summary>退单理由.</summary>
    public string? ReturnReason { get; init; }

    /// <summary>退单人: unit staff.</summary>
    public string? ReturnedBy { get; init; }

    /// <summary>驳回退单时间: the platform sent the order back to the unit (needed for a sign-in after a return).</summary>
    public Instant? ReturnRejectedAt { get; init; }

    /// <summary>驳回理由.</summary>
    public string? ReturnRejectionReason { get; init; }

    /// <summary>驳回人: platform staff.</summary>
    public string? ReturnRejectedBy { get; init; }

    /// <summary>延期申请时间.</summary>
    public Instant? ExtensionRequestedAt { get; init; }

    /// <summary>延期工作日数.</summary>
    public int? ExtensionWorkingDays { get; init; }

    /// <summary>延期理由.</summary>
    public string? ExtensionReason { get; init; }

    /// <summary>延期申请人: unit staff.</summary>
    public string? ExtensionRequestedBy { get; init; }

    /// <summary>延期审批结果: approved, denied, or absent while undecided.</summary>
    public bool? ExtensionApproved { get; init; }

    /// <summary>延期审批时间.</summary>
    public Instant? ExtensionDecidedAt { get; init; }

    /// <summary>不予延期理由.</summary>
    public string? ExtensionDenialReason { get; init; }

    /// <summary>延期审批人: platform staff.</summary>
    public string? ExtensionDecidedBy { get; init; }

    /// <summary>办结答复时间.</summary>
    public Instant? RepliedAt { get; init; }

    /// <summary>办理结果: the answer given.</summary>
    public string? ReplyText { get; init; }

    /// <summary>是否解决 (the unit's own account).</summary>
    public bool? ReplyResolved { get; init; }

    /// <summary>答复人: unit staff.</summary>
    public string? RepliedBy { get; init; }

    /// <summary>回访时间.</summary>
    public Instant? CallbackAt { get; init; }

    /// <summary>回访是否解决.</summary>
    public bool? CallbackResolved { get; init; }

    /// <summary>回访解决程度 (解决, 基本解决, 未解决): optional, more precise than <see cref="CallbackResolved"/>.</summary>
    public string? CallbackResolution { get; init; }

    /// <summary>满意度 (非常满意 … 非常不满意).</summary>
    public string? Satisfaction { get; init; }

    /// <summary>回访人: platform staff.</summary>
    public string? CalledBackBy { get; init; }

    /// <summary>归档时间.</summary>
    public Instant? ClosedAt { get; init; }

    /// <summary>归档人: platform staff.</summary>
    public string? ClosedBy { get; init; }
}
