using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstancePerformanceInsightsEncrypted;

/// <summary>
/// Performance Insights data (which holds query text) is encrypted with a customer managed key. PI is set per
/// instance, Aurora members included, and is always encrypted once enabled; the question is whose key.
/// </summary>
internal sealed class RdsInstancePerformanceInsightsEncrypted : Rule<DbInstance, RdsInstancePerformanceInsightsEncryptedOptions>
{
    public override string Id => "rds-instance-performance-insights-encrypted";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstancePerformanceInsightsEncryptedOptions options) =>
        resource.PerformanceInsightsEnabled switch
        {
            null => RuleResult.Missing("PerformanceInsightsEnabled"),
            false => RuleResult.NotApplicable("Performance Insights is not enabled", Evidence.Of("PerformanceInsightsEnabled", false)),
            true when resource.PerformanceInsightsKmsKeyId is null => RuleResult.Missing("PerformanceInsightsKmsKeyId"),
            true => KeyOwnership.Check(context, resource, resource.PerformanceInsightsKmsKeyId, "Performance Insights data", options.RequireCustomerManagedKey),
        };
}
