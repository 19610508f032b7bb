using System.Reflection;
using System.Reflection.Emit;

namespace Hotline.Domain.Tests.Architecture;

/// <summary>One use of a type by a type, between two rooms (namespaces under a root namespace).</summary>
/// <param name="FromRoom">The room of the using type ("" for the root namespace itself).</param>
/// <param name="ToRoom">The room of the used type.</param>
/// <param name="From">The using type, compiler-generated nested types (closures, lambdas, state machines) attributed to the type that declares them.</param>
/// <param name="To">The used type (or the type declaring the used member).</param>
/// <param name="Internal">True when the use reaches a type or member that is not visible outside the assembly.</param>
/// <param name="Via">How: base type, interface, field, signature, attribute or method body.</param>
/// <param name="Target">What is used: the type's full name, or "Type.Member" for a member reached from a method body.</param>
internal sealed record RoomDependency(string FromRoom, string ToRoom, string From, string To, bool Internal, string Via, string Target = "")
{
    public string Arrow => $"{RoomRules.Name(FromRoom)} → {RoomRules.Name(ToRoom)}";
}

/// <summary>
/// One documented seam: the internal members one room reads in another, with the one reason the pair needs them.
/// </summary>
/// <param name="Reason">Why the room reads these internals rather than public members.</param>
/// <param name="Members">The internal types and members ("Type" or "Type.Member", full names) the seam opens.</param>
internal sealed record Seam(string Reason, params string[] Members);

/// <summary>The rules: which room may use which, and which internals a room may read across rooms (one seam per pair).</summary>
internal sealed class RoomRules
{
    private readonly IReadOnlyDictionary<string, string[]> _allowed;
    private readonly IReadOnlyDictionary<(string FromRoom, string ToRoom), Seam> _seams;

    /// <summary>Creates the rules.</summary>
    /// <param name="allowed">For each room, the rooms it may use.</param>
    /// <param name="seams">For each pair of rooms (the using room "*" for every room), its one seam.</param>
    public RoomRules(IReadOnlyDictionary<string, string[]> allowed, IReadOnlyDictionary<(string FromRoom, string ToRoom), Seam> seams)
    {
        _allowed = allowed;
        _seams = seams;
    }

    public static string Name(string room) => room.Length == 0 ? "root" : room;

    /// <summary>Every arrow between two different rooms that the rules do not allow, with the uses that draw it.</summary>
    public IReadOnlyList<string> ForbiddenArrows(IEnumerable<RoomDependency> uses) =>
        uses.Where(u => u.FromRoom != u.ToRoom)
            .Where(u => !(_allowed.TryGetValue(u.FromRoom, out var to) && to.Contains(u.ToRoom)))
            .Select(u => u.Arrow)
            .Distinct()
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every use of another room's internal type or member that is not in the pair's seam.</summary>
    public IReadOnlyList<string> UndocumentedInternals(IEnumerable<RoomDependency> uses) =>
        uses.Where(u => u.Internal && u.FromRoom != u.ToRoom)
            .Where(u => !IsSeam(u))
            .Select(u => $"{Name(u.FromRoom)} → {u.Target} (in {u.From})")
            .Distinct()
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();

    /// <summary>Seam members that no longer exist or are no longer used (an allowlist entry must keep pulling its weight).</summary>
    public IReadOnlyList<string> UnusedSeams(IEnumerable<RoomDependency> uses)
    {
        var crossing = uses.Where(u => u.Internal && u.FromRoom != u.ToRoom).ToList();
        return _seams
            .SelectMany(seam => seam.Value.Members.Select(member => (seam.Key, Member: member)))
            .Where(m => !crossing.Any(u => u.Target == m.Member && u.ToRoom == m.Key.ToRoom && (m.Key.FromRoom == "*" || u.FromRoom == m.Key.FromRoom)))
            .Select(m => $"{Name(m.Key.FromRoom)} → {m.Member}")
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();
    }

    private bool IsSeam(RoomDependency use) =>
        Opens((use.FromRoom, use.ToRoom), use.Target) || Opens(("*", use.ToRoom), use.Target);

    private bool Opens((string FromRoom, string ToRoom) pair, string target) =>
        _seams.TryGetValue(pair, out var seam) && seam.Members.Contains(target);
}

