namespace Hotline.Domain.Tickets;

/// <summary>
/// Why a callback attempt (回访) did not reach the requester. After the policy's number of failed attempts
/// (<see cref="Deadlines.HandlingPolicy.CallbackAttempts"/>) the round is 无法回访 (<see cref="Ticket.CallbackUnreachable"/>).
/// </summary>
public sealed class CallbackOutcome : Vocabulary<CallbackOutcome>
{
    /// <summary>无人接听: the call rang out.</summary>
    public static readonly CallbackOutcome NoAnswer = new(nameof(NoAnswer), 1, "no-answer", "无人接听", "未接通");

    /// <summary>无法接通: the number could not be reached (switched off, out of service, wrong number).</summary>
    public static readonly CallbackOutcome Unreachable = new(nameof(Unreachable), 2, "unreachable", "无法接通", "空号", "关机");

    /// <summary>拒绝回访: the requester answered but declined the callback.</summary>
    public static readonly CallbackOutcome Declined = new(nameof(Declined), 3, "declined", "拒绝回访");

    private CallbackOutcome(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
