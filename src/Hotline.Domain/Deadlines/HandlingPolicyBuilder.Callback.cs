namespace Hotline.Domain.Deadlines;

/// <summary>The callback round's settings: how many failed attempts make it 无法回访, and whether replies are reviewed first.</summary>
public sealed partial class HandlingPolicyBuilder
{
    /// <summary>
    /// After <paramref name="attempts"/> failed callback attempts in a round (未接通1, 未接通2…) the round is 无法回访: the
    /// ticket may be closed without a callback and the assessment leaves it out of 回访率, 解决率 and 满意率. Default 2.
    /// </summary>
    /// <param name="attempts">1 to 10.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="attempts"/> is outside 1 to 10.</exception>
    public HandlingPolicyBuilder CallbackAttempts(int attempts)
    {
        _steps.CallbackAttempts = Preconditions.OutOfRange(
            attempts < 1 || attempts > 10, attempts, nameof(attempts), $"A callback round is unreachable after 1 to 10 failed attempts; got {attempts}.");
        return this;
    }

    /// <summary>
    /// The platform reviews each reply before the callback (济南市12345市民服务热线管理办法 第二十七条): the reply must be
    /// accepted (<c>Ticket.ReviewReply</c>) before a callback, a callback attempt or the close; one sent back goes to the
    /// same unit to reply again under the same deadline. By default replies are not reviewed.
    /// </summary>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder ReviewRepliesBeforeCallback()
    {
        _steps.ReviewRepliesBeforeCallback = true;
        return this;
    }
}
