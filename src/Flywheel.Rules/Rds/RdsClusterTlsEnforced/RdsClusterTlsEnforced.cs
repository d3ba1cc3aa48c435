using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterTlsEnforced;

/// <summary>
/// A cluster refuses connections without TLS: rds.force_ssl (PostgreSQL) or require_secure_transport (MySQL) in
/// its DB cluster parameter group, for Aurora and Multi-AZ DB clusters alike.
/// </summary>
internal sealed class RdsClusterTlsEnforced : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-tls-enforced";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options)
    {
        if (TlsEnforcement.ClusterParameter(resource.Engine) is not { } parameter)
        {
            return RuleResult.NotApplicable($"engine {resource.Engine} has no TLS enforcement setting that Flywheel knows", new Evidence("Engine", resource.Engine));
        }

        return resource.ParameterGroupName is { } group
            ? TlsEnforcement.CheckParameter(context, resource, resource.Engine, group, isCluster: true, parameter)
            : RuleResult.Missing("ParameterGroupName");
    }
}
