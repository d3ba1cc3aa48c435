using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Ec2.Ec2SecurityGroupDbNoWorldIngress;

/// <summary>
/// A security group that guards a database (instance, cluster or proxy) admits nothing from 0.0.0.0/0 or ::/0,
/// on any port: a world-open rule is one route-table change away from exposing the database.
/// </summary>
internal sealed class Ec2SecurityGroupDbNoWorldIngress : Rule<SecurityGroup, NoOptions>
{
    private static readonly Dataset[] DbDatasets = [Dataset.RdsDbInstances, Dataset.RdsDbClusters, Dataset.RdsDbProxies];

    public override string Id => "ec2-security-group-db-no-world-ingress";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.Ec2SecurityGroups];

    protected override RuleResult Evaluate(SecurityGroup resource, RuleContext context, NoOptions options)
    {
        var users = context.Inventory.DbResourcesUsingSecurityGroup(resource.AccountId, resource.Region, resource.GroupId).Select(Describe).ToArray();
        if (users.Length == 0)
        {
            // Only "not attached" when every kind of DB resource was collected; otherwise the attachment is unknown.
            foreach (var dataset in DbDatasets)
            {
                if (context.NotCollected(resource, dataset) is { } gap)
                {
                    return RuleResult.Error($"cannot tell whether a DB resource uses the group: {gap.Reason}");
                }
            }

            return RuleResult.NotApplicable("not attached to any DB instance, cluster or proxy");
        }

        var usedBy = string.Join(", ", users);
        var open = resource.Ingress.Where(NetworkReachability.AdmitsWorld).Select(NetworkReachability.Describe).ToArray();
        Evidence[] evidence = [Evidence.Of("UsedBy", users), Evidence.Of("WorldIngress", open)];
        return open.Length > 0
            ? RuleResult.Fail($"admits traffic from the internet ({string.Join("; ", open)}) and is used by {usedBy}", evidence)
            : RuleResult.Pass($"no inbound rule admits 0.0.0.0/0 or ::/0; used by {usedBy}", evidence);
    }

    private static string Describe(AwsResource user) => user switch
    {
        DbInstance i => "DB instance " + i.Identifier,
        DbCluster c => "DB cluster " + c.Identifier,
        DbProxy p => "DB proxy " + p.ProxyName,
        _ => user.Name,
    };
}
