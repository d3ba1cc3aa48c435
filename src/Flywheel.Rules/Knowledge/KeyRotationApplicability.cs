using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Which KMS keys the rotation rules judge: customer managed keys whose material KMS generates and can rotate.
/// </summary>
internal static class KeyRotationApplicability
{
    /// <summary>Null when the key's rotation is the customer's to manage; otherwise the verdict (not applicable, or missing data).</summary>
    public static RuleResult? Check(KmsKey key)
    {
        if (key.KeyManager is null)
        {
            return RuleResult.Missing("KeyManager");
        }

        if (!key.IsCustomerManaged)
        {
            return RuleResult.NotApplicable("AWS managed key; AWS rotates its material every year", new Evidence("KeyManager", key.KeyManager));
        }

        if (string.Equals(key.KeyState, "PendingDeletion", StringComparison.Ordinal))
        {
            var when = key.DeletionDate is { } date ? " (deletion on " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")" : "";
            return RuleResult.NotApplicable($"key is pending deletion{when}", new Evidence("KeyState", key.KeyState));
        }

        if (key.SupportsAutomaticRotation)
        {
            return null;
        }

        var spec = key.KeySpec ?? "SYMMETRIC_DEFAULT";
        if (spec.StartsWith("HMAC_", StringComparison.Ordinal))
        {
            return RuleResult.NotApplicable($"HMAC key ({spec}) does not support automatic rotation", new Evidence("KeySpec", spec));
        }

        if (!string.Equals(spec, "SYMMETRIC_DEFAULT", StringComparison.Ordinal))
        {
            return RuleResult.NotApplicable($"asymmetric key ({spec}) does not support automatic rotation", new Evidence("KeySpec", spec));
        }

        if (string.Equals(key.Origin, "EXTERNAL", StringComparison.Ordinal))
        {
            return RuleResult.NotApplicable("key has imported key material (Origin EXTERNAL); automatic rotation is not supported, rotate it manually", new Evidence("Origin", key.Origin));
        }

        if (key.CustomKeyStoreId is not null || key.Origin is "AWS_CLOUDHSM" or "EXTERNAL_KEY_STORE")
        {
            return RuleResult.NotApplicable($"key is in custom key store {key.CustomKeyStoreId ?? "(unknown)"} (Origin {key.Origin ?? "unknown"}); automatic rotation is not supported", new Evidence("CustomKeyStoreId", key.CustomKeyStoreId), new Evidence("Origin", key.Origin));
        }

        return RuleResult.NotApplicable($"key usage {key.KeyUsage} does not support automatic rotation", new Evidence("KeyUsage", key.KeyUsage));
    }

    /// <summary>The verdict for a key whose rotation status was not read: the collection gap if there is one, else the missing field.</summary>
    public static RuleResult RotationStatusUnknown(KmsKey key, RuleContext context) =>
        context.NotCollected(key, Dataset.KmsKeyRotationStatus, key.KeyId) ?? RuleResult.Missing("RotationEnabled");
}
