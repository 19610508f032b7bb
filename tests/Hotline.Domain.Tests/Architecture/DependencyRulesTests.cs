using System.Reflection;

namespace Hotline.Domain.Tests.Architecture;

public class DependencyRulesTests
{
    private static readonly Assembly Library = typeof(HotlineDomainException).Assembly;

    [Fact]
    public void Library_references_only_NodaTime_the_two_Ardalis_packages_and_the_framework()
    {
        var allowed = new[] { "NodaTime", "Ardalis.SmartEnum", "Ardalis.GuardClauses" };
        var framework = new[] { "netstandard", "mscorlib", "System", "Microsoft" };

        var others = Library.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !allowed.Contains(n))
            .Where(n => !framework.Any(f => n == f || n.StartsWith(f + ".", StringComparison.Ordinal)));

        others.Should().BeEmpty("the library may depend on NodaTime, Ardalis.SmartEnum and Ardalis.GuardClauses only");
    }

    [Fact]
    public void No_public_member_exposes_BCL_date_types()
    {
        var banned = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(TimeZoneInfo) };
        var offenders = new List<string>();
        foreach (var type in Library.GetExportedTypes())
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                var exposed = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    PropertyInfo p => new[] { p.PropertyType },
                    FieldInfo f => new[] { f.FieldType },
                    _ => Enumerable.Empty<Type>(),
                };
                if (exposed.Any(t => Mentions(t, banned)))
                {
                    offenders.Add($"{type.FullName}.{member.Name}");
                }
            }
        }

        offenders.Should().BeEmpty("public API speaks NodaTime (LocalDate, Instant, DateTimeZone), never DateTime, DateTimeOffset or TimeZoneInfo");
    }

    [Fact]
    public void Library_exposes_no_type_outside_the_Hotline_Domain_namespace()
    {
        Library.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Hotline.Domain", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    private static bool Mentions(Type type, Type[] banned)
    {
        if (type.IsByRef || type.IsArray || type.IsPointer)
        {
            return Mentions(type.GetElementType()!, banned);
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (banned.Contains(underlying))
        {
            return true;
        }

        return underlying.IsGenericType && underlying.GetGenericArguments().Any(t => Mentions(t, banned));
    }
}
