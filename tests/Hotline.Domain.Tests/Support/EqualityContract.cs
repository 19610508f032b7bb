using System.Reflection;

namespace Hotline.Domain.Tests.Support;

/// <summary>
/// The equality contract of a value type or value object, checked once for every test (after NodaTime's
/// <c>TestHelper.TestEqualsClass</c>): <see cref="object.Equals(object)"/>, <see cref="IEquatable{T}.Equals(T)"/>,
/// <c>==</c> and <c>!=</c> (when the type declares them), <see cref="object.GetHashCode"/>, null and another type.
/// </summary>
internal static class EqualityContract
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equal"/> (a distinct instance built the same way) in
    /// every way equality can be asked, and differs from each of <paramref name="unequal"/> in every way.
    /// </summary>
    public static void Holds<T>(T value, T equal, params T[] unequal)
        where T : notnull
    {
        unequal.Should().NotBeEmpty("an equality contract needs at least one different value");
        var equality = Operator<T>("op_Equality");
        var inequality = Operator<T>("op_Inequality");
        (equality is null).Should().Be(inequality is null, $"{typeof(T).Name} declares == and != together");

        value.Equals((object)equal).Should().BeTrue("Equals(object) of two equal values");
        equal.Equals((object)value).Should().BeTrue("Equals(object) is symmetric");
        value.Equals((object)value).Should().BeTrue("Equals(object) is reflexive");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");
        if (value is IEquatable<T> equatable)
        {
            equatable.Equals(equal).Should().BeTrue("IEquatable<T>.Equals of two equal values");
        }

        if (equality is not null)
        {
            Invoke(equality, value, equal).Should().BeTrue("== of two equal values");
            Invoke(inequality!, value, equal).Should().BeFalse("!= of two equal values");
        }

        object boxed = value!;
        boxed.Equals(null).Should().BeFalse("a value never equals null");
        boxed!.Equals(new object()).Should().BeFalse("a value never equals an object of another type");
        if (!typeof(T).IsValueType)
        {
            if (value is IEquatable<T> nullable)
            {
                nullable.Equals(default!).Should().BeFalse("IEquatable<T>.Equals(null) is false");
            }

            if (equality is not null)
            {
                Invoke(equality, value, default).Should().BeFalse("value == null is false");
                Invoke(equality, default, value).Should().BeFalse("null == value is false");
                Invoke(inequality!, value, default).Should().BeTrue("value != null is true");
                Invoke(inequality!, default, value).Should().BeTrue("null != value is true");
                Invoke(equality, default, default).Should().BeTrue("null == null is true");
            }
        }

        foreach (var other in unequal)
        {
            value.Equals((object)other).Should().BeFalse($"{value} differs from {other}");
            other.Equals((object)value).Should().BeFalse($"{other} differs from {value}");
            if (value is IEquatable<T> e)
            {
                e.Equals(other).Should().BeFalse($"IEquatable<T>.Equals: {value} differs from {other}");
            }

            if (equality is not null)
            {
                Invoke(equality, value, other).Should().BeFalse($"{value} == {other} is false");
                Invoke(inequality!, value, other).Should().BeTrue($"{value} != {other} is true");
            }
        }
    }

    private static MethodInfo? Operator<T>(string name) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(T), typeof(T) }, null);

    private static bool Invoke(MethodInfo op, object? left, object? right) => (bool)op.Invoke(null, new[] { left, right })!;
}
