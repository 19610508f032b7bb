namespace Hotline.Domain.Accountability;

/// <summary>An <see cref="AccountabilityRuleSet"/> was asked to hold two rules reporting under one <see cref="AccountabilityRule"/>, or to drop or replace a rule it does not hold.</summary>
public sealed class AccountabilityRuleSetException : HotlineDomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which rule, which value, what would be allowed.</param>
    public AccountabilityRuleSetException(string message)
        : base(message)
    {
    }
}
