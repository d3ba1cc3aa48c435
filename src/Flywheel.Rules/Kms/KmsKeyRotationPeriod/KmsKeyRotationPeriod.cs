using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Kms.KmsKeyRotationPeriod;

/// <summary>A key with automatic rotation rotates at least as often as the configured cryptoperiod.</summary>
internal sealed class KmsKeyRotationPeriod : Rule<KmsKey, KmsKeyRotationPeriodOptions>
{
    public override string Id => "kms-key-rotation-period";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.KmsKeys, Dataset.KmsKeyMetadata];

    protected override RuleResult Evaluate(KmsKey resource, RuleContext context, KmsKeyRotationPeriodOptions options)
    {
        if (KeyRotationApplicability.Check(resource) is { } notApplicable)
        {
            return notApplicable;
        }

        switch (resource.RotationEnabled)
        {
            case null:
                return KeyRotationApplicability.RotationStatusUnknown(resource, context);
            case false:
                return RuleResult.NotApplicable("automatic rotation is disabled; see kms-key-rotation-enabled", Evidence.Of("RotationEnabled", false));
        }

        if (resource.RotationPeriodInDays is not { } period)
        {
            return RuleResult.Missing("RotationPeriodInDays");
        }

        var evidence = Evidence.Of("RotationPeriodInDays", period);
        return period > options.MaximumDays
            ? RuleResult.Fail($"rotation period is {period} days, longer than the maximum of {options.MaximumDays} days", evidence)
            : RuleResult.Pass($"key rotates every {period} days (maximum {options.MaximumDays})", evidence);
    }
}
