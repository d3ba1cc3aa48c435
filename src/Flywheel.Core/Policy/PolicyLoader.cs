using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>
/// Loads a baseline policy from YAML, binds and validates each rule's options against the registry, and reports
/// every error at once with file, line and column.
/// </summary>
public sealed class PolicyLoader
{
    private readonly RuleRegistry _registry;

    public PolicyLoader(RuleRegistry registry)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
    }

    /// <summary>Reads and parses a policy file; a missing or unreadable file is an error of the result.</summary>
    public PolicyLoadResult LoadFile(string path) => throw new NotImplementedException("policy loader: work in progress");

    /// <summary>Parses policy YAML; <paramref name="sourceName"/> names the file in errors.</summary>
    public PolicyLoadResult Parse(string yaml, string sourceName) => throw new NotImplementedException($"policy loader for {_registry.Rules.Count} rules: work in progress");
}
