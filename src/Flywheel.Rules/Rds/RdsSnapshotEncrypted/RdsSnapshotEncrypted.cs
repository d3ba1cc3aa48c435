using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsSnapshotEncrypted;

/// <summary>A DB instance snapshot (manual, automated or from AWS Backup) is encrypted.</summary>
internal sealed class RdsSnapshotEncrypted : Rule<DbSnapshot, NoOptions>
{
    public override string Id => "rds-snapshot-encrypted";

    // Nothing is required up front: the snapshot exists, so it was collected.
    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [];

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, NoOptions options)
    {
        if (SnapshotScope.OtherKind(resource, SnapshotKind.Instance) is { } otherKind)
        {
            return otherKind;
        }

        return resource.Encrypted switch
        {
            true => RuleResult.Pass($"the snapshot is encrypted with KMS key {resource.KmsKeyId ?? "(not reported)"}", Evidence.Of("Encrypted", true), new Evidence("KmsKeyId", resource.KmsKeyId)),
            false => RuleResult.Fail($"the {resource.SnapshotType ?? "unknown-type"} snapshot is not encrypted (Encrypted is false); anyone it is shared or copied to can read the data", Evidence.Of("Encrypted", false), new Evidence("SnapshotType", resource.SnapshotType)),
            null => RuleResult.Missing("Encrypted"),
        };
    }
}
