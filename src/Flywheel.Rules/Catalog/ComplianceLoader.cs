using System.Reflection;
using System.Text.Json;
using Flywheel.Core.Compliance;

namespace Flywheel.Rules.Catalog;

/// <summary>Reads the embedded <c>Compliance/&lt;framework&gt;.json</c> files.</summary>
internal static class ComplianceLoader
{
    public static IReadOnlyList<ComplianceFramework> LoadAll(Assembly assembly)
    {
        var frameworks = new List<ComplianceFramework>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("compliance/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                frameworks.Add(JsonSerializer.Deserialize<ComplianceFramework>(stream, RuleMetadataLoader.JsonOptions)
                    ?? throw new JsonException("the file is empty"));
            }
            catch (JsonException ex)
            {
                throw new InvalidOperationException($"Compliance mapping {name} is invalid: {ex.Message}", ex);
            }
        }

        return frameworks;
    }
}
