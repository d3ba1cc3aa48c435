using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> SecretRules() =>
    [
        new SecretsManager.SecretsmanagerSecretRotationEnabled.SecretsmanagerSecretRotationEnabled(),
        new SecretsManager.SecretsmanagerSecretRotatedRecently.SecretsmanagerSecretRotatedRecently(),
    ];
}
