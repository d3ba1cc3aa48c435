using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceNoPublicAccess;

/// <summary>
/// An instance is not reachable from the internet: PubliclyAccessible alone only gives it a public address, so the
/// rule also follows its security groups and its subnets' routes. Aurora members carry the flag and are judged too.
/// </summary>
internal sealed class RdsInstanceNoPublicAccess : Rule<DbInstance, RdsInstanceNoPublicAccessOptions>
{
    public override string Id => "rds-instance-no-public-access";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceNoPublicAccessOptions options)
    {
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

        var exposure = NetworkReachability.Assess(context, resource, port, resource.VpcSecurityGroupIds, resource.SubnetIds);
        Evidence[] evidence =
        [
            Evidence.Of("PubliclyAccessible", true),
            Evidence.Of("Port", port),
            Evidence.Of("VpcSecurityGroupIds", resource.VpcSecurityGroupIds),
            Evidence.Of("SubnetIds", resource.SubnetIds),
        ];
        return NetworkReachability.Judge(exposure, "instance", options.PublicFlagAloneFails, evidence);
    }
}
