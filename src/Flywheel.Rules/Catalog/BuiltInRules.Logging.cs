using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> LoggingRules() =>
    [
        new Rds.RdsInstanceEnhancedMonitoring.RdsInstanceEnhancedMonitoring(),
        new Rds.RdsInstanceLogExports.RdsInstanceLogExports(),
        new Rds.RdsClusterLogExports.RdsClusterLogExports(),
        new Rds.RdsRegionEventSubscriptionConfigured.RdsRegionEventSubscriptionConfigured(),
        new CloudTrail.CloudtrailTrailMultiRegionLogging.CloudtrailTrailMultiRegionLogging(),
        new GuardDuty.GuarddutyDetectorRdsProtectionEnabled.GuarddutyDetectorRdsProtectionEnabled(),
    ];
}
