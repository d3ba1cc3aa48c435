using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Whether data is encrypted under a customer managed KMS key. The AWS managed key (aws/rds) cannot have its
/// policy restricted, cannot be rotated on demand, cannot be shared across accounts and cannot be disabled, so
/// access to the data cannot be cut off or audited per key.
/// </summary>
internal static class KeyOwnership
{
    /// <summary>
    /// Judges the key behind <paramref name="keyReference"/>. <paramref name="subject"/> names what is encrypted
    /// ("storage", "Performance Insights data"); with <paramref name="requireCustomerManaged"/> false an AWS managed key passes.
    /// </summary>
    public static RuleResult Check(RuleContext context, AwsResource resource, string keyReference, string subject, bool requireCustomerManaged = true)
    {
        var key = context.Inventory.FindKey(resource.AccountId, resource.Region, keyReference);
        if (key is null)
        {
            return context.NotCollected(resource, Dataset.KmsKeys)
                ?? RuleResult.Error($"the KMS key {keyReference} used for {subject} is not in the inventory", new Evidence("KmsKeyId", keyReference));
        }

        var name = key.Aliases.Count > 0 ? $"{key.KeyId} ({string.Join(", ", key.Aliases)})" : key.KeyId;
        var evidence = new[] { new Evidence("KmsKeyId", keyReference), new Evidence("KeyManager", key.KeyManager) };
        return key.KeyManager switch
        {
            null => context.NotCollected(resource, Dataset.KmsKeyMetadata, key.KeyId) ?? RuleResult.Missing("KeyManager"),
            "CUSTOMER" => RuleResult.Pass($"{subject} is encrypted with customer managed key {name}", evidence),
            "AWS" when requireCustomerManaged => RuleResult.Fail($"{subject} is encrypted with the AWS managed key {name}, not a customer managed key", evidence),
            "AWS" => RuleResult.Pass($"{subject} is encrypted with the AWS managed key {name} (requireCustomerManagedKey is false)", evidence),
            _ => RuleResult.Error($"KMS key {name} has an unknown KeyManager '{key.KeyManager}'", evidence),
        };
    }
}
