using System.Reflection;
using System.Text.RegularExpressions;

namespace Flywheel.Architecture.Tests;

/// <summary>The code habits of CONVENTIONS.md, as tests.</summary>
public sealed partial class ConventionTests
{
    private static readonly string[] ProductAssemblies = ["Flywheel.Core", "Flywheel.Rules", "Flywheel.Sources", "Flywheel.Store", "Flywheel.Reports", "Flywheel.Aws", "flywheel"];

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void AsyncMethods_InProductCode_TakeACancellationTokenLast()
    {
        var offenders = ProductAssemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            // DisposeAsync has the signature IAsyncDisposable gives it.
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.IsSpecialName && m.Name != nameof(IAsyncDisposable.DisposeAsync))
            .Where(m => !TakesTokenLast(m.GetParameters()))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}");

        offenders.ShouldBeEmpty();
    }

    // Last, or just before a params array (which C# requires to come last).
    private static bool TakesTokenLast(ParameterInfo[] parameters) =>
        parameters.Length > 0 && (parameters[^1].ParameterType == typeof(CancellationToken)
            || (parameters.Length > 1 && parameters[^2].ParameterType == typeof(CancellationToken) && parameters[^1].IsDefined(typeof(ParamArrayAttribute), false)));

    [Fact]
    public void SourceFiles_DeclareOneTopLevelType()
    {
        var offenders = SourceFiles()
            .Select(p => (Path: p, Count: TopLevelType().Count(File.ReadAllText(p))))
            .Where(x => x.Count > 1)
            .Select(x => $"{Path.GetRelativePath(RepositoryRoot.Path, x.Path)} declares {x.Count} types");

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void StaticConsoleRendering_IsConfinedToTheRenderingFolder()
    {
        var offenders = SourceFiles()
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}Rendering{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => StaticAnsiConsole().IsMatch(File.ReadAllText(p)))
            .Select(p => Path.GetRelativePath(RepositoryRoot.Path, p));

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void ProductTypes_OutsideCore_AreInternalUnlessAnEntryPoint()
    {
        // Core holds the public abstractions; other parts expose only their entry points.
        var allowedPublic = new HashSet<string>(StringComparer.Ordinal)
        {
            "Flywheel.Rules.Catalog.BuiltInRules",
            "Flywheel.Sources.Export.ExportDirectoryCollector",
            "Flywheel.Sources.Export.ExportDirectoryCalls",
            "Flywheel.Sources.Export.ExportDirectoryWriter",
            "Flywheel.Sources.Export.ExportDirectoryWriterOptions",
            "Flywheel.Sources.Export.ExportInventoryBuilder",
        };
        var offenders = ProductAssemblies.Where(a => a is "Flywheel.Rules" or "Flywheel.Sources")
            .Select(Assembly.Load)
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.FullName!)
            .Where(n => !allowedPublic.Contains(n));

        offenders.ShouldBeEmpty();
    }

    // A type declared at the start of a line (file-scoped namespaces put top-level types in column 0).
    [GeneratedRegex(@"^(?:public |internal |file )?(?:static |sealed |abstract |partial |readonly )*(?:class|record|struct|interface|enum) \w+", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"\bAnsiConsole\.(?!Create\b)\w+")]
    private static partial Regex StaticAnsiConsole();
}
