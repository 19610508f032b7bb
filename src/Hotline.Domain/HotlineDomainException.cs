using System;

namespace Hotline.Domain;

/// <summary>
/// The base of every exception that reports a broken business rule of the hotline domain
/// (as opposed to a programming error such as a null argument, which is an <see cref="ArgumentException"/>).
/// </summary>
/// <remarks>
/// Catch this type to handle every rule violation in one place. Each message says which rule was broken,
/// the value that broke it and what would have been allowed. Only the library derives from it and raises it.
/// </remarks>
public abstract class HotlineDomainException : Exception
{
    /// <summary>Creates the exception with a message that names the rule, the value and what is allowed.</summary>
    /// <param name="message">The explanation of the broken rule.</param>
    private protected HotlineDomainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The explanation of the broken rule.</param>
    /// <param name="innerException">The underlying cause.</param>
    private protected HotlineDomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
