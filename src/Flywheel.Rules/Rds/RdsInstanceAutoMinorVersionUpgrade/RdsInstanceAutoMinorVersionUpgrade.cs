using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsInstanceAutoMinorVersionUpgrade;

/// <summary>
/// Minor engine versions (security fixes) are applied automatically in the maintenance window. Aurora members are
/// judged too: for Aurora the flag lives on each instance.
/// </summary>
internal sealed class RdsInstanceAutoMinorVersionUpgrade : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-auto-minor-version-upgrade";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (resource.Engine.StartsWith("custom-", StringComparison.Ordinal))
        {
            return RuleResult.NotApplicable($"engine {resource.Engine} (RDS Custom) does not support automatic minor version upgrades", new Evidence("Engine", resource.Engine));
        }

        return resource.AutoMinorVersionUpgrade switch
        {
            true => RuleResult.Pass("automatic minor version upgrade is enabled", Evidence.Of("AutoMinorVersionUpgrade", true)),
            false => RuleResult.Fail("automatic minor version upgrade is disabled (AutoMinorVersionUpgrade is false)", Evidence.Of("AutoMinorVersionUpgrade", false)),
            null => RuleResult.Missing("AutoMinorVersionUpgrade"),
        };
    }
}
