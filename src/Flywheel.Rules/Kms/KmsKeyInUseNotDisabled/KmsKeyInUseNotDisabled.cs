using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Kms.KmsKeyInUseNotDisabled;

/// <summary>
/// A key that databases, snapshots, backups or secrets depend on is neither disabled nor scheduled for deletion:
/// either makes the data unreadable, and deletion makes it unrecoverable.
/// </summary>
internal sealed class KmsKeyInUseNotDisabled : Rule<KmsKey, NoOptions>
{
    private const int ListedDependents = 10;

    public override string Id => "kms-key-in-use-not-disabled";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.KmsKeys, Dataset.KmsKeyMetadata];

    protected override RuleResult Evaluate(KmsKey resource, RuleContext context, NoOptions options)
    {
        if (resource.KeyState is null && resource.Enabled is null)
        {
            return RuleResult.Missing("KeyState");
        }

        var pendingDeletion = string.Equals(resource.KeyState, "PendingDeletion", StringComparison.Ordinal);
        var disabled = pendingDeletion || string.Equals(resource.KeyState, "Disabled", StringComparison.Ordinal) || resource.Enabled == false;
        var stateEvidence = new Evidence("KeyState", resource.KeyState);
        if (!disabled)
        {
            return RuleResult.Pass($"key is not disabled or pending deletion (KeyState {resource.KeyState ?? "unknown"})", stateEvidence);
        }

        var state = pendingDeletion
            ? "pending deletion" + (resource.DeletionDate is { } date ? " on " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
            : "disabled";
        var dependents = context.Inventory.DependentsOf(resource);
        if (dependents.Count == 0)
        {
            return RuleResult.Pass($"key is {state} and unused: no collected resource depends on it", stateEvidence, Evidence.Of("DeletionDate", resource.DeletionDate));
        }

        var listed = string.Join(", ", dependents.Take(ListedDependents).Select(d => $"{d.Resource.Name} ({d.Usage})"));
        var more = dependents.Count > ListedDependents ? $", and {dependents.Count - ListedDependents} more" : "";
        var noun = dependents.Count == 1 ? "resource depends" : "resources depend";
        return RuleResult.Fail(
            $"key is {state} but {dependents.Count} {noun} on it: {listed}{more}",
            stateEvidence,
            Evidence.Of("DeletionDate", resource.DeletionDate),
            Evidence.Of("Dependents", dependents.Select(d => d.Resource.Arn)));
    }
}
