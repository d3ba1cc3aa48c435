using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsSnapshotEncrypted;

/// <summary>A DB instance snapshot (manual, automated or from AWS Backup) is encrypted.</summary>
internal sealed class RdsSnapshotEncrypted : Rule<DbSnapshot, NoOptions>
{
    public override string Id => "rds-snapshot-encrypted";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at instance snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Instance;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, NoOptions options)
        => SnapshotScope.Encrypted(resource);
}
