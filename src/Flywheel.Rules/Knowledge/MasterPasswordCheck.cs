using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Whether a database's master password is kept where it rotates: RDS-managed in Secrets Manager, or a secret
/// linked to the database by a tag whose value is the database identifier or ARN, with rotation enabled.
/// </summary>
internal static class MasterPasswordCheck
{
    public static RuleResult Evaluate(AwsResource database, string identifier, MasterUserSecret? managedSecret, string linkTagKey, RuleContext context)
    {
        if (managedSecret is not null)
        {
            return RuleResult.Pass($"master password is managed by RDS in Secrets Manager ({managedSecret.SecretArn})", new Evidence("MasterUserSecret.SecretArn", managedSecret.SecretArn));
        }

        var notCollected = context.NotCollected(database, Dataset.SecretsManagerSecrets);
        if (notCollected is not null)
        {
            return notCollected;
        }

        var linked = context.Inventory.SecretsTagged(database.AccountId, database.Region, linkTagKey, identifier)
            .Concat(context.Inventory.SecretsTagged(database.AccountId, database.Region, linkTagKey, database.Arn))
            .OrderBy(s => s.SecretName, StringComparer.Ordinal)
            .ToArray();
        if (linked.Length == 0)
        {
            return RuleResult.Fail($"master password is not managed by RDS (no MasterUserSecret) and no secret is tagged {linkTagKey}={identifier}", new Evidence("MasterUserSecret", null));
        }

        var rotating = linked.FirstOrDefault(s => s.RotationEnabled == true || s.IsRdsManaged);
        if (rotating is not null)
        {
            return RuleResult.Pass($"master password is kept in secret {rotating.SecretName} (tagged {linkTagKey}) with rotation enabled", new Evidence("LinkedSecret", rotating.Arn), Evidence.Of("RotationEnabled", rotating.RotationEnabled));
        }

        var unknown = linked.FirstOrDefault(s => s.RotationEnabled is null);
        if (unknown is not null)
        {
            return RuleResult.Error($"RotationEnabled of linked secret {unknown.SecretName} was not collected", new Evidence("LinkedSecret", unknown.Arn), new Evidence("RotationEnabled", null));
        }

        var names = string.Join(", ", linked.Select(s => s.SecretName));
        return RuleResult.Fail($"master password is not managed by RDS; linked secret {names} (tagged {linkTagKey}) does not have rotation enabled", Evidence.Of("LinkedSecret", linked.Select(s => s.Arn)), Evidence.Of("RotationEnabled", false));
    }
}
