using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> EncryptionInTransitRules() =>
    [
        new Rds.RdsInstanceTlsEnforced.RdsInstanceTlsEnforced(),
        new Rds.RdsClusterTlsEnforced.RdsClusterTlsEnforced(),
        new Rds.RdsInstanceCaCertificateValid.RdsInstanceCaCertificateValid(),
        new Rds.RdsProxyTlsRequired.RdsProxyTlsRequired(),
    ];
}
