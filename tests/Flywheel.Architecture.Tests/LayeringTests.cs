using System.Reflection;

namespace Flywheel.Architecture.Tests;

/// <summary>Dependencies point inward: every part may only look leftwards in DESIGN.md's picture.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "Flywheel.Core", [] },
        { "Flywheel.Rules", ["Flywheel.Core"] },
        { "Flywheel.Sources", ["Flywheel.Core"] },
        { "Flywheel.Store", ["Flywheel.Core"] },
        { "Flywheel.Reports", ["Flywheel.Core"] },
        { "Flywheel.Aws", ["Flywheel.Core"] },
        { "Flywheel.Sandbox", ["Flywheel.Core", "Flywheel.Aws"] },
        { "Flywheel.Cli", ["Flywheel.Core", "Flywheel.Rules", "Flywheel.Sources", "Flywheel.Aws", "Flywheel.Store", "Flywheel.Reports", "Flywheel.Sandbox"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void Assembly_FlywheelReferences_PointInwardOnly(string assemblyName, string[] allowed)
    {
        var assembly = Assembly.Load(assemblyName == "Flywheel.Cli" ? "flywheel" : assemblyName);

        var references = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Flywheel.", StringComparison.Ordinal) || n == "flywheel");

        references.Where(r => !allowed.Contains(r)).ShouldBeEmpty();
    }

    [Fact]
    public void Projects_OutsideTheAwsPart_DoNotReferenceTheAwsSdk()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("Flywheel.Aws", StringComparison.Ordinal) && !p.Contains("Flywheel.Sandbox", StringComparison.Ordinal))
            .Where(p => File.ReadAllText(p).Contains("AWSSDK.", StringComparison.Ordinal))
            .Select(p => Path.GetFileName(p));

        offenders.ShouldBeEmpty();
    }
}
