using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> ResilienceRules() =>
    [
        new Rds.RdsInstanceDeletionProtection.RdsInstanceDeletionProtection(),
        new Rds.RdsClusterDeletionProtection.RdsClusterDeletionProtection(),
    ];
}
