using System.Reflection;
using System.Runtime.Versioning;

namespace Hotline.Domain.Tests;

/// <summary>
/// The same test sources run twice: Hotline.Domain.Tests against the library's net8.0 build and
/// Hotline.Domain.Tests.NetStandard against its netstandard2.0 build. This pins which build each run loaded,
/// so the netstandard2.0 run cannot silently test the net8.0 build.
/// </summary>
public class LibraryBuildTests
{
    private static readonly Assembly Library = typeof(HotlineDomainException).Assembly;

#if LIBRARY_NETSTANDARD2_0
    private const string ExpectedFramework = ".NETStandard,Version=v2.0";
#else
    private const string ExpectedFramework = ".NETCoreApp,Version=v8.0";
#endif

    [Fact]
    public void The_run_loads_the_library_build_it_claims_to_test()
    {
        var framework = Library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        Console.WriteLine($"Hotline.Domain under test: {framework} from {Library.Location}");
        framework.Should().Be(ExpectedFramework);
        Path.GetFileName(Path.GetDirectoryName(Library.Location)).Should().NotBeNull();
    }
}
