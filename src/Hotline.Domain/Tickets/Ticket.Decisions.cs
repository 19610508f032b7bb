using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The facts an action decides — the deadline a dispatch, sign-in or reopen fixes under the policy's clock rule, an
/// approval's new due date, a reply's timeliness — each decided by one function that the live action and
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
    private Instant? SignInClockStart(Instant at) => ReferenceEquals(_policy.ClockStart, ClockStart.SignIn) ? at : null;

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

    // The library's one instant range, for the actions' arguments and for a stored history alike.
    private static bool IsSupported(Instant at) => at >= Preconditions.Earliest && at <= Preconditions.Latest;

    private static void InRange(Instant at, string parameterName) => Preconditions.InRange(at, parameterName);
}
