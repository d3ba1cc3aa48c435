using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterIamAuthEnabled;

/// <summary>IAM database authentication is enabled on clusters whose engine supports it.</summary>
internal sealed class RdsClusterIamAuthEnabled : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-iam-auth-enabled";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options)
    {
        if (!IamAuthEngines.Supports(resource.Engine))
        {
            return RuleResult.NotApplicable($"engine {resource.Engine} does not support IAM database authentication", new Evidence("Engine", resource.Engine));
        }

        return resource.IamDatabaseAuthenticationEnabled switch
        {
            true => RuleResult.Pass("IAM database authentication is enabled", Evidence.Of("IamDatabaseAuthenticationEnabled", true)),
            false => RuleResult.Fail($"IAM database authentication is disabled on {resource.Engine} cluster (IamDatabaseAuthenticationEnabled is false)", Evidence.Of("IamDatabaseAuthenticationEnabled", false)),
            null => RuleResult.Missing("IamDatabaseAuthenticationEnabled"),
        };
    }
}
