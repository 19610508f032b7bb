using System;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Tickets;

public sealed partial record TicketRecord
{
    /// <summary>
    /// The record of a ticket whose history the record can hold: registered, dispatched once, at most one return and
    /// its rejection, a sign-in, one extension request and its decision, a reply, a callback and a close, in that order.
    /// <see cref="TicketImport.Strict"/> of the record under the same policy gives the same history.
    /// </summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The record; staff ids and texts as recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="ticket"/> is null, or its history holds an event the record has no field for (a second dispatch, a reopen, an assisting unit, a supervision, an exit, …).</exception>
    public static TicketRecord From(Ticket ticket)
    {
        Guard.Against.Null(ticket);
        var r = new TicketRecord();
        foreach (var e in ticket.History)
        {
            r = e switch
            {
                TicketRegistered x => r with
                {
                    Id = x.TicketId, Category = x.Category, Summary = x.Summary, Urgency = x.Urgency, ReceivedAt = x.At, RegisteredBy = x.ByStaff,
                },
                TicketDispatched x when r.DispatchedAt is null => r with { Unit = x.Unit, Complexity = x.Complexity, DispatchedAt = x.At, DispatchedBy = x.ByStaff },
                TicketReturned x when r.ReturnedAt is null && r.SignedAt is null => r with { ReturnedAt = x.At, ReturnReason = x.Reason, ReturnedBy = x.ByStaff },
                TicketReturnRejected x when r.ReturnRejectedAt is null => r with { ReturnRejectedAt = x.At, ReturnRejectionReason = x.Reason, ReturnRejectedBy = x.ByStaff },
                TicketSignedIn x when r.SignedAt is null => r with { SignedAt = x.At, SignedBy = x.ByStaff },
                TicketExtensionRequested x when r.ExtensionRequestedAt is null => r with
                {
                    ExtensionRequestedAt = x.At, ExtensionWorkingDays = x.WorkingDays, ExtensionReason = x.Reason, ExtensionRequestedBy = x.ByStaff,
                },
                TicketExtensionApproved x when r.ExtensionDecidedAt is null => r with { ExtensionApproved = true, ExtensionDecidedAt = x.At, ExtensionDecidedBy = x.ByStaff },
                TicketExtensionDenied x when r.ExtensionDecidedAt is null => r with
                {
                    ExtensionApproved = false, ExtensionDecidedAt = x.At, ExtensionDenialReason = x.Reason, ExtensionDecidedBy = x.ByStaff,
                },
                TicketReplied x when r.RepliedAt is null => r with { RepliedAt = x.At, ReplyText = x.Result, ReplyResolved = x.Resolved, RepliedBy = x.ByStaff },
                TicketCallbackRecorded x when r.CallbackAt is null => r with
                {
                    CallbackAt = x.At, CallbackResolved = x.Resolution is null ? x.Resolved : null, CallbackResolution = x.Resolution, Satisfaction = x.Satisfaction, CalledBackBy = x.ByStaff,
                },
                TicketClosed x => r with { ClosedAt = x.At, ClosedBy = x.ByStaff },
                _ => throw new ArgumentException(
                    $"Ticket {ticket.Id}: event {e.Sequence} ({e.GetType().Name}) has no field in a TicketRecord, which holds one dispatch and one handling round; store the ticket's history instead.",
                    nameof(ticket)),
            };
        }

        return r;
    }
}
