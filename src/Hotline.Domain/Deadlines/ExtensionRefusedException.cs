using Ardalis.GuardClauses;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// An extension (延期) broke the policy's extension rule — a complexity it does not extend, no extensions left, too
/// many working days, or asked too late; <see cref="Reason"/> says which. The one refusal type for an extension, raised
/// by <see cref="HandlingDeadline.Extend(int)"/> and by a work order's extension request alike.
/// </summary>
public sealed class ExtensionRefusedException : HotlineDomainException
{
    internal ExtensionRefusedException(ExtensionRefusal reason, string message)
        : base($"[{Guard.Against.Null(reason).Code}] {message}")
    {
        Reason = reason;
    }

    /// <summary>The part of the extension rule the request broke.</summary>
    public ExtensionRefusal Reason { get; }
}
