using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.SecretsManager.SecretsmanagerSecretRotationEnabled;

/// <summary>Secrets rotate automatically. RDS-managed master user secrets are rotated by RDS.</summary>
internal sealed class SecretsmanagerSecretRotationEnabled : Rule<Secret, NoOptions>
{
    public override string Id => "secretsmanager-secret-rotation-enabled";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.SecretsManagerSecrets];

    protected override RuleResult Evaluate(Secret resource, RuleContext context, NoOptions options)
    {
        if (resource.IsRdsManaged)
        {
            return RuleResult.Pass("rotated by RDS (managed master user secret)", new Evidence("OwningService", resource.OwningService));
        }

        var schedule = resource.RotationAutomaticallyAfterDays is { } days ? $"every {days} days"
            : resource.RotationScheduleExpression is { } expression ? $"schedule {expression}"
            : null;
        return resource.RotationEnabled switch
        {
            true => RuleResult.Pass(schedule is null ? "automatic rotation is enabled" : $"automatic rotation is enabled ({schedule})", Evidence.Of("RotationEnabled", true), new Evidence("RotationLambdaArn", resource.RotationLambdaArn)),
            false => RuleResult.Fail("automatic rotation is not enabled (RotationEnabled is false)", Evidence.Of("RotationEnabled", false)),
            null => RuleResult.Missing("RotationEnabled"),
        };
    }
}
