namespace Hotline.Domain.Accountability;

/// <summary>What an instant in a <see cref="FindingFact"/> is: the moments a finding rests on.</summary>
public sealed class FactKind : Vocabulary<FactKind>
{
    /// <summary>受理: the request was received (registered).</summary>
    public static readonly FactKind Received = new(nameof(Received), 1, "received", "受理");

    /// <summary>派单时限: the latest moment the dispatch service level allowed.</summary>
    public static readonly FactKind DispatchDue = new(nameof(DispatchDue), 2, "dispatch-due", "派单时限");

    /// <summary>派单: the ticket was dispatched to the unit.</summary>
    public static readonly FactKind Dispatched = new(nameof(Dispatched), 3, "dispatched", "派单");

    /// <summary>退单: the unit returned the ticket.</summary>
    public static readonly FactKind Returned = new(nameof(Returned), 4, "returned", "退单");

    /// <summary>驳回退单: the platform rejected the return.</summary>
    public static readonly FactKind ReturnRejected = new(nameof(ReturnRejected), 5, "return-rejected", "驳回退单");

    /// <summary>办理时限: 24:00 at the end of the deadline's last working day (extension included).</summary>
    public static readonly FactKind Due = new(nameof(Due), 6, "due", "办理时限");

    /// <summary>办结答复: the unit replied.</summary>
    public static readonly FactKind Replied = new(nameof(Replied), 7, "replied", "办结答复");

    /// <summary>回访: the platform called the requester back.</summary>
    public static readonly FactKind CalledBack = new(nameof(CalledBack), 8, "called-back", "回访");

    /// <summary>重办: the platform reopened the ticket.</summary>
    public static readonly FactKind Reopened = new(nameof(Reopened), 9, "reopened", "重办");

    /// <summary>截至: the as-of instant the review was made at.</summary>
    public static readonly FactKind AsOf = new(nameof(AsOf), 10, "as-of", "截至");

    /// <summary>签收时限: when the unit had to sign for the dispatch.</summary>
    public static readonly FactKind SignInDue = new(nameof(SignInDue), 11, "sign-in-due", "签收时限");

    /// <summary>签收: when the unit signed for it.</summary>
    public static readonly FactKind SignedIn = new(nameof(SignedIn), 12, "signed-in", "签收");

    /// <summary>联系时限: when the unit had to contact the requester.</summary>
    public static readonly FactKind ContactDue = new(nameof(ContactDue), 13, "contact-due", "联系时限");

    /// <summary>联系诉求人: the unit's first contact with the requester after the dispatch.</summary>
    public static readonly FactKind Contacted = new(nameof(Contacted), 14, "contacted", "联系诉求人");

    /// <summary>协办交办: the platform added the assisting unit.</summary>
    public static readonly FactKind AssistingAssigned = new(nameof(AssistingAssigned), 15, "assisting-assigned", "协办交办");

    /// <summary>协办时限: when the assisting unit had to report.</summary>
    public static readonly FactKind AssistanceDue = new(nameof(AssistanceDue), 16, "assistance-due", "协办时限");

    /// <summary>协办反馈: the assisting unit reported.</summary>
    public static readonly FactKind AssistanceReported = new(nameof(AssistanceReported), 17, "assistance-reported", "协办反馈");

    /// <summary>督办: the platform opened a supervision.</summary>
    public static readonly FactKind Supervised = new(nameof(Supervised), 18, "supervised", "督办");

    /// <summary>督办反馈时限: when the supervision's answer was due.</summary>
    public static readonly FactKind SupervisionDue = new(nameof(SupervisionDue), 19, "supervision-due", "督办反馈时限");

    /// <summary>督办反馈: the lead unit answered the supervision.</summary>
    public static readonly FactKind SupervisionAnswered = new(nameof(SupervisionAnswered), 20, "supervision-answered", "督办反馈");

    /// <summary>催办: the platform's last reminder in the handling round.</summary>
    public static readonly FactKind Reminded = new(nameof(Reminded), 21, "reminded", "催办");

    /// <summary>终止: a reply, re-dispatch, close or merge ended the assignment or the supervision before the as-of instant.</summary>
    public static readonly FactKind Ended = new(nameof(Ended), 22, "ended", "终止");

    /// <summary>终止办理: the platform approved the unit's request to terminate the order, which ended its handling unreplied.</summary>
    public static readonly FactKind Terminated = new(nameof(Terminated), 23, "terminated", "终止办理");

    private FactKind(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
