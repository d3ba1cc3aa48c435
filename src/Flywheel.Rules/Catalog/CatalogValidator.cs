using System.Text.RegularExpressions;
using Flywheel.Core.Compliance;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

/// <summary>
/// The catalogue's own rules, checked at start-up and by the meta-tests: ids are kebab-case and match the class
/// name and the metadata; titles state the secure condition; every mapping names a rule that exists.
/// </summary>
internal static partial class CatalogValidator
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<IRule> rules, IReadOnlyDictionary<string, RuleMetadata> metadata, IReadOnlyList<ComplianceFramework> frameworks)
    {
        var errors = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!ids.Add(rule.Id))
            {
                errors.Add($"rule id '{rule.Id}' is registered twice");
            }

            if (!KebabId().IsMatch(rule.Id))
            {
                errors.Add($"rule id '{rule.Id}' is not kebab-case <service>-<resource>-<condition>");
            }

            var expectedClass = ToPascalCase(rule.Id);
            if (!string.Equals(rule.GetType().Name, expectedClass, StringComparison.Ordinal))
            {
                errors.Add($"rule '{rule.Id}' is implemented by class {rule.GetType().Name}; expected {expectedClass}");
            }

            var folder = rule.GetType().Namespace?.Split('.').LastOrDefault();
            if (!string.Equals(folder, expectedClass, StringComparison.Ordinal))
            {
                errors.Add($"rule '{rule.Id}' lives in namespace {rule.GetType().Namespace}; expected a folder named {expectedClass}");
            }

            if (!metadata.TryGetValue(rule.Id, out var meta))
            {
                errors.Add($"rule '{rule.Id}' has no {rule.Id}.metadata.json");
                continue;
            }

            if (meta.Title.StartsWith("Ensure", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"rule '{rule.Id}': the title states the secure condition, not \"Ensure …\"");
            }

            foreach (var (field, value) in new[] { ("title", meta.Title), ("rationale", meta.Rationale), ("remediation", meta.Remediation), ("category", meta.Category) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    errors.Add($"rule '{rule.Id}': metadata field '{field}' is empty");
                }
            }

            var resourceType = ((AwsResource)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(rule.ResourceType)).ResourceType;
            if (rule.ResourceType != typeof(DbSnapshot) && !string.Equals(resourceType, meta.ResourceType, StringComparison.Ordinal))
            {
                errors.Add($"rule '{rule.Id}': metadata resourceType '{meta.ResourceType}' but the rule evaluates {resourceType}");
            }

            if (!Categories.Contains(meta.Category))
            {
                errors.Add($"rule '{rule.Id}': category '{meta.Category}' is not one of {string.Join(", ", Categories)}");
            }

            foreach (var reference in meta.References)
            {
                if (!reference.StartsWith("https://", StringComparison.Ordinal))
                {
                    errors.Add($"rule '{rule.Id}': reference '{reference}' is not an https URL");
                }
            }
        }

        foreach (var id in metadata.Keys.Where(id => !ids.Contains(id)))
        {
            errors.Add($"metadata {id}.metadata.json has no rule class");
        }

        foreach (var framework in frameworks)
        {
            foreach (var requirement in framework.Requirements)
            {
                foreach (var ruleId in requirement.Rules.Where(r => !ids.Contains(r)))
                {
                    errors.Add($"compliance {framework.Id} requirement {requirement.Id} names unknown rule '{ruleId}'");
                }
            }
        }

        return errors;
    }

    /// <summary>The categories a rule may belong to (the sections of the catalogue).</summary>
    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
    {
        "network", "encryption-at-rest", "encryption-in-transit", "backup", "resilience", "identity", "logging", "patching", "keys", "secrets",
    };

    public static string ToPascalCase(string id) =>
        string.Concat(id.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+){2,}$")]
    private static partial Regex KebabId();
}
