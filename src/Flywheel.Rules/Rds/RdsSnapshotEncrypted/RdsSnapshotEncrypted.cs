using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsSnapshotEncrypted;

/// <summary>A DB instance snapshot (manual, automated or from AWS Backup) is encrypted.</summary>
internal sealed class RdsSnapshotEncrypted : Rule<DbSnapshot, NoOptions>
{
    public override string Id => "rds-snapshot-encrypted";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at instance snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Instance;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, NoOptions options)
    {
        return resource.Encrypted switch
        {
            true => RuleResult.Pass($"the snapshot is encrypted with KMS key {resource.KmsKeyId ?? "(not reported)"}", Evidence.Of("Encrypted", true), new Evidence("KmsKeyId", resource.KmsKeyId)),
            false => RuleResult.Fail($"the {resource.SnapshotType ?? "unknown-type"} snapshot is not encrypted (Encrypted is false); anyone it is shared or copied to can read the data", Evidence.Of("Encrypted", false), new Evidence("SnapshotType", resource.SnapshotType)),
            null => RuleResult.Missing("Encrypted"),
        };
    }
}
