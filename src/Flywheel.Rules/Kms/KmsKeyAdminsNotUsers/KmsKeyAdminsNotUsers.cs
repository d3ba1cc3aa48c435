using System.Text.RegularExpressions;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Kms.KmsKeyAdminsNotUsers;

/// <summary>
/// Separation of duties: no principal of the key policy may both administer the key and use it to encrypt or
/// decrypt. The account root (and the bare account id) is left out: it delegates to IAM policies.
/// kms:CreateGrant is not counted as administration: the default policy gives it to key users for AWS services.
/// Deny statements are not subtracted, so a policy relying on Deny to separate duties is reported.
/// </summary>
internal sealed partial class KmsKeyAdminsNotUsers : Rule<KmsKey, NoOptions>
{
    private static readonly string[] AdminActions =
    [
        "kms:CreateAlias", "kms:PutKeyPolicy", "kms:UpdateAlias", "kms:UpdateKeyDescription", "kms:UpdatePrimaryRegion",
        "kms:EnableKey", "kms:EnableKeyRotation", "kms:DisableKey", "kms:DisableKeyRotation", "kms:ScheduleKeyDeletion",
        "kms:CancelKeyDeletion", "kms:DeleteAlias", "kms:DeleteImportedKeyMaterial", "kms:ImportKeyMaterial", "kms:RotateKeyOnDemand",
    ];

    private static readonly string[] UseActions =
    [
        "kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
        "kms:GenerateDataKeyPair", "kms:GenerateDataKeyPairWithoutPlaintext",
    ];

    public override string Id => "kms-key-admins-not-users";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.KmsKeys, Dataset.KmsKeyMetadata];

    protected override RuleResult Evaluate(KmsKey resource, RuleContext context, NoOptions options)
    {
        if (resource.KeyManager is null)
        {
            return RuleResult.Missing("KeyManager");
        }

        if (!resource.IsCustomerManaged)
        {
            return RuleResult.NotApplicable("AWS managed key; its policy is set by AWS", new Evidence("KeyManager", resource.KeyManager));
        }

        if (resource.Policy is null)
        {
            return context.NotCollected(resource, Dataset.KmsKeyPolicies, resource.KeyId) ?? RuleResult.Missing("Policy");
        }

        var policy = KeyPolicyDocument.TryParse(resource.Policy, out var error);
        if (policy is null)
        {
            return RuleResult.Error($"key policy could not be parsed: {error}");
        }

        var admins = new HashSet<string>(StringComparer.Ordinal);
        var users = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in policy.Statements.Where(s => s.IsAllow && s.Principal is not null))
        {
            var principals = statement.Principal!.Aws.Where(p => !DelegatesToIam(p) && p != "*").ToArray();
            if (principals.Length == 0)
            {
                continue;
            }

            if (AdminActions.Any(statement.Allows))
            {
                admins.UnionWith(principals);
            }

            if (UseActions.Any(statement.Allows))
            {
                users.UnionWith(principals);
            }
        }

        var both = admins.Intersect(users).Order(StringComparer.Ordinal).ToArray();
        return both.Length == 0
            ? RuleResult.Pass($"no principal both administers and uses the key ({admins.Count} administrator(s), {users.Count} user(s) besides the account root)")
            : RuleResult.Fail($"principals allowed both to administer and to use the key: {string.Join(", ", both)}", Evidence.Of("Principals", both));
    }

    private static bool DelegatesToIam(string principal) => AccountRoot().IsMatch(principal);

    [GeneratedRegex(@"^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$")]
    private static partial Regex AccountRoot();
}
