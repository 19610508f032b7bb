using System.Reflection;
using Hotline.Domain;

// A guided tour of Hotline.Domain. Each section shows one feature, with real dates.
var version = typeof(HotlineDomainException).Assembly
    .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"Hotline.Domain {version}");
