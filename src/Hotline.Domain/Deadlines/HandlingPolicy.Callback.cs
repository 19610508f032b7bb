namespace Hotline.Domain.Deadlines;

/// <summary>The callback round (回访): when it is 无法回访, and whether the platform reviews replies before it.</summary>
public sealed partial class HandlingPolicy
{
    /// <summary>The failed callback attempts after which a round is 无法回访 (<see cref="HandlingPolicyBuilder.CallbackAttempts"/>; default 2).</summary>
    public int CallbackAttempts => _steps.CallbackAttempts;

    /// <summary>Whether the platform reviews each reply before the callback (<see cref="HandlingPolicyBuilder.ReviewRepliesBeforeCallback"/>); by default it does not.</summary>
    public bool ReviewsRepliesBeforeCallback => _steps.ReviewRepliesBeforeCallback;
}
