using Flywheel.Aws.Clients.Kms.Model;
using Flywheel.Core.Inventory;

namespace Flywheel.Aws.Collection;

/// <summary>
/// The AWS managed keys of one account-region, learnt from KMS's aliases (AWS reserves <c>alias/aws/*</c> for them).
/// KMS publishes what it learnt; RDS waits for it to skip the sharing attributes of snapshots encrypted with such a
/// key, which AWS refuses to share. Unknown (the alias listing failed) means nothing is skipped.
/// </summary>
internal sealed class AwsManagedKeys(string accountId, string region)
{
    private readonly TaskCompletionSource<IReadOnlySet<string>?> _keyIds = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Publishes the region's aliases, or null when they could not be listed. Only the first call counts.</summary>
    public void Learn(IReadOnlyList<AliasListEntry>? aliases) => _keyIds.TrySetResult(aliases?
        .Where(a => a.AliasName is { } name && KmsKey.IsAwsManagedAlias(name) && a.TargetKeyId is not null)
        .Select(a => a.TargetKeyId!)
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a key id is known to be AWS managed, once KMS has published (or failed to list) the aliases.</summary>
    public async Task<bool> IsAwsManagedKeyIdAsync(string keyId, CancellationToken cancellationToken) =>
        (await _keyIds.Task.WaitAsync(cancellationToken).ConfigureAwait(false))?.Contains(keyId) == true;

    /// <summary>
    /// Whether a resource's <c>KmsKeyId</c> (a key ARN) is an AWS managed key of this account and region: a key of
    /// another account (a shared customer key) never is the account's own AWS managed key.
    /// </summary>
    public async Task<bool> IsAwsManagedKeyArnAsync(string? keyArn, CancellationToken cancellationToken)
    {
        // arn:<partition>:kms:<region>:<account>:key/<id>
        var parts = keyArn?.Split(':', 6);
        if (parts is not { Length: 6 } || parts[2] != "kms" || parts[3] != region || parts[4] != accountId || !parts[5].StartsWith("key/", StringComparison.Ordinal))
        {
            return false;
        }

        return await IsAwsManagedKeyIdAsync(parts[5]["key/".Length..], cancellationToken).ConfigureAwait(false);
    }
}
