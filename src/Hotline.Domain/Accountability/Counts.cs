using System;

namespace Hotline.Domain.Accountability;

/// <summary>Count arithmetic without silent overflow.</summary>
internal static class Counts
{
    public static int Add(int a, int b, string what)
    {
        var sum = (long)a + b;
        return sum <= int.MaxValue
            ? (int)sum
            : throw new ArgumentException($"The combined {what} ({sum}) exceeds {int.MaxValue}; assess fewer tickets at once.");
    }
}
