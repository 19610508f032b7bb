namespace Hotline.Domain;

/// <summary>How hard a matter is, set by the platform when it dispatches the work order (一般 / 复杂 / 特别复杂).</summary>
public sealed class Complexity : Vocabulary<Complexity>
{
    /// <summary>一般: a general matter.</summary>
    public static readonly Complexity General = new(nameof(General), 1, "general", "一般");

    /// <summary>复杂: a complex matter.</summary>
    public static readonly Complexity Complex = new(nameof(Complex), 2, "complex", "复杂");

    /// <summary>特别复杂: an especially complex matter; the usual one that may be extended.</summary>
    public static readonly Complexity EspeciallyComplex = new(nameof(EspeciallyComplex), 3, "especially-complex", "特别复杂");

    private Complexity(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
