using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceCopyTagsToSnapshot;

/// <summary>
/// Snapshots inherit the instance's tags, so ownership, classification and tag-based access control follow the
/// data. Cluster members are snapshotted by the cluster, whose own setting applies.
/// </summary>
internal sealed class RdsInstanceCopyTagsToSnapshot : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-copy-tags-to-snapshot";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (ClusterMembership.AnyMember(resource, "snapshots are taken of the cluster; see rds-cluster-copy-tags-to-snapshot") is { } member)
        {
            return member;
        }

        return resource.CopyTagsToSnapshot switch
        {
            true => RuleResult.Pass("CopyTagsToSnapshot is true", Evidence.Of("CopyTagsToSnapshot", true)),
            false => RuleResult.Fail("CopyTagsToSnapshot is false: snapshots are created without the instance's tags", Evidence.Of("CopyTagsToSnapshot", false)),
            null => RuleResult.Missing("CopyTagsToSnapshot"),
        };
    }
}
