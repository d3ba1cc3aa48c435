using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceIamAuthEnabled;

/// <summary>IAM database authentication is enabled on instances whose engine supports it. Aurora members use the cluster's setting.</summary>
internal sealed class RdsInstanceIamAuthEnabled : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-iam-auth-enabled";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (RdsEngines.IsAuroraMember(resource))
        {
            return RuleResult.NotApplicable($"instance is a member of Aurora cluster {resource.ClusterIdentifier}; the cluster's IAM database authentication setting applies");
        }

        if (!IamAuthEngines.Supports(resource.Engine))
        {
            return RuleResult.NotApplicable($"engine {resource.Engine} does not support IAM database authentication", new Evidence("Engine", resource.Engine));
        }

        return resource.IamDatabaseAuthenticationEnabled switch
        {
            true => RuleResult.Pass("IAM database authentication is enabled", Evidence.Of("IamDatabaseAuthenticationEnabled", true)),
            false => RuleResult.Fail($"IAM database authentication is disabled on {resource.Engine} instance (IamDatabaseAuthenticationEnabled is false)", Evidence.Of("IamDatabaseAuthenticationEnabled", false)),
            null => RuleResult.Missing("IamDatabaseAuthenticationEnabled"),
        };
    }
}
