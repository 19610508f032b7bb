namespace Hotline.Domain.Tickets;

/// <summary>
/// What becomes of a request: what the operator does with the call at intake (受理: answer it, dispatch it, or one of
/// the exits the regulations allow), or how a dispatched order leaves the loop without a callback (撤单, 终止办理).
/// </summary>
public sealed class Disposition : Vocabulary<Disposition>
{
    /// <summary>直接答复: answered on the call from the knowledge base; closes at intake, no work order, no deadline.</summary>
    public static readonly Disposition AnsweredDirectly = new(nameof(AnsweredDirectly), 1, "answered-directly", "直接答复", startsHandlingClock: false, "即时办结");

    /// <summary>派单: a work order is dispatched to a responsible unit; the handling limit applies.</summary>
    public static readonly Disposition Dispatched = new(nameof(Dispatched), 2, "dispatched", "派单", startsHandlingClock: true);

    /// <summary>转接应急: a police, fire, medical or traffic emergency, transferred to 110 / 119 / 120 / 122.</summary>
    public static readonly Disposition TransferredToEmergencyLine = new(nameof(TransferredToEmergencyLine), 3, "transferred-to-emergency-line", "转接应急热线", startsHandlingClock: false);

    /// <summary>告知其他法定途径: a matter for litigation, arbitration, reconsideration, discipline inspection, disclosure or petition; the caller is told the proper route.</summary>
    public static readonly Disposition ReferredToLegalRoute = new(nameof(ReferredToLegalRoute), 4, "referred-to-legal-route", "告知法定途径", startsHandlingClock: false);

    /// <summary>不予受理: out of scope (for example against public order); declined with a reason.</summary>
    public static readonly Disposition DeclinedOutOfScope = new(nameof(DeclinedOutOfScope), 5, "declined-out-of-scope", "不予受理", startsHandlingClock: false);

    /// <summary>无效诉求: an invalid call (malicious harassment, a blank or silent call); closed at intake, no work order.</summary>
    public static readonly Disposition Invalid = new(nameof(Invalid), 6, "invalid", "无效诉求", startsHandlingClock: false, "骚扰电话");

    /// <summary>撤单: the requester withdrew the request; closes the ticket wherever it stands before the close.</summary>
    public static readonly Disposition Withdrawn = new(nameof(Withdrawn), 7, "withdrawn", "撤单", startsHandlingClock: false);

    /// <summary>终止办理: handling ended on the lead unit's written request, reviewed and approved by the hotline.</summary>
    public static readonly Disposition Terminated = new(nameof(Terminated), 8, "terminated", "终止办理", startsHandlingClock: false);

    private Disposition(string name, int value, string code, string chineseName, bool startsHandlingClock, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
        StartsHandlingClock = startsHandlingClock;
    }

    /// <summary>Whether this disposition creates a work order with a handling deadline (only <see cref="Dispatched"/>).</summary>
    public bool StartsHandlingClock { get; }
}
