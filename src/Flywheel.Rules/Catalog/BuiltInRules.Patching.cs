using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> PatchingRules() =>
    [
        new Rds.RdsInstanceAutoMinorVersionUpgrade.RdsInstanceAutoMinorVersionUpgrade(),
        new Rds.RdsClusterAutoMinorVersionUpgrade.RdsClusterAutoMinorVersionUpgrade(),
        new Rds.RdsInstanceEngineVersionSupported.RdsInstanceEngineVersionSupported(),
        new Rds.RdsClusterEngineVersionSupported.RdsClusterEngineVersionSupported(),
    ];
}
