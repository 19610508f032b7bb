namespace Hotline.Domain.Deadlines;

/// <summary>A handling policy was built with broken rules, or asked about a category or urgency it has no limit for.</summary>
public sealed class HandlingPolicyException : HotlineDomainException
{
    internal HandlingPolicyException(string message)
        : base(message)
    {
    }
}
