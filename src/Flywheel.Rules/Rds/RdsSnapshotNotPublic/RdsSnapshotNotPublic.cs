using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsSnapshotNotPublic;

/// <summary>A manual DB instance snapshot is not public: its restore attribute does not contain "all".</summary>
internal sealed class RdsSnapshotNotPublic : Rule<DbSnapshot, NoOptions>
{
    public override string Id => "rds-snapshot-not-public";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at instance snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Instance;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, NoOptions options)
        => SnapshotScope.NotPublic(resource, context);
}
