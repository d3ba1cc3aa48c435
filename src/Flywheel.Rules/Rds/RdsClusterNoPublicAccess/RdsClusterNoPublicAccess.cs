using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterNoPublicAccess;

/// <summary>
/// A Multi-AZ DB cluster is not reachable from the internet. The cluster lists its subnet group but not its
/// subnets, so they are read from its member instances; where a member is missing the subnets are unknown.
/// </summary>
internal sealed class RdsClusterNoPublicAccess : Rule<DbCluster, RdsClusterNoPublicAccessOptions>
{
    public override string Id => "rds-cluster-no-public-access";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, RdsClusterNoPublicAccessOptions options)
    {
        if (resource.IsAurora)
        {
            return RuleResult.NotApplicable("Aurora cluster: public access is set per instance; see rds-instance-no-public-access");
        }

        switch (resource.PubliclyAccessible)
        {
            case null:
                return RuleResult.Missing("PubliclyAccessible");
            case false:
                return RuleResult.Pass("PubliclyAccessible is false", Evidence.Of("PubliclyAccessible", false));
        }

        if (resource.Port is not { } port)
        {
            return RuleResult.Missing("Port");
        }

        var subnetIds = MemberSubnets(resource, context, out var unknownReason);
        var exposure = NetworkReachability.Assess(context, resource, port, resource.VpcSecurityGroupIds, subnetIds, unknownReason);
        Evidence[] evidence =
        [
            Evidence.Of("PubliclyAccessible", true),
            Evidence.Of("Port", port),
            Evidence.Of("VpcSecurityGroupIds", resource.VpcSecurityGroupIds),
            Evidence.Of("SubnetIds", subnetIds),
        ];
        return NetworkReachability.Judge(exposure, "cluster", options.PublicFlagAloneFails, evidence);
    }

    private static IReadOnlyList<string>? MemberSubnets(DbCluster cluster, RuleContext context, out string? unknownReason)
    {
        unknownReason = null;
        if (cluster.MemberInstanceIdentifiers.Count == 0)
        {
            unknownReason = $"the cluster lists no member instances, so the subnets of subnet group {cluster.SubnetGroupName ?? "(none)"} are not known";
            return null;
        }

        var subnets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var memberId in cluster.MemberInstanceIdentifiers)
        {
            var member = context.Inventory.FindInstance(cluster.AccountId, cluster.Region, memberId);
            if (member is null || member.SubnetIds.Count == 0)
            {
                unknownReason = context.NotCollected(cluster, Dataset.RdsDbInstances)?.Reason
                    ?? $"the subnets of member instance {memberId} are not known";
                return null;
            }

            subnets.UnionWith(member.SubnetIds);
        }

        return [.. subnets];
    }
}
