using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;
using Flywheel.Reports.Scan;
using Flywheel.Rules.Catalog;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Reports.Tests.Scan;

/// <summary>A scan with one finding of each interesting status, a gap and an exception, through the real evaluator.</summary>
internal static class ScanSamples
{
    public static ScanReport Report(Severity minSeverity = Severity.Low, params AwsResource[] resources)
    {
        var inventory = new InventoryBuilder()
            .With(resources.Length > 0 ? resources : Mixed())
            .MissingFor(Dataset.KmsKeyRotationStatus, Some.KeyId, reason: "AccessDeniedException")
            .Build();
        var policy = new BaselinePolicy
        {
            Source = "policies/prod.yaml",
            Exceptions =
            [
                new PolicyException
                {
                    Id = "legacy-reporting",
                    RulePattern = "rds-instance-storage-*",
                    ResourcePattern = "legacy-*",
                    Owner = "team-data",
                    Reason = "migrating to an encrypted copy in Q1",
                    Expires = new DateTimeOffset(2027, 3, 31, 0, 0, 0, TimeSpan.Zero),
                },
            ],
        };
        // The samples are about reporting, so the catalogue is the one rule they exercise, not every built-in rule.
        var registry = new RuleRegistry(BuiltInRules.CreateRegistry().Rules.Where(r => r.Id == "rds-instance-storage-encrypted"));
        var result = new BaselineEvaluator(registry, new FakeTimeProvider(Some.Now)).Evaluate(new EvaluationRequest(inventory, policy));
        return new ScanReport
        {
            Tool = new ToolInfo("flywheel", "1.2.3"),
            Source = ScanSource.From("export", "exports/prod", inventory),
            PolicySource = policy.Source,
            Result = result,
            Registry = registry,
            MinSeverity = minSeverity,
        };
    }

    public static AwsResource[] Mixed() =>
    [
        Some.Instance("db-ok"),
        Some.Instance("db-plain") with { StorageEncrypted = false, KmsKeyId = null },
        Some.Instance("db-unknown") with { StorageEncrypted = null },
        Some.Instance("legacy-reports") with { StorageEncrypted = false, KmsKeyId = null },
        Some.Instance("aurora-1", engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1" },
    ];
}
