using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Kms.KmsKeyPolicyNoWildcardPrincipal;

/// <summary>
/// No Allow statement of the key policy names every principal ("*") without a Condition that narrows it
/// (for example kms:CallerAccount or kms:ViaService).
/// </summary>
internal sealed class KmsKeyPolicyNoWildcardPrincipal : Rule<KmsKey, NoOptions>
{
    public override string Id => "kms-key-policy-no-wildcard-principal";

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

        var open = policy.Statements.Where(s => s.IsAllow && s.Principal?.IsWildcard == true && !s.HasCondition).Select(s => s.Label).ToArray();
        return open.Length == 0
            ? RuleResult.Pass("no Allow statement grants a wildcard principal without a condition")
            : RuleResult.Fail($"key policy allows any principal (\"*\") without a condition in statement {string.Join(", ", open)}", Evidence.Of("Statements", open));
    }
}
