using Flywheel.Core.Inventory;

namespace Flywheel.Core.Rules;

/// <summary>
/// Which datasets a scan may leave uncollected. Most datasets feed more than the rules that declare them (the key
/// dependents index reads instances, snapshots, backups and secrets), so they are always collected. The on-demand
/// ones are read by nothing but a rule that declares them: a scan whose rules do not declare one skips its calls,
/// and records no gap for it. An export (<c>flywheel collect</c>) always has everything.
/// </summary>
public static class DatasetSelection
{
    // KMS grants: evidence for retiring a key and for the keys report of an export, one call per customer managed key.
    private static readonly Dataset[] OnDemand = [Dataset.KmsGrants];

    /// <summary>The on-demand datasets none of <paramref name="rules"/> declares.</summary>
    public static IReadOnlySet<Dataset> NotRequiredBy(IEnumerable<IRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var required = rules.SelectMany(r => r.RequiredDatasets).ToHashSet();
        return OnDemand.Where(d => !required.Contains(d)).ToHashSet();
    }
}
