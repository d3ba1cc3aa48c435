using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Settings that RDS keeps on the cluster rather than on its member instances (storage, backups, deletion
/// protection, TLS parameters): instance rules step aside for members so a cluster is judged once, by its cluster rule.
/// </summary>
internal static class ClusterMembership
{
    public static bool IsAuroraMember(DbInstance instance) =>
        instance.ClusterIdentifier is not null && instance.Engine.StartsWith("aurora", StringComparison.Ordinal);

    /// <summary>NotApplicable for an Aurora member; null otherwise.</summary>
    public static RuleResult? AuroraMember(DbInstance instance, string clusterSetting) =>
        IsAuroraMember(instance)
            ? RuleResult.NotApplicable($"instance is a member of Aurora cluster {instance.ClusterIdentifier}; {clusterSetting}")
            : null;

    /// <summary>NotApplicable for a member of an Aurora or Multi-AZ DB cluster; null otherwise.</summary>
    public static RuleResult? AnyMember(DbInstance instance, string clusterSetting)
    {
        if (instance.ClusterIdentifier is null)
        {
            return null;
        }

        var kind = instance.Engine.StartsWith("aurora", StringComparison.Ordinal) ? "Aurora cluster" : "Multi-AZ DB cluster";
        return RuleResult.NotApplicable($"instance is a member of {kind} {instance.ClusterIdentifier}; {clusterSetting}");
    }
}