/// <summary>
/// Reads the compiled assembly: every type a type uses in its base type, interfaces, fields, member signatures
/// (generic arguments included), attributes, and method bodies (the IL's type, method, field and token operands,
/// local variables and catch clauses).
/// </summary>
internal static class RoomScanner
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The room of a type under <paramref name="root"/>: "" for the root namespace, the first segment below it otherwise, null outside.</summary>
    public static string? RoomOf(Type type, string root)
    {
        var ns = Outermost(type).Namespace;
        if (ns == root)
        {
            return "";
        }

        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns.Substring(root.Length + 1);
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest.Substring(0, dot);
    }

    public static IReadOnlyList<RoomDependency> Scan(Assembly assembly, string root)
    {
        var uses = new List<RoomDependency>();
        foreach (var type in assembly.GetTypes())
        {
            var fromRoom = RoomOf(type, root);
            if (fromRoom is null)
            {
                continue;
            }

            var from = Outermost(type).FullName!;
            void Use(Type? used, string via, bool internalMember = false) => UseMember(used, null, via, internalMember);
            void UseMember(Type? used, string? member, string via, bool internalMember)
            {
                foreach (var t in Decompose(used))
                {
                    var toRoom = RoomOf(t, root);
                    if (toRoom is not null)
                    {
                        var name = TypeName(t);
                        var isInternalType = !IsVisibleOutside(t);
                        var target = internalMember && !isInternalType && member is not null ? $"{name}.{member}" : name;
                        uses.Add(new RoomDependency(fromRoom, toRoom, from, Outermost(t).FullName!, internalMember || isInternalType, via, target));
                    }
                }
            }

            Use(type.BaseType, "base type");
            foreach (var i in type.GetInterfaces())
            {
                Use(i, "interface");
            }

            foreach (var g in type.IsGenericTypeDefinition ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                foreach (var c in g.GetGenericParameterConstraints())
                {
                    Use(c, "generic constraint");
                }
            }

            Attributes(type.CustomAttributes, Use);
            foreach (var member in type.GetMembers(Declared))
            {
                Attributes(member.CustomAttributes, Use);
                switch (member)
                {
                    case FieldInfo f:
                        Use(f.FieldType, $"field {f.Name}");
                        break;
                    case PropertyInfo p:
                        Use(p.PropertyType, $"property {p.Name}");
                        break;
                    case EventInfo e:
                        Use(e.EventHandlerType, $"event {e.Name}");
                        break;
                    case MethodBase m:
                        Method(m, Use, UseMember);
                        break;
                }
            }
        }

        return uses;
    }

    private static void Method(MethodBase method, Action<Type?, string, bool> use, Action<Type?, string?, string, bool> useMember)
    {
        var name = $"{method.Name}";
        if (method is MethodInfo mi)
        {
            use(mi.ReturnType, $"signature of {name}", false);
            Attributes(mi.ReturnParameter.CustomAttributes, (t, v, i) => use(t, v, i));
            foreach (var g in mi.IsGenericMethodDefinition ? mi.GetGenericArguments() : Type.EmptyTypes)
            {
                foreach (var c in g.GetGenericParameterConstraints())
                {
                    use(c, $"generic constraint of {name}", false);
                }
            }
        }

        foreach (var p in method.GetParameters())
        {
            use(p.ParameterType, $"signature of {name}", false);
            Attributes(p.CustomAttributes, (t, v, i) => use(t, v, i));
        }

        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            use(local.LocalType, $"local in {name}", false);
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                use(clause.CatchType, $"catch in {name}", false);
            }
        }

        var il = body.GetILAsByteArray() ?? Array.Empty<byte>();
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in Tokens(il))
        {
            var resolved = method.Module.ResolveMember(token, typeArgs, methodArgs);
            var via = $"body of {name}";
            switch (resolved)
            {
                case Type t:
                    use(t, via, false);
                    break;
                case MethodBase m:
                    useMember(m.DeclaringType, m.Name, via, m.IsAssembly || m.IsFamilyOrAssembly || m.IsPrivate);
                    if (m is MethodInfo called)
                    {
                        use(called.ReturnType, via, false);
                        foreach (var g in called.IsGenericMethod ? called.GetGenericArguments() : Type.EmptyTypes)
                        {
                            use(g, via, false);
                        }
                    }

                    foreach (var p in m.GetParameters())
                    {
                        use(p.ParameterType, via, false);
                    }

                    break;
                case FieldInfo f:
                    useMember(f.DeclaringType, f.Name, via, f.IsAssembly || f.IsFamilyOrAssembly || f.IsPrivate);
                    use(f.FieldType, via, false);
                    break;
            }
        }
    }

    /// <summary>The metadata tokens of the IL's type, method, field and token operands.</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineType:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static void Attributes(IEnumerable<CustomAttributeData> attributes, Action<Type?, string, bool> use)
    {
        foreach (var a in attributes)
        {
            use(a.AttributeType, "attribute", false);
            foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
            {
                use(arg.ArgumentType, "attribute", false);
                if (arg.Value is Type t)
                {
                    use(t, "attribute", false);
                }
            }
        }
    }

    private static IEnumerable<Type> Decompose(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var t in Decompose(type.GetElementType()))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var t in Decompose(type.GetGenericTypeDefinition()))
            {
                yield return t;
            }

            foreach (var t in type.GetGenericArguments().SelectMany(Decompose))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
    }

    private static string TypeName(Type type) => type.FullName ?? $"{type.Namespace}.{type.Name}";

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static bool IsVisibleOutside(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (!(t.IsPublic || t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem))
            {
                return false;
            }
        }

        return true;
    }
}
