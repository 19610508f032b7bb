using Hotline.Domain.Deadlines;
namespace Hotline.Domain.Tickets;

/// <summary>
/// The named rules of the work order's closed loop. Every refusal (<see cref="TicketRuleException"/>) carries one, so
/// code and tests can tell the rules apart without reading messages.
/// </summary>
public sealed class TicketRule : Vocabulary<TicketRule>
{
    /// <summary>Only platform staff register, answer directly, dispatch, review returns, decide extensions, call back, reopen, merge and close.</summary>
    public static readonly TicketRule PlatformOnly = new(nameof(PlatformOnly), 1, "platform-only", "仅平台可操作");

    /// <summary>Only the unit the ticket is dispatched to signs for it, returns it, requests an extension and replies.</summary>
    public static readonly TicketRule DispatchedUnitOnly = new(nameof(DispatchedUnitOnly), 2, "dispatched-unit-only", "仅承办单位可操作");

    /// <summary>Each action only from the statuses where it makes sense (for example no reply before sign-in).</summary>
    public static readonly TicketRule AllowedStatus = new(nameof(AllowedStatus), 3, "allowed-status", "状态不允许");

    /// <summary>Nothing at all after the ticket is closed: a new request is a new ticket.</summary>
    public static readonly TicketRule NothingAfterClose = new(nameof(NothingAfterClose), 4, "nothing-after-close", "归档后不可操作");

    /// <summary>Instants never go backwards: an action dated before the ticket's last event is refused.</summary>
    public static readonly TicketRule Chronology = new(nameof(Chronology), 5, "chronology", "时间顺序");

    // Values 6 to 9 (one extension request per round, extension complexity, maximum and before-deadline) were retired:
    // an extension the policy's rule refuses is an ExtensionRefusedException, whose Reason says which part.

    /// <summary>The platform approves or denies only a pending extension request (one lapses at the reply).</summary>
    public static readonly TicketRule PendingExtensionOnly = new(nameof(PendingExtensionOnly), 10, "pending-extension-only", "无待审延期申请");

    /// <summary>A reopen follows a callback that found the matter unresolved or the requester 不满意/非常不满意.</summary>
    public static readonly TicketRule ReopenNeedsDissatisfaction = new(nameof(ReopenNeedsDissatisfaction), 11, "reopen-needs-dissatisfaction", "满意不可重办");

    /// <summary>A ticket is merged into another ticket, never into itself.</summary>
    public static readonly TicketRule MergeIntoAnother = new(nameof(MergeIntoAnother), 12, "merge-into-another", "不可并入自身");

    /// <summary>A returned ticket is re-dispatched to another unit; sending it back to the same unit is a rejected return.</summary>
    public static readonly TicketRule RedispatchToAnotherUnit = new(nameof(RedispatchToAnotherUnit), 13, "redispatch-to-another-unit", "改派须换单位");

    /// <summary>A stored history is well formed: it starts with the registration, its sequence runs 1, 2, 3…, its codes are known and its recorded judgements match its recorded deadlines.</summary>
    public static readonly TicketRule WellFormedHistory = new(nameof(WellFormedHistory), 14, "well-formed-history", "历史记录不完整");

    /// <summary>
    /// A deadline is recorded by the event the policy's clock starts at, from the instant its <see cref="ClockStart"/>
    /// gives: the dispatch (from the dispatch, or from the receipt), or the sign-in; by no other event, and never missing.
    /// </summary>
    public static readonly TicketRule ClockStartRule = new(nameof(ClockStartRule), 15, "clock-start", "计时起点");

    /// <summary>A pending extension request is decided (approved or denied) before the unit asks again.</summary>
    public static readonly TicketRule ExtensionPendingDecision = new(nameof(ExtensionPendingDecision), 16, "extension-pending-decision", "延期申请待审");

    /// <summary>
    /// On replay, an extension request the policy's <see cref="Deadlines.ExtensionRule"/> refuses: the history's
    /// <see cref="TicketHistoryException"/> holds the <see cref="Deadlines.ExtensionRefusedException"/> a live request raises.
    /// </summary>
    public static readonly TicketRule ExtensionAllowed = new(nameof(ExtensionAllowed), 17, "extension-allowed", "延期须合规");

    /// <summary>A unit returns an order (退单) only within the policy's return window after the dispatch; after it, the unit handles the order.</summary>
    public static readonly TicketRule ReturnWindowClosed = new(nameof(ReturnWindowClosed), 18, "return-window-closed", "超出退单时限");

