using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// The callback round (回访) after a reply: failed attempts until the round is 无法回访, the grade of resolution, and the
/// platform's review of the reply before the callback where the policy asks for it (济南市12345市民服务热线管理办法 第二十七条).
/// </summary>
public sealed partial class Ticket
{
    /// <summary>
    /// The requester's grade at the current round's callback: the one recorded (<see cref="RecordCallback(Resolution, Satisfaction, Actor, Instant)"/>),
    /// or <see cref="Resolution.Resolved"/>/<see cref="Resolution.Unresolved"/> for a callback recorded as yes or no;
    /// <see langword="null"/> before the callback.
    /// </summary>
    public Resolution? CallbackResolution => _state.CallbackResolution ?? (_state.CallbackResolved is { } resolved ? Resolution.Of(resolved) : null);

    /// <summary>The failed callback attempts since the current reply (<see cref="RecordCallbackAttempt"/>).</summary>
    public int CallbackAttempts => _state.CallbackAttempts;

    /// <summary>
    /// Whether the current round is 无法回访: the policy's number of failed attempts
    /// (<see cref="Deadlines.HandlingPolicy.CallbackAttempts"/>) was reached and no callback has reached the requester
    /// since. The ticket may then be closed without a callback, and the assessment leaves the round out of 回访率, 解决率 and 满意率.
    /// </summary>
    public bool CallbackUnreachable => _state.CallbackUnreachable;

    /// <summary>
    /// Whether the platform accepted the current reply (<see cref="ReviewReply"/>); a policy that reviews replies
    /// (<see cref="Deadlines.HandlingPolicy.ReviewsRepliesBeforeCallback"/>) needs it before the callback.
    /// </summary>
    public bool ReplyAccepted => _state.ReplyAccepted;

    /// <summary>
    /// 回访 with a grade: the platform calls the requester back after the reply (only from <see cref="TicketStatus.Replied"/>,
    /// once per reply, after the review where the policy reviews replies). 基本解决 counts as resolved: it is no 虚假办结 and
    /// does not by itself allow a reopen.
    /// </summary>
    /// <param name="resolution">The requester's grade: 解决, 基本解决 or 未解决.</param>
    /// <param name="satisfaction">The requester's satisfaction.</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ReplyNotReviewed"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void RecordCallback(Resolution resolution, Satisfaction satisfaction, Actor by, Instant at)
    {
        Guard.Against.Null(resolution);
        Guard.Against.Null(satisfaction);
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckAfterReview(TicketAction.Callback, by, at);
        Apply(new TicketCallbackRecorded(Version + 1, at, null, by.StaffId, resolution.CountsAsResolved, satisfaction.Code) { Resolution = resolution.Code });
    }

    /// <summary>
    /// 回访未成功: the platform tried to call the requester back after the reply and did not reach them (only from
    /// <see cref="TicketStatus.Replied"/>, after the review where the policy reviews replies). The attempt that brings the
    /// round's failed attempts to the policy's number (<see cref="Deadlines.HandlingPolicy.CallbackAttempts"/>, default 2)
    /// makes the round 无法回访 (<see cref="CallbackUnreachable"/>); the platform may still call back later, or close.
    /// </summary>
    /// <param name="outcome">Why the attempt failed.</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ReplyNotReviewed"/>, <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void RecordCallbackAttempt(CallbackOutcome outcome, Actor by, Instant at)
    {
        Guard.Against.Null(outcome);
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckAfterReview(TicketAction.RecordCallbackAttempt, by, at);
        Apply(new TicketCallbackAttempted(Version + 1, at, null, by.StaffId, outcome.Code, DecideCallbackUnreachable()));
    }

    /// <summary>
    /// 答复审核: the platform reviews the lead unit's reply before the callback (only from <see cref="TicketStatus.Replied"/>,
    /// once per reply). Accepted, the reply stands (<see cref="ReplyAccepted"/>) and counts for timeliness. Sent back, the
    /// order is <see cref="TicketStatus.InProgress"/> again for the same unit to reply again, under the same deadline: the
    /// reply sent back no longer counts, so a second reply after the deadline is late.
    /// </summary>
    /// <param name="accepted">Whether the reply is accepted.</param>
    /// <param name="note">What the reviewer said (not blank).</param>
    /// <param name="by">Platform staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="TicketRuleException">A rule is broken: <see cref="TicketRule.PlatformOnly"/>, <see cref="TicketRule.AllowedStatus"/>, <see cref="TicketRule.ReplyNotReviewed"/> (already accepted), <see cref="TicketRule.NothingAfterClose"/>, <see cref="TicketRule.Chronology"/>.</exception>
    public void ReviewReply(bool accepted, string note, Actor by, Instant at)
    {
        Preconditions.Text(note, nameof(note), "note");
        Guard.Against.Null(by);
        InRange(at, nameof(at));
        CheckReview(by, at);
        Apply(new TicketReplyReviewed(Version + 1, at, null, by.StaffId, accepted, note));
    }

    // The attempt that reaches the policy's number makes the round unreachable; it stays so until a callback reaches the requester.
    private bool DecideCallbackUnreachable() => _state.CallbackUnreachable || _state.CallbackAttempts + 1 >= _policy.CallbackAttempts;

    // A callback, a callback attempt and a close after the reply wait for the review where the policy reviews replies.
    private void CheckAfterReview(TicketAction action, Actor by, Instant at)
    {
        Check(action, by, at);
        if (_policy.ReviewsRepliesBeforeCallback && Status == TicketStatus.Replied && !_state.ReplyAccepted)
        {
            throw new TicketStateException(
                TicketRule.ReplyNotReviewed,
                $"Ticket {Id}'s reply of {Local(RepliedAt!.Value)} awaits the platform's review; under policy '{_policy.Name}' the reply is accepted before the platform may {action.Phrase} it.");
        }
    }

    private void CheckReview(Actor by, Instant at)
    {
        Check(TicketAction.ReviewReply, by, at);
        if (_state.ReplyAccepted)
        {
            throw new TicketStateException(
                TicketRule.ReplyNotReviewed, $"Ticket {Id}'s reply of {Local(RepliedAt!.Value)} was already accepted; a reply is reviewed once.");
        }
    }
}
