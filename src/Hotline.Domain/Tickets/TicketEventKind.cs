using System;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The stable names of the <see cref="TicketEvent"/> types: the map between what a store writes in its <c>type</c>
/// column (<see cref="Vocabulary{TEnum}.Code"/>, for example <c>dispatched</c>) and the record type to deserialize,
/// so no CLR type name reaches the database and renaming a class never orphans stored events.
/// </summary>
public sealed class TicketEventKind : Vocabulary<TicketEventKind>
{
    /// <summary>受理: <see cref="TicketRegistered"/>.</summary>
    public static readonly TicketEventKind Registered = new(nameof(Registered), 1, "registered", "受理", typeof(TicketRegistered));

    /// <summary>直接答复: <see cref="TicketAnsweredDirectly"/>.</summary>
    public static readonly TicketEventKind AnsweredDirectly = new(nameof(AnsweredDirectly), 2, "answered-directly", "直接答复", typeof(TicketAnsweredDirectly));

    /// <summary>派单: <see cref="TicketDispatched"/>.</summary>
    public static readonly TicketEventKind Dispatched = new(nameof(Dispatched), 3, "dispatched", "派单", typeof(TicketDispatched));

    /// <summary>签收: <see cref="TicketSignedIn"/>.</summary>
    public static readonly TicketEventKind SignedIn = new(nameof(SignedIn), 4, "signed-for", "签收", typeof(TicketSignedIn));

    /// <summary>退单: <see cref="TicketReturned"/>.</summary>
    public static readonly TicketEventKind Returned = new(nameof(Returned), 5, "returned", "退单", typeof(TicketReturned));

    /// <summary>驳回退单: <see cref="TicketReturnRejected"/>.</summary>
    public static readonly TicketEventKind ReturnRejected = new(nameof(ReturnRejected), 6, "return-rejected", "驳回退单", typeof(TicketReturnRejected));

    /// <summary>申请延期: <see cref="TicketExtensionRequested"/>.</summary>
    public static readonly TicketEventKind ExtensionRequested = new(nameof(ExtensionRequested), 7, "extension-requested", "申请延期", typeof(TicketExtensionRequested));

    /// <summary>批准延期: <see cref="TicketExtensionApproved"/>.</summary>
    public static readonly TicketEventKind ExtensionApproved = new(nameof(ExtensionApproved), 8, "extension-approved", "批准延期", typeof(TicketExtensionApproved));

    /// <summary>驳回延期: <see cref="TicketExtensionDenied"/>.</summary>
    public static readonly TicketEventKind ExtensionDenied = new(nameof(ExtensionDenied), 9, "extension-denied", "驳回延期", typeof(TicketExtensionDenied));

    /// <summary>办结答复: <see cref="TicketReplied"/>.</summary>
    public static readonly TicketEventKind Replied = new(nameof(Replied), 10, "replied", "办结答复", typeof(TicketReplied));

    /// <summary>回访: <see cref="TicketCallbackRecorded"/>.</summary>
    public static readonly TicketEventKind CallbackRecorded = new(nameof(CallbackRecorded), 11, "callback-recorded", "回访", typeof(TicketCallbackRecorded));

    /// <summary>重办: <see cref="TicketReopened"/>.</summary>
    public static readonly TicketEventKind Reopened = new(nameof(Reopened), 12, "reopened", "重办", typeof(TicketReopened));

    /// <summary>归档: <see cref="TicketClosed"/>.</summary>
    public static readonly TicketEventKind Closed = new(nameof(Closed), 13, "closed", "归档", typeof(TicketClosed));

    /// <summary>并单: <see cref="TicketMerged"/>.</summary>
    public static readonly TicketEventKind Merged = new(nameof(Merged), 14, "merged", "并单", typeof(TicketMerged));

    /// <summary>联系诉求人: <see cref="TicketRequesterContacted"/>.</summary>
    public static readonly TicketEventKind RequesterContacted = new(nameof(RequesterContacted), 15, "requester-contacted", "联系诉求人", typeof(TicketRequesterContacted));

    /// <summary>增加协办单位: <see cref="TicketAssistingUnitAdded"/>.</summary>
    public static readonly TicketEventKind AssistingUnitAdded = new(nameof(AssistingUnitAdded), 16, "assisting-unit-added", "增加协办单位", typeof(TicketAssistingUnitAdded));

    /// <summary>协办反馈: <see cref="TicketAssistanceReported"/>.</summary>
    public static readonly TicketEventKind AssistanceReported = new(nameof(AssistanceReported), 17, "assistance-reported", "协办反馈", typeof(TicketAssistanceReported));

    /// <summary>阶段性报告: <see cref="TicketProgressReported"/>.</summary>
    public static readonly TicketEventKind ProgressReported = new(nameof(ProgressReported), 18, "progress-reported", "阶段性报告", typeof(TicketProgressReported));

    /// <summary>催办: <see cref="TicketReminded"/>.</summary>
    public static readonly TicketEventKind Reminded = new(nameof(Reminded), 19, "reminded", "催办", typeof(TicketReminded));

    /// <summary>督办: <see cref="TicketSupervised"/>.</summary>
    public static readonly TicketEventKind Supervised = new(nameof(Supervised), 20, "supervised", "督办", typeof(TicketSupervised));

