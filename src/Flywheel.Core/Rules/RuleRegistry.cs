using System.Collections.Frozen;

namespace Flywheel.Core.Rules;

/// <summary>The catalogue: rule id to rule, metadata and mappings, in id order.</summary>
public sealed class RuleRegistry
{
    private readonly FrozenDictionary<string, RegisteredRule> _byId;

    public RuleRegistry(IEnumerable<RegisteredRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var duplicate = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id '{duplicate.Key}' is registered twice.", nameof(rules));
        }

        _byId = Rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegisteredRule> Rules { get; }

    public RegisteredRule? Find(string id) => _byId.GetValueOrDefault(id);
}
