using System;
using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tickets;

/// <summary>
/// Builds tickets from the rows existing municipal systems keep (<see cref="TicketRecord"/>), through the live actions
/// and their rules, so that an imported order is one the library could have recorded: its deadline decided by the
/// policy, every timestamp checked for order. <see cref="Strict"/> throws at the first fact that breaks a rule;
/// <see cref="Lenient"/> keeps the facts that hold and reports each one left out.
/// </summary>
/// <remarks>
/// The facts, in this order (each needs the ones before it that it builds on): register (<c>Id</c>, <c>Category</c>,
/// <c>Summary</c>, <c>ReceivedAt</c>, <c>Urgency</c>); dispatch (<c>DispatchedAt</c>, <c>Unit</c>, <c>Complexity</c>);
/// return (<c>ReturnedAt</c>, <c>ReturnReason</c>) and its rejection (<c>ReturnRejectedAt</c>); sign-in
/// (<c>SignedAt</c>); the extension request (<c>ExtensionRequestedAt</c>, <c>ExtensionWorkingDays</c>) and its decision
/// (<c>ExtensionApproved</c>, <c>ExtensionDecidedAt</c>); reply (<c>RepliedAt</c>, <c>ReplyResolved</c>); callback
/// (<c>CallbackAt</c>, <c>CallbackResolved</c> or <c>CallbackResolution</c>, <c>Satisfaction</c>); close
/// (<c>ClosedAt</c>). A fact is there when its instant is; a value given without its instant is reported.
/// </remarks>
public static class TicketImport
{
    /// <summary>The staff id used for an action whose staff the record does not name.</summary>
    public const string PlaceholderStaffId = "imported";

    /// <summary>The text used for a reason or an answer the record does not hold.</summary>
    public const string PlaceholderText = "（导入：原记录未载明）";

    /// <summary>Builds the ticket, refusing the record at the first fact that breaks a rule.</summary>
    /// <param name="policy">The policy the orders were handled under.</param>
    /// <param name="record">The record.</param>
    /// <returns>The ticket, its events uncommitted.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketImportException">A fact breaks a rule: the message names the record's id, the field and the rule.</exception>
    public static Ticket Strict(HandlingPolicy policy, TicketRecord record) =>
        new TicketImportRun(Guard.Against.Null(policy), Guard.Against.Null(record), strict: true).Run().Ticket!;

    /// <summary>Builds the ticket from the facts that hold; each fact left out is an issue, never a silent repair.</summary>
    /// <param name="policy">The policy the orders were handled under.</param>
    /// <param name="record">The record.</param>
    /// <returns>The ticket (<see langword="null"/> only when the record cannot be registered) and the issues.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public static TicketImportResult Lenient(HandlingPolicy policy, TicketRecord record) =>
        new TicketImportRun(Guard.Against.Null(policy), Guard.Against.Null(record), strict: false).Run();
}