    /// <summary>督办反馈: <see cref="TicketSupervisionAnswered"/>.</summary>
    public static readonly TicketEventKind SupervisionAnswered = new(nameof(SupervisionAnswered), 21, "supervision-answered", "督办反馈", typeof(TicketSupervisionAnswered));

    /// <summary>提级办理: <see cref="TicketEscalated"/>.</summary>
    public static readonly TicketEventKind Escalated = new(nameof(Escalated), 22, "escalated", "提级办理", typeof(TicketEscalated));

    /// <summary>转接应急热线: <see cref="TicketTransferredToEmergencyLine"/>.</summary>
    public static readonly TicketEventKind TransferredToEmergencyLine = new(nameof(TransferredToEmergencyLine), 23, "transferred-to-emergency-line", "转接应急热线", typeof(TicketTransferredToEmergencyLine));

    /// <summary>告知法定途径: <see cref="TicketReferredToLegalRoute"/>.</summary>
    public static readonly TicketEventKind ReferredToLegalRoute = new(nameof(ReferredToLegalRoute), 24, "referred-to-legal-route", "告知法定途径", typeof(TicketReferredToLegalRoute));

    /// <summary>不予受理: <see cref="TicketDeclined"/>.</summary>
    public static readonly TicketEventKind Declined = new(nameof(Declined), 25, "declined", "不予受理", typeof(TicketDeclined));

    /// <summary>无效诉求: <see cref="TicketMarkedInvalid"/>.</summary>
    public static readonly TicketEventKind MarkedInvalid = new(nameof(MarkedInvalid), 26, "marked-invalid", "无效诉求", typeof(TicketMarkedInvalid));

    /// <summary>撤单: <see cref="TicketWithdrawn"/>.</summary>
    public static readonly TicketEventKind Withdrawn = new(nameof(Withdrawn), 27, "withdrawn", "撤单", typeof(TicketWithdrawn));

    /// <summary>申请终止办理: <see cref="TicketTerminationRequested"/>.</summary>
    public static readonly TicketEventKind TerminationRequested = new(nameof(TerminationRequested), 28, "termination-requested", "申请终止办理", typeof(TicketTerminationRequested));

    /// <summary>终止办理: <see cref="TicketTerminationApproved"/>.</summary>
    public static readonly TicketEventKind TerminationApproved = new(nameof(TerminationApproved), 29, "termination-approved", "终止办理", typeof(TicketTerminationApproved));

    /// <summary>驳回终止申请: <see cref="TicketTerminationDenied"/>.</summary>
    public static readonly TicketEventKind TerminationDenied = new(nameof(TerminationDenied), 30, "termination-denied", "驳回终止申请", typeof(TicketTerminationDenied));

    /// <summary>申请适用法定期限: <see cref="TicketStatutoryPeriodRequested"/>.</summary>
    public static readonly TicketEventKind StatutoryPeriodRequested = new(nameof(StatutoryPeriodRequested), 31, "statutory-period-requested", "申请适用法定期限", typeof(TicketStatutoryPeriodRequested));

    /// <summary>批准适用法定期限: <see cref="TicketStatutoryPeriodApproved"/>.</summary>
    public static readonly TicketEventKind StatutoryPeriodApproved = new(nameof(StatutoryPeriodApproved), 32, "statutory-period-approved", "批准适用法定期限", typeof(TicketStatutoryPeriodApproved));

    /// <summary>驳回法定期限申请: <see cref="TicketStatutoryPeriodDenied"/>.</summary>
    public static readonly TicketEventKind StatutoryPeriodDenied = new(nameof(StatutoryPeriodDenied), 33, "statutory-period-denied", "驳回法定期限申请", typeof(TicketStatutoryPeriodDenied));

    /// <summary>回访未成功: <see cref="TicketCallbackAttempted"/>.</summary>
    public static readonly TicketEventKind CallbackAttempted = new(nameof(CallbackAttempted), 34, "callback-attempted", "回访未成功", typeof(TicketCallbackAttempted));

    /// <summary>答复审核: <see cref="TicketReplyReviewed"/>.</summary>
    public static readonly TicketEventKind ReplyReviewed = new(nameof(ReplyReviewed), 35, "reply-reviewed", "答复审核", typeof(TicketReplyReviewed));

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: leaving EventType unset was
    // checked by hand: it fails 29 tests.
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private TicketEventKind(string name, int value, string code, string chineseName, Type eventType)
        : base(name, value, code, chineseName)
    {
        EventType = eventType;
    }

    /// <summary>The sealed <see cref="TicketEvent"/> record type of this kind, to deserialize stored data into.</summary>
    public Type EventType { get; }

    /// <summary>The kind of an event.</summary>
    /// <param name="ticketEvent">An event of one of the library's types.</param>
    /// <returns>Its kind.</returns>
    /// <exception cref="ArgumentException">The event is null or of a type the library does not define.</exception>
    public static TicketEventKind Of(TicketEvent ticketEvent)
    {
        Guard.Against.Null(ticketEvent);
        return ticketEvent.Kind
            ?? throw new ArgumentException(
                $"{ticketEvent.GetType().Name} is not a ticket event of this library. Known types: {string.Join(", ", InValueOrder.Select(k => k.EventType.Name))}.",
                nameof(ticketEvent));
    }
}
