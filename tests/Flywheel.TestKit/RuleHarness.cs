using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;
using Flywheel.Rules.Catalog;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.TestKit;

/// <summary>
/// Runs one built-in rule through the real evaluator (so dataset gaps, scope and exceptions apply as in a scan)
/// and returns the finding for one resource.
/// </summary>
public static class RuleHarness
{
    public static Finding Evaluate(string ruleId, AwsResource resource, InventorySnapshot? inventory = null, object? options = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        inventory ??= new InventoryBuilder().With(resource).Build();
        var findings = EvaluateAll(ruleId, inventory, options, now);
        return findings.SingleOrDefault(f => f.Resource.Arn == resource.Arn)
            ?? throw new InvalidOperationException($"rule {ruleId} produced no finding for {resource.Arn}; it produced {findings.Count}");
    }

    public static IReadOnlyList<Finding> EvaluateAll(string ruleId, InventorySnapshot inventory, object? options = null, DateTimeOffset? now = null)
    {
        var registry = BuiltInRules.CreateRegistry();
        _ = registry.Find(ruleId) ?? throw new ArgumentException($"no built-in rule {ruleId}", nameof(ruleId));
        var policy = new BaselinePolicy
        {
            EnableAllRules = false,
            Rules = new Dictionary<string, RulePolicy>(StringComparer.Ordinal) { [ruleId] = new RulePolicy { Options = options } },
        };
        var evaluator = new BaselineEvaluator(registry, new FakeTimeProvider(now ?? Some.Now));
        return evaluator.Evaluate(new EvaluationRequest(inventory, policy)).Findings;
    }
}
