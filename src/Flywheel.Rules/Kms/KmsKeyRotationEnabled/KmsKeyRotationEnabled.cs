using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Kms.KmsKeyRotationEnabled;

/// <summary>Customer managed keys that KMS can rotate have automatic rotation enabled.</summary>
internal sealed class KmsKeyRotationEnabled : Rule<KmsKey, NoOptions>
{
    public override string Id => "kms-key-rotation-enabled";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.KmsKeys, Dataset.KmsKeyMetadata];

    protected override RuleResult Evaluate(KmsKey resource, RuleContext context, NoOptions options)
    {
        if (KeyRotationApplicability.Check(resource) is { } notApplicable)
        {
            return notApplicable;
        }

        return resource.RotationEnabled switch
        {
            true => RuleResult.Pass(resource.RotationPeriodInDays is { } days ? $"automatic rotation is enabled (every {days} days)" : "automatic rotation is enabled", Evidence.Of("RotationEnabled", true), Evidence.Of("RotationPeriodInDays", resource.RotationPeriodInDays)),
            false => RuleResult.Fail("automatic rotation is disabled (RotationEnabled is false)", Evidence.Of("RotationEnabled", false)),
            null => KeyRotationApplicability.RotationStatusUnknown(resource, context),
        };
    }
}
