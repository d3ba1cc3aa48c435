using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.SecretsManager.SecretsmanagerSecretRotatedRecently;

/// <summary>
/// The secret was actually rotated within the allowed number of days: rotation that is enabled but failing shows
/// here. RDS-managed secrets rotate every 7 days, so one that is old points at a broken RDS rotation.
/// </summary>
internal sealed class SecretsmanagerSecretRotatedRecently : Rule<Secret, SecretsmanagerSecretRotatedRecentlyOptions>
{
    public override string Id => "secretsmanager-secret-rotated-recently";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.SecretsManagerSecrets];

    protected override RuleResult Evaluate(Secret resource, RuleContext context, SecretsmanagerSecretRotatedRecentlyOptions options)
    {
        string what;
        DateTimeOffset since;
        if (resource.LastRotatedDate is { } rotated)
        {
            since = rotated;
            what = $"last rotated on {Day(since)}";
        }
        else if (resource.CreatedDate is { } created)
        {
            since = created;
            what = $"never rotated since creation on {Day(since)}";
        }
        else
        {
            return RuleResult.Missing("LastRotatedDate");
        }

        var age = (int)Math.Floor((context.Now - since).TotalDays);
        var owner = resource.IsRdsManaged ? "RDS-managed master user secret " : "";
        var evidence = new[] { Evidence.Of("LastRotatedDate", resource.LastRotatedDate), Evidence.Of("CreatedDate", resource.CreatedDate), new Evidence("OwningService", resource.OwningService) };
        return age > options.MaximumDays
            ? RuleResult.Fail($"{owner}{what}, {age} days ago (maximum {options.MaximumDays} days)", evidence)
            : RuleResult.Pass($"{owner}{what}, {age} days ago (maximum {options.MaximumDays} days)", evidence);
    }

    private static string Day(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
