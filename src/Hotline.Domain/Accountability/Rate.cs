using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// A rate as its counts: <see cref="Numerator"/> ÷ <see cref="Denominator"/>, kept exact so that rates combine by
/// summing counts (9/10 and 1/1 make 10/11 ≈ 90.9 %, not the 95 % an average of rates would say) and rank by
/// cross-multiplying (1/3 and 2/6 tie). Rounded only when printed.
/// </summary>
/// <remarks>
/// <para>The default value is 0/0: no value (<see cref="Value"/> is <see langword="null"/>), never a division error.
/// The numerator may exceed the denominator (重办率 counts a reopened ticket still awaiting its new reply).</para>
/// <para>Equality is of the counts: 1/3 and 2/6 are not <see cref="Equals(Rate)"/> (they are different counts), but
/// <see cref="CompareTo(Rate)"/> says they are the same rate.</para>
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>
{
    /// <summary>Creates a rate.</summary>
    /// <param name="numerator">0 or more.</param>
    /// <param name="denominator">0 or more (0: no value).</param>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public Rate(int numerator, int denominator)
    {
        Numerator = Guard.Against.Negative(numerator);
        Denominator = Guard.Against.Negative(denominator);
    }

    /// <summary>The count on top (for example, replied tickets).</summary>
    public int Numerator { get; }

    /// <summary>The count below (for example, due tickets); 0 means no value.</summary>
    public int Denominator { get; }

    /// <summary>Whether the rate has a value (the denominator is not 0).</summary>
    public bool HasValue => Denominator != 0;

    /// <summary>The quotient as a fraction of 1 (decimal division, exact to 28 significant digits), or <see langword="null"/> when the denominator is 0.</summary>
    public decimal? Value => Denominator == 0 ? null : (decimal)Numerator / Denominator;

    /// <summary>
    /// The percentage rounded half to even to 1 decimal (GB/T 8170), computed exactly from the counts, or
    /// <see langword="null"/> when the denominator is 0: 1/8 is 12.5, 1/16 is 6.2, 3/16 is 18.8, 2/3 is 66.7.
    /// </summary>
    public decimal? Percent
    {
        get
        {
            if (Denominator == 0)
            {
                return null;
            }

            // Tenths of a percent: numerator × 1000 ÷ denominator, rounded half to even on the exact remainder.
            var scaled = (long)Numerator * 1000;
            var tenths = scaled / Denominator;
            var twiceRemainder = (scaled % Denominator) * 2;
            if (twiceRemainder > Denominator || (twiceRemainder == Denominator && tenths % 2 != 0))
            {
                tenths++;
            }

            return tenths / 10m;
        }
    }

    /// <summary>Whether two rates have the same counts.</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Whether two rates have different counts.</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is a lower rate than <paramref name="right"/> (<see cref="CompareTo(Rate)"/>).</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when lower.</returns>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is a rate at most <paramref name="right"/> (<see cref="CompareTo(Rate)"/>).</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when lower or the same rate.</returns>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is a higher rate than <paramref name="right"/> (<see cref="CompareTo(Rate)"/>).</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when higher.</returns>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is a rate at least <paramref name="right"/> (<see cref="CompareTo(Rate)"/>).</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when higher or the same rate.</returns>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    /// <summary>Sums the counts of two rates (the numerators, and the denominators).</summary>
    /// <param name="left">One rate.</param>
    /// <param name="right">The other.</param>
    /// <returns>The combined rate.</returns>
    /// <exception cref="ArgumentException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static Rate operator +(Rate left, Rate right) => Sum(left, right, nameof(right));

    /// <summary>Sums the counts of two rates.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The combined rate.</returns>
    /// <exception cref="ArgumentException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public Rate Add(Rate other) => Sum(this, other, nameof(other));

    /// <summary>
    /// Compares the quotients exactly, by cross-multiplying in <see langword="long"/> (1/3 and 2/6 compare equal). A rate
    /// without a value sorts before every rate with one.
    /// </summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Rate other)
    {
        if (Denominator == 0 || other.Denominator == 0)
        {
            return HasValue.CompareTo(other.HasValue);
        }

        return ((long)Numerator * other.Denominator).CompareTo((long)other.Numerator * Denominator);
    }

    /// <inheritdoc />
    public bool Equals(Rate other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Numerator, Denominator).GetHashCode();

    /// <summary>The percentage rounded half to even to 1 decimal, for example <c>96.3%</c>; <c>n/a</c> without a value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static Rate Sum(Rate left, Rate right, string parameterName) =>
        new(Counts.Add(left.Numerator, right.Numerator, "numerator", parameterName), Counts.Add(left.Denominator, right.Denominator, "denominator", parameterName));
}
