namespace Hotline.Domain.Deadlines;

/// <summary>An extension (延期) broke the policy's extension rule: wrong complexity, too many extensions, too many days, or asked too late.</summary>
public sealed class ExtensionRefusedException : HotlineDomainException
{
    internal ExtensionRefusedException(string message)
        : base(message)
    {
    }
}
