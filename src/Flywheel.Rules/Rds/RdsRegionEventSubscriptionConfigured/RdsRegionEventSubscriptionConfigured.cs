using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsRegionEventSubscriptionConfigured;

/// <summary>
/// Each required RDS source type in the region has enabled event subscriptions that cover its critical event
/// categories for every source (no SourceIds restriction); several subscriptions may together cover a type.
/// </summary>
internal sealed class RdsRegionEventSubscriptionConfigured : Rule<AccountRegion, RdsRegionEventSubscriptionConfiguredOptions>
{
    public override string Id => "rds-region-event-subscription-configured";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsEventSubscriptions];

    protected override RuleResult Evaluate(AccountRegion resource, RuleContext context, RdsRegionEventSubscriptionConfiguredOptions options)
    {
        var subscriptions = context.Inventory.EventSubscriptionsIn(resource.AccountId, resource.Region);
        var active = subscriptions
            .Where(s => s.Enabled == true && string.Equals(s.Status, "active", StringComparison.OrdinalIgnoreCase) && s.SourceIds.Count == 0)
            .ToArray();

        var uncovered = new List<string>();
        var covering = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (sourceType, categories) in options.RequiredCategories.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var candidates = active.Where(s => s.SourceType is null || string.Equals(s.SourceType, sourceType, StringComparison.Ordinal)).ToArray();
            var allCategories = candidates.Where(s => s.EventCategories.Count == 0).ToArray();
            if (allCategories.Length > 0)
            {
                covering.Add(allCategories[0].SubscriptionName);
                continue;
            }

            var missing = categories
                .Where(c => !candidates.Any(s => s.EventCategories.Contains(c, StringComparer.OrdinalIgnoreCase)))
                .ToArray();
            if (missing.Length == 0)
            {
                covering.UnionWith(candidates.Where(s => s.EventCategories.Any(c => categories.Contains(c, StringComparer.OrdinalIgnoreCase))).Select(s => s.SubscriptionName));
            }
            else
            {
                uncovered.Add($"{sourceType} ({string.Join(", ", missing)})");
            }
        }

        var evidence = Evidence.Of("Subscriptions", subscriptions.Select(s => s.SubscriptionName));
        if (uncovered.Count == 0)
        {
            return RuleResult.Pass($"enabled event subscriptions cover {string.Join(", ", options.RequiredCategories.Keys.Order(StringComparer.Ordinal))} ({string.Join(", ", covering)})", evidence);
        }

        var unknown = subscriptions.FirstOrDefault(s => s.Enabled is null || s.Status is null);
        if (unknown is not null)
        {
            return RuleResult.Error($"Enabled or Status of event subscription {unknown.SubscriptionName} was not collected", evidence);
        }

        var prefix = subscriptions.Count == 0 ? "no RDS event subscriptions in region; " : "";
        var inactive = subscriptions.Where(s => s.Enabled != true || !string.Equals(s.Status, "active", StringComparison.OrdinalIgnoreCase)).Select(s => s.SubscriptionName).ToArray();
        var restricted = subscriptions.Where(s => s.SourceIds.Count > 0).Select(s => s.SubscriptionName).ToArray();
        var notes = (inactive.Length > 0 ? $"; not enabled or not active: {string.Join(", ", inactive)}" : "")
            + (restricted.Length > 0 ? $"; limited to specific sources: {string.Join(", ", restricted)}" : "");
        return RuleResult.Fail($"{prefix}no enabled event subscription covers {string.Join("; ", uncovered)}{notes}", evidence);
    }
}
