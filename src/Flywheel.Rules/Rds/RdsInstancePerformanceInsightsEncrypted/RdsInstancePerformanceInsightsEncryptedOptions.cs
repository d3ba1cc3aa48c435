using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsInstancePerformanceInsightsEncrypted;

internal sealed class RdsInstancePerformanceInsightsEncryptedOptions
{
    [Description("Require Performance Insights data to be encrypted with a customer managed KMS key; when false the AWS managed aws/rds key is accepted.")]
    public bool RequireCustomerManagedKey { get; set; } = true;
}
