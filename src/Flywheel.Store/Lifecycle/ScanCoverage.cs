using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;

namespace Flywheel.Store.Lifecycle;

/// <summary>
/// What a scan looked at: the rules that ran, the account×regions collected, the datasets that failed, and the
/// resources it saw. Decides whether a finding's absence proves that its resource is gone.
/// </summary>
internal sealed class ScanCoverage
{
    private readonly HashSet<string> _rules;
    private readonly HashSet<(string AccountId, string Region)> _scopes;
    private readonly HashSet<(string AccountId, string Region, Dataset Dataset)> _regionGaps;
    private readonly HashSet<(string AccountId, string Region, Dataset Dataset, string ResourceId)> _resourceGaps;
    private readonly HashSet<string> _resources;

    public ScanCoverage(
        IEnumerable<string> rulesEvaluated,
        IEnumerable<InventoryScope> scopes,
        IEnumerable<CollectionGap> gaps,
        IEnumerable<string> resourceArns)
    {
        _rules = new HashSet<string>(rulesEvaluated, StringComparer.Ordinal);
        _scopes = scopes.Select(s => (s.AccountId, s.Region)).ToHashSet();
        var all = gaps.ToArray();
        _regionGaps = all.Where(g => g.ResourceId is null).Select(g => (g.AccountId, g.Region, g.Dataset)).ToHashSet();
        _resourceGaps = all.Where(g => g.ResourceId is not null).Select(g => (g.AccountId, g.Region, g.Dataset, g.ResourceId!)).ToHashSet();
        _resources = new HashSet<string>(resourceArns, StringComparer.Ordinal);
    }

    public static ScanCoverage Of(ScanRecord scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return new ScanCoverage(scan.Evaluation.RulesEvaluated, scan.Scopes, scan.Evaluation.Gaps, scan.Resources.Select(r => r.Arn));
    }

    /// <summary>
    /// Null when the scan proves the finding's resource is gone; otherwise why it does not (the finding is kept).
    /// </summary>
    public string? WhyNotGone(StoredFindingState finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!_rules.Contains(finding.Key.RuleId))
        {
            return "rule not evaluated";
        }

        if (!_scopes.Contains((finding.AccountId, finding.Region)))
        {
            return "account and region not collected";
        }

        if (_resources.Contains(finding.Key.ResourceArn))
        {
            return "resource still exists but was not evaluated (out of scope)";
        }

        if (ResourceTypeDatasets.ListDatasetOf(finding.ResourceType) is not { } dataset)
        {
            return $"no dataset proves absence of {finding.ResourceType}";
        }

        if (_regionGaps.Contains((finding.AccountId, finding.Region, dataset))
            || _resourceGaps.Contains((finding.AccountId, finding.Region, dataset, finding.ResourceName))
            || _resourceGaps.Contains((finding.AccountId, finding.Region, dataset, finding.Key.ResourceArn)))
        {
            return $"{dataset} not collected";
        }

        return null;
    }

    /// <summary>The account×region pairs whose stored findings the scan may change.</summary>
    public IEnumerable<(string AccountId, string Region)> Scopes => _scopes;

    public bool Covers(FindingKey key) => _rules.Contains(key.RuleId);
}
