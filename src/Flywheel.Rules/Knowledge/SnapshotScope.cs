using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// The judgements shared by the instance-snapshot and cluster-snapshot rules (one record type, two rule ids). Only
/// manual snapshots can be shared, so the sharing rules step aside for the rest.
/// </summary>
internal static class SnapshotScope
{
    /// <summary>
    /// The restore attribute of a manual snapshot in <paramref name="values"/>, or the verdict when there is none
    /// to judge: NotApplicable for a snapshot that cannot be shared, Error when the attribute was not collected.
    /// </summary>
    public static RuleResult? ReadRestoreAttribute(DbSnapshot snapshot, RuleContext context, out IReadOnlyList<string> values)
    {
        values = [];
        if (snapshot.SnapshotType is null)
        {
            return RuleResult.Missing("SnapshotType");
        }

        if (snapshot.SnapshotType is "shared" or "public")
        {
            return RuleResult.NotApplicable($"the snapshot is owned by another account (SnapshotType is {snapshot.SnapshotType})", new Evidence("SnapshotType", snapshot.SnapshotType));
        }

        if (!snapshot.IsManual)
        {
            return RuleResult.NotApplicable($"{snapshot.SnapshotType} snapshots cannot be shared; only manual snapshots can", new Evidence("SnapshotType", snapshot.SnapshotType));
        }

        if (snapshot.RestoreAttributeValues is null)
        {
            var dataset = snapshot.Kind == SnapshotKind.Cluster ? Dataset.RdsDbClusterSnapshotAttributes : Dataset.RdsDbSnapshotAttributes;
            return context.NotCollected(snapshot, dataset, snapshot.Identifier) ?? RuleResult.Missing("RestoreAttributeValues");
        }

        values = snapshot.RestoreAttributeValues;
        return null;
    }

    /// <summary>Fails a snapshot whose restore attribute contains "all" (any AWS account can copy or restore it).</summary>
    public static RuleResult NotPublic(DbSnapshot snapshot, RuleContext context)
    {
        if (ReadRestoreAttribute(snapshot, context, out var restore) is { } verdict)
        {
            return verdict;
        }

        var evidence = Evidence.Of("RestoreAttributeValues", restore);
        return restore.Contains("all", StringComparer.Ordinal)
            ? RuleResult.Fail("the snapshot is public: its restore attribute contains \"all\", so any AWS account can copy or restore it", evidence)
            : RuleResult.Pass(restore.Count == 0 ? "the snapshot is not shared" : $"the snapshot is not public (shared with {string.Join(", ", restore)})", evidence);
    }

    /// <summary>Fails a snapshot shared with an account outside <paramref name="allowedAccounts"/> ("all" is left to the public rule).</summary>
    public static RuleResult SharedOnlyWith(DbSnapshot snapshot, RuleContext context, IReadOnlyList<string> allowedAccounts)
    {
        if (ReadRestoreAttribute(snapshot, context, out var restore) is { } verdict)
        {
            return verdict;
        }

        var accounts = restore.Where(v => !string.Equals(v, "all", StringComparison.Ordinal)).ToArray();
        var notAllowed = accounts.Where(a => !allowedAccounts.Contains(a, StringComparer.Ordinal)).ToArray();
        Evidence[] evidence = [Evidence.Of("RestoreAttributeValues", restore), Evidence.Of("AllowedAccounts", allowedAccounts)];
        if (notAllowed.Length > 0)
        {
            return RuleResult.Fail($"the snapshot is shared with accounts not in allowedAccounts: {string.Join(", ", notAllowed)}", evidence);
        }

        return RuleResult.Pass(accounts.Length == 0 ? "the snapshot is not shared with any account" : $"the snapshot is shared only with allowed accounts: {string.Join(", ", accounts)}", evidence);
    }

    /// <summary>Fails an unencrypted snapshot (manual, automated or from AWS Backup).</summary>
    public static RuleResult Encrypted(DbSnapshot snapshot) => snapshot.Encrypted switch
    {
        true => RuleResult.Pass($"the snapshot is encrypted with KMS key {snapshot.KmsKeyId ?? "(not reported)"}", Evidence.Of("Encrypted", true), new Evidence("KmsKeyId", snapshot.KmsKeyId)),
        false => RuleResult.Fail($"the {snapshot.SnapshotType ?? "unknown-type"} snapshot is not encrypted (Encrypted is false); anyone it is shared or copied to can read the data", Evidence.Of("Encrypted", false), new Evidence("SnapshotType", snapshot.SnapshotType)),
        null => RuleResult.Missing("Encrypted"),
    };
}
