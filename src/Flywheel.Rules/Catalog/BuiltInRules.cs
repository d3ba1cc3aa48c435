using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

/// <summary>
/// The built-in catalogue. Each category file lists its rules explicitly; metadata and compliance mappings are
/// loaded from the embedded data and validated here, so a bad catalogue fails at start-up with every error listed.
/// </summary>
public static partial class BuiltInRules
{
    private static readonly Lazy<RuleRegistry> Registry = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The registry of every built-in rule (built once, immutable).</summary>
    public static RuleRegistry CreateRegistry() => Registry.Value;

    /// <summary>Every built-in rule instance, in the order the category files list them.</summary>
    internal static IReadOnlyList<IRule> AllRules() =>
    [
        .. NetworkRules(),
        .. EncryptionAtRestRules(),
        .. EncryptionInTransitRules(),
        .. BackupRules(),
        .. ResilienceRules(),
        .. IdentityRules(),
        .. LoggingRules(),
        .. PatchingRules(),
        .. KeyRules(),
        .. SecretRules(),
    ];

    private static RuleRegistry Build()
    {
        var rules = AllRules();
        var metadata = RuleMetadataLoader.LoadAll(typeof(BuiltInRules).Assembly);
        var frameworks = ComplianceLoader.LoadAll(typeof(BuiltInRules).Assembly);
        var errors = CatalogValidator.Validate(rules, metadata, frameworks);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The built-in rule catalogue is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)));
        }

        var mappings = frameworks
            .SelectMany(f => f.Requirements.SelectMany(r => r.Rules.Select(id => (RuleId: id, Mapping: new Core.Compliance.ComplianceMapping(f.Id, r.Id)))))
            .ToLookup(x => x.RuleId, x => x.Mapping, StringComparer.Ordinal);
        return new RuleRegistry(rules.Select(r => new RegisteredRule(r, metadata[r.Id], mappings[r.Id].ToArray())));
    }

    /// <summary>The compliance frameworks shipped with the catalogue.</summary>
    public static IReadOnlyList<Core.Compliance.ComplianceFramework> Frameworks() => ComplianceLoader.LoadAll(typeof(BuiltInRules).Assembly);
}
