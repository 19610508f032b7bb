namespace Hotline.Domain.Accountability;

/// <summary>
/// The library's eleven accountability rules as <see cref="IAccountabilityRule"/> instances, the members of
/// <see cref="AccountabilityRuleSet.BuiltIn"/>. Each is immutable; each reads the measure from the review's
/// <see cref="EscalationLadder"/>.
/// </summary>
public static class BuiltInRules
{
    /// <summary>超期未办结 (<see cref="AccountabilityRule.OverdueUnreplied"/>): the measure is the ladder's step for the working days past the deadline.</summary>
    public static IAccountabilityRule OverdueUnreplied { get; } = new OverdueUnrepliedRule();

    /// <summary>逾期办结 (<see cref="AccountabilityRule.RepliedLate"/>): the measure is the ladder's step the late reply reached.</summary>
    public static IAccountabilityRule RepliedLate { get; } = new RepliedLateRule();

    /// <summary>派单超时 (<see cref="AccountabilityRule.DispatchLate"/>): the platform's own fault.</summary>
    public static IAccountabilityRule DispatchLate { get; } = new DispatchLateRule();

    /// <summary>不当退单 (<see cref="AccountabilityRule.ImproperReturn"/>): one finding per unit and ticket.</summary>
    public static IAccountabilityRule ImproperReturn { get; } = new ImproperReturnRule();

    /// <summary>虚假办结 (<see cref="AccountabilityRule.FalseCompletion"/>): judged in every handling round.</summary>
    public static IAccountabilityRule FalseCompletion { get; } = new FalseCompletionRule();

    /// <summary>多次重办 (<see cref="AccountabilityRule.RepeatedReopening"/>) from two reopenings: <see cref="RepeatedReopeningRule.Default"/>.</summary>
    public static RepeatedReopeningRule RepeatedReopening => RepeatedReopeningRule.Default;

    /// <summary>签收超时 (<see cref="AccountabilityRule.SignInLate"/>): the ladder's one measure for it, 催办 by default.</summary>
    public static IAccountabilityRule SignInLate => StepLateRule.SignIn;

    /// <summary>联系超时 (<see cref="AccountabilityRule.ContactLate"/>): the ladder's one measure for it, 催办 by default.</summary>
    public static IAccountabilityRule ContactLate => StepLateRule.Contact;

    /// <summary>协办超时 (<see cref="AccountabilityRule.AssistingLate"/>): one finding per late or missing assisting report, naming the assisting unit; 催办 by default.</summary>
    public static IAccountabilityRule AssistingLate { get; } = new AssistingLateRule();

    /// <summary>督办未反馈 (<see cref="AccountabilityRule.SupervisionUnanswered"/>): one finding per supervision answered late or not by its due instant; 通报批评 by default.</summary>
    public static IAccountabilityRule SupervisionUnanswered { get; } = new SupervisionUnansweredRule();

    /// <summary>"四个一"缺失 (<see cref="AccountabilityRule.MissingFourOnes"/>): evaluates responsible units, not tickets.</summary>
    public static IAccountabilityRule MissingFourOnes { get; } = new MissingFourOnesRule();
}
