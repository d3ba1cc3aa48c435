using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;
using Flywheel.TestKit;

namespace Flywheel.Store.Tests;

/// <summary>Builds a <see cref="ScanRecord"/> as the scanner would: findings, the rules that ran, scopes and gaps.</summary>
internal sealed class ScanBuilder
{
    public const string Rule = "rds-instance-storage-encrypted";
    public const string OtherRule = "rds-instance-deletion-protection";

    private readonly DateTimeOffset _at;
    private readonly List<Finding> _findings = [];
    private readonly List<ResourceRef> _resources = [];
    private readonly HashSet<string> _rules = new(StringComparer.Ordinal);
    private readonly List<InventoryScope> _scopes = [new(Some.Account, Some.Region)];
    private readonly List<CollectionGap> _gaps = [];

    public ScanBuilder(DateTimeOffset at)
    {
        _at = at;
    }

    public ScanBuilder Fails(AwsResource resource, string rule = Rule, string reason = "StorageEncrypted is false") =>
        Add(resource, rule, FindingStatus.Fail, reason, null);

    public ScanBuilder Passes(AwsResource resource, string rule = Rule, string reason = "StorageEncrypted is true") =>
        Add(resource, rule, FindingStatus.Pass, reason, null);

    public ScanBuilder NotApplicable(AwsResource resource, string rule = Rule) =>
        Add(resource, rule, FindingStatus.NotApplicable, "engine is not covered", null);

    public ScanBuilder Errors(AwsResource resource, string rule = Rule) =>
        Add(resource, rule, FindingStatus.Error, "rds describe-db-instances not collected for 123456789012/us-east-1: AccessDenied", null);

    public ScanBuilder Suppressed(AwsResource resource, AppliedException exception, string rule = Rule) =>
        Add(resource, rule, FindingStatus.Suppressed, "StorageEncrypted is false", exception);

    /// <summary>A failure whose exception has expired (the evaluator reports Fail with the expired exception).</summary>
    public ScanBuilder FailsAfterExpiry(AwsResource resource, AppliedException expired, string rule = Rule) =>
        Add(resource, rule, FindingStatus.Fail, "StorageEncrypted is false (exception expired)", expired);

    /// <summary>A resource in the inventory that no rule evaluated (out of the policy's scope).</summary>
    public ScanBuilder Holds(AwsResource resource)
    {
        _resources.Add(ResourceRef.From(resource));
        return this;
    }

    public ScanBuilder Ran(params string[] rules)
    {
        _rules.UnionWith(rules);
        return this;
    }

    public ScanBuilder Scope(string account, string region)
    {
        _scopes.Add(new InventoryScope(account, region));
        return this;
    }

    public ScanBuilder WithoutScopes()
    {
        _scopes.Clear();
        return this;
    }

    public ScanBuilder Gap(Dataset dataset, string account = Some.Account, string region = Some.Region, string? resourceId = null)
    {
        _gaps.Add(new CollectionGap(account, region, dataset, "AccessDenied", resourceId));
        return this;
    }

    public ScanRecord Build() => new(
        "test",
        _at.AddMinutes(-1),
        _scopes,
        _resources.DistinctBy(r => r.Arn).ToArray(),
        new EvaluationResult(_at, _rules.Order(StringComparer.Ordinal).ToArray(), _findings, _gaps));

    private ScanBuilder Add(AwsResource resource, string rule, FindingStatus status, string reason, AppliedException? exception)
    {
        _rules.Add(rule);
        var reference = ResourceRef.From(resource);
        _resources.Add(reference);
        _findings.Add(new Finding
        {
            RuleId = rule,
            Title = "RDS instance storage is encrypted",
            Severity = Severity.High,
            Status = status,
            Resource = reference,
            Reason = reason,
            Evidence = [new Evidence("StorageEncrypted", status == FindingStatus.Pass ? "true" : "false")],
            Exception = exception,
        });
        return this;
    }
}
