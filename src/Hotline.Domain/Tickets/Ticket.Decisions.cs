using System.Linq;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The facts an action decides — the deadline a dispatch, sign-in or reopen fixes under the policy's clock rule, the
/// step limits and designation a dispatch fixes, an approval's new due date, the timeliness of a reply, a sign-in and a
/// first contact — each decided by one function that the live action and
/// <see cref="Rehydrate"/> both call. Replay re-decides every recorded fact and compares.
/// </summary>
public sealed partial class Ticket
{
    // The policy's clock rule: the instant a dispatch starts the clock from, or null when the clock waits for the sign-in.
    private Instant? DispatchClockStart(Instant at) =>
        ReferenceEquals(_policy.ClockStart, ClockStart.SignIn) ? null
        : ReferenceEquals(_policy.ClockStart, ClockStart.Receipt) ? ReceivedAt
        : at;

    // The instant a sign-in starts the clock from, or null when the dispatch already fixed the deadline.
    // A sign-in after an escalation (提级办理) keeps the deadline already running: the requester's clock does not restart.
    private Instant? SignInClockStart(Instant at) => ReferenceEquals(_policy.ClockStart, ClockStart.SignIn) && _state.Deadline is null ? at : null;

    private HandlingDeadline? DecideDispatchDeadline(Complexity complexity, Instant at)
    {
        if (DispatchClockStart(at) is not { } start)
        {
            // No clock yet, but refuse now a category the policy cannot time, rather than at sign-in.
            _policy.LimitFor(Category, complexity);
            return null;
        }

        return _policy.DeadlineFor(Category, complexity, start);
    }

    private HandlingDeadline? DecideSignInDeadline(Instant at) =>
        SignInClockStart(at) is { } start ? _policy.DeadlineFor(Category, Complexity!, start) : null;

    private HandlingDeadline DecideReopenDeadline(Instant at) => _policy.DeadlineFor(Category, Complexity!, at);

    private HandlingDeadline DecideApproval(int workingDays) => Deadline!.Value.Extend(workingDays);

    private bool DecideOnTime(Instant at) => Deadline is not { } deadline || at < deadline.DueAt;

    // The step facts a dispatch fixes, from the policy and the order's urgency: one decision for the live dispatch (the
    // replay keeps what was recorded, as for deadlines, so a later change of the policy's step limits moves nothing).
    private DispatchSteps DecideDispatchSteps(Instant at) => new(
        _policy.SignInDueAt(Urgency, at),
        _policy.ContactDueAt(Urgency, at),
        _policy.ReturnWindowEndsAt(at),
        _policy.DesignateAfterDispatches is { } n && _state.Dispatches + 1 >= n);

    // A step done at or after its due instant is late, as a reply at or after the deadline is; no limit, no judgement.
    private static bool? OnTime(Instant at, Instant? due) => due is { } d ? at < d : null;

    private bool? DecideSignInOnTime(Instant at) => OnTime(at, _state.SignInDueAt);

    // Only the first contact after a dispatch is judged.
    private bool? DecideContactOnTime(Instant at) => _state.ContactedAt is null ? OnTime(at, _state.ContactDueAt) : null;

    // An assisting unit's report and a supervision's answer are due at 24:00 of the n-th working day after the
    // platform acted (the policy decides).
    private Instant DecideDueAfterWorkingDays(Instant at, int workingDays) => _policy.DueAfterWorkingDays(at, workingDays);

    // At or after the open supervision's recorded due instant is late.
    private bool DecideSupervisionAnswerOnTime(Instant at) => at < _state.Supervisions![_state.Supervisions.Count - 1].RespondBy;

    // At or after the unit's recorded due instant is late, as for every step.
    private bool DecideAssistanceOnTime(string unit, Instant at) => at < _state.Assisting![TicketFold.IndexOf(_state.Assisting, unit)].DueAt;

    // The assisting units of the round that have not reported, in the order added; null when none (or no assisting unit).
    private string[]? DecideNotReportedBy()
    {
        if (_state.Assisting is not { } assisting)
        {
            return null;
        }

        // An assignment the reply ended stays ended when the platform sends the reply back: only running ones count.
        var missing = assisting.Where(a => a.ReportedAt is null && a.EndedAt is null).Select(a => a.Unit).ToArray();
        return missing.Length == 0 ? null : missing;
    }

    // The library's one instant range, for the actions' arguments and for a stored history alike.
    private static bool IsSupported(Instant at) => at >= Preconditions.Earliest && at <= Preconditions.Latest;

    private static void InRange(Instant at, string parameterName) => Preconditions.InRange(at, parameterName);
}

/// <summary>The step facts one dispatch fixes: the due instants of sign-in and first contact, the return window's end, the designation.</summary>
internal readonly struct DispatchSteps
{
    public DispatchSteps(Instant? signInDueAt, Instant? contactDueAt, Instant? returnWindowEndsAt, bool isDesignated)
    {
        SignInDueAt = signInDueAt;
        ContactDueAt = contactDueAt;
        ReturnWindowEndsAt = returnWindowEndsAt;
        IsDesignated = isDesignated;
    }

    public Instant? SignInDueAt { get; }

    public Instant? ContactDueAt { get; }

    public Instant? ReturnWindowEndsAt { get; }

    public bool IsDesignated { get; }
}
