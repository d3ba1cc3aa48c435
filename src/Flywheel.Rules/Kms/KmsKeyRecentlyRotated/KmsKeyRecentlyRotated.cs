using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Kms.KmsKeyRecentlyRotated;

/// <summary>
/// The key's material was actually rotated recently (automatic or on-demand), whatever the rotation setting says:
/// rotation that is enabled but stuck, or a key that was rotated on demand once and forgotten, both show here.
/// </summary>
internal sealed class KmsKeyRecentlyRotated : Rule<KmsKey, KmsKeyRecentlyRotatedOptions>
{
    public override string Id => "kms-key-recently-rotated";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.KmsKeys, Dataset.KmsKeyMetadata];

    protected override RuleResult Evaluate(KmsKey resource, RuleContext context, KmsKeyRecentlyRotatedOptions options)
    {
        if (KeyRotationApplicability.Check(resource) is { } notApplicable)
        {
            return notApplicable;
        }

        if (resource.Rotations is null)
        {
            return context.NotCollected(resource, Dataset.KmsKeyRotations, resource.KeyId) ?? RuleResult.Missing("Rotations");
        }

        var last = resource.Rotations.OrderByDescending(r => r.RotationDate).FirstOrDefault();
        string what;
        DateTimeOffset since;
        if (last is not null)
        {
            since = last.RotationDate;
            what = $"last rotated on {Day(since)} ({last.RotationType})";
        }
        else if (resource.CreationDate is { } created)
        {
            since = created;
            what = $"never rotated since creation on {Day(since)}";
        }
        else
        {
            return RuleResult.Missing("CreationDate");
        }

        var age = (int)Math.Floor((context.Now - since).TotalDays);
        var evidence = new[] { Evidence.Of("LastRotation", since), new Evidence("RotationType", last?.RotationType) };
        return age > options.MaximumAgeDays
            ? RuleResult.Fail($"key material is {age} days old, older than the maximum of {options.MaximumAgeDays} days: {what}", evidence)
            : RuleResult.Pass($"key material is {age} days old: {what}", evidence);
    }

    private static string Day(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