    /// <summary>A unit designated by the policy's n-th dispatch (指定承办) may not return the order.</summary>
    public static readonly TicketRule DesignatedUnitCannotReturn = new(nameof(DesignatedUnitCannotReturn), 19, "designated-unit-cannot-return", "指定承办不可退单");

    /// <summary>
    /// The lead unit replies only once every assisting unit of the round has reported (协办反馈), unless the policy allows
    /// otherwise (<see cref="Deadlines.HandlingPolicy.AllowsReplyBeforeAssistingReports"/>; the reply then records which had not).
    /// </summary>
    public static readonly TicketRule AssistingUnitsFirst = new(nameof(AssistingUnitsFirst), 20, "assisting-units-first", "协办未反馈");

    /// <summary>Only an assisting unit of the current round reports assistance (协办反馈).</summary>
    public static readonly TicketRule AssistingUnitOnly = new(nameof(AssistingUnitOnly), 21, "assisting-unit-only", "仅协办单位可反馈");

    /// <summary>Only the lead unit or an assisting unit of the current round reports progress (阶段性报告).</summary>
    public static readonly TicketRule HandlingUnitOnly = new(nameof(HandlingUnitOnly), 22, "handling-unit-only", "仅主办或协办单位可报告");

    /// <summary>An assisting unit is neither the lead unit nor a unit already assisting in the round.</summary>
    public static readonly TicketRule AssistingUnitDistinct = new(nameof(AssistingUnitDistinct), 23, "assisting-unit-distinct", "协办单位不可重复");

    /// <summary>An assisting unit reports once per round.</summary>
    public static readonly TicketRule AssistanceReportedOnce = new(nameof(AssistanceReportedOnce), 24, "assistance-reported-once", "协办已反馈");

    /// <summary>A reminder (催办) or a supervision (督办) needs a handling deadline running (a sign-in clock starts at the sign-in).</summary>
    public static readonly TicketRule DeadlineRunning = new(nameof(DeadlineRunning), 25, "deadline-running", "无计时期限");

    /// <summary>At most one open supervision at a time: the lead answers it before the platform opens another.</summary>
    public static readonly TicketRule SupervisionAlreadyOpen = new(nameof(SupervisionAlreadyOpen), 26, "supervision-already-open", "督办未反馈");

    /// <summary>The lead answers only an open supervision.</summary>
    public static readonly TicketRule OpenSupervisionOnly = new(nameof(OpenSupervisionOnly), 27, "open-supervision-only", "无待反馈督办");

    /// <summary>An escalation (提级办理) goes to a unit other than the lead and the assisting units of the round.</summary>
    public static readonly TicketRule EscalateToAnotherUnit = new(nameof(EscalateToAnotherUnit), 28, "escalate-to-another-unit", "提级须另一单位");

    /// <summary>One termination request (终止办理申请) awaits the platform's decision at a time.</summary>
    public static readonly TicketRule TerminationPending = new(nameof(TerminationPending), 29, "termination-pending", "终止申请待审核");

    /// <summary>The platform approves or denies only a pending termination request.</summary>
    public static readonly TicketRule PendingTerminationOnly = new(nameof(PendingTerminationOnly), 30, "pending-termination-only", "无待审核终止申请");

    /// <summary>
    /// One statutory period request (法定期限申请) awaits the platform's decision at a time, and it does not overlap an
    /// extension request: while either is pending, the other waits.
    /// </summary>
    public static readonly TicketRule StatutoryPeriodPending = new(nameof(StatutoryPeriodPending), 31, "statutory-period-pending", "法定期限申请待审核");

    /// <summary>The platform approves or denies only a pending statutory period request.</summary>
    public static readonly TicketRule PendingStatutoryPeriodOnly = new(nameof(PendingStatutoryPeriodOnly), 32, "pending-statutory-period-only", "无待审核法定期限申请");

    /// <summary>A statutory period is asked for before the deadline in force, and ends after its due date.</summary>
    public static readonly TicketRule StatutoryPeriodRule = new(nameof(StatutoryPeriodRule), 33, "statutory-period-rule", "法定期限须在期限前申请且长于现行期限");

    /// <summary>
    /// Under a policy that reviews replies (<see cref="Deadlines.HandlingPolicy.ReviewsRepliesBeforeCallback"/>), the
    /// platform accepts the reply (<see cref="Ticket.ReviewReply"/>) before a callback, a callback attempt or the close;
    /// and it reviews a reply once.
    /// </summary>
    public static readonly TicketRule ReplyNotReviewed = new(nameof(ReplyNotReviewed), 34, "reply-not-reviewed", "答复未审核");

    private TicketRule(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
