namespace Hotline.Domain.Accountability;

/// <summary>An escalation ladder was configured against its rules (steps out of order, a threshold below 1, a measure the library may not recommend).</summary>
public sealed class EscalationLadderException : HotlineDomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which rule, which value, what would be allowed.</param>
    internal EscalationLadderException(string message)
        : base(message)
    {
    }
}
