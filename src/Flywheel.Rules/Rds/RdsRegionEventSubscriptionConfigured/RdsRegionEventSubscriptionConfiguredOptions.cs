using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsRegionEventSubscriptionConfigured;

/// <summary>Options of rds-region-event-subscription-configured.</summary>
internal sealed class RdsRegionEventSubscriptionConfiguredOptions
{
    /// <summary>Defaults follow AWS FSBP RDS.19 (clusters), RDS.20 (instances), RDS.21 (parameter groups), RDS.22 (security groups).</summary>
    [Description("Per RDS source type, the event categories an enabled, unrestricted event subscription must cover; each source type listed is required.")]
    public Dictionary<string, List<string>> RequiredCategories { get; set; } = new(StringComparer.Ordinal)
    {
        ["db-instance"] = ["failure", "maintenance", "configuration change"],
        ["db-cluster"] = ["failure", "maintenance"],
        ["db-parameter-group"] = ["configuration change"],
        ["db-security-group"] = ["configuration change", "failure"],
    };
}
