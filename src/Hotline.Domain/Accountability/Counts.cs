using System;

namespace Hotline.Domain.Accountability;

/// <summary>Count arithmetic without silent overflow.</summary>
internal static class Counts
{
    /// <summary>The sum, or an <see cref="ArgumentException"/> naming <paramref name="parameterName"/> when it exceeds <see cref="int.MaxValue"/>.</summary>
    public static int Add(int a, int b, string what, string? parameterName = null)
    {
        var sum = (long)a + b;
        return sum <= int.MaxValue
            ? (int)sum
            : throw new ArgumentException($"The combined {what} ({sum}) exceeds {int.MaxValue}; assess fewer tickets at once.", parameterName);
    }

    /// <summary>An overflow reported by a sum that did not know the caller's parameter, now naming it.</summary>
    public static ArgumentException Naming(ArgumentException overflow, string parameterName)
    {
        var original = overflow.InnerException as ArgumentException ?? overflow;
        return new ArgumentException(original.Message, parameterName, original);
    }
}
