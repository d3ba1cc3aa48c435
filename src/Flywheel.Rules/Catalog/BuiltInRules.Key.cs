using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> KeyRules() =>
    [
        new Kms.KmsKeyRotationEnabled.KmsKeyRotationEnabled(),
        new Kms.KmsKeyRotationPeriod.KmsKeyRotationPeriod(),
        new Kms.KmsKeyRecentlyRotated.KmsKeyRecentlyRotated(),
        new Kms.KmsKeyInUseNotDisabled.KmsKeyInUseNotDisabled(),
        new Kms.KmsKeyPolicyNoWildcardPrincipal.KmsKeyPolicyNoWildcardPrincipal(),
        new Kms.KmsKeyAdminsNotUsers.KmsKeyAdminsNotUsers(),
    ];
}
