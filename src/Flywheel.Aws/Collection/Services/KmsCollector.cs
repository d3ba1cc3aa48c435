using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Kms.Model;
using Flywheel.Core.Inventory;

namespace Flywheel.Aws.Collection.Services;

/// <summary>
/// KMS: aliases and keys, then per key what no list carries. AWS managed keys (the targets of <c>alias/aws/*</c>)
/// are not described: AWS fixes everything about them, so the aliases say it all (and RDS learns from them which
/// snapshots cannot be shared). Customer managed keys are described, with their policy and grants (grants only when
/// the collection wants them), and rotation status and history only for keys KMS can rotate (symmetric keys with KMS
/// key material outside custom key stores): for the others KMS answers with an error that says nothing about the estate.
/// </summary>
internal sealed class KmsCollector : IServiceCollector
{
    private const string Service = "kms";

    public async Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var kms = apis.Kms;
        var json = KmsJsonContext.Default;
        var aliases = PublishAliasesAsync(export, export.ListAsync(Service, "list-aliases", kms.ListAliasesPagesAsync(new(), cancellationToken), r => r.Aliases, l => new ListAliasesResponse { Aliases = l }, json.ListAliasesResponse, cancellationToken), cancellationToken);
        var keys = await export.ListAsync(Service, "list-keys", kms.ListKeysPagesAsync(new(), cancellationToken), r => r.Keys, l => new ListKeysResponse { Keys = l }, json.ListKeysResponse, cancellationToken).ConfigureAwait(false);
        var perKey = (keys ?? []).Select(k => k.KeyId).OfType<string>().Select(id => KeyAsync(export, kms, id, cancellationToken));
        await Task.WhenAll(perKey.Append(aliases)).ConfigureAwait(false);
    }

    // Published whatever happens (null when unknown), so nothing waits for it forever.
    private static async Task PublishAliasesAsync(RegionExport export, Task<IReadOnlyList<AliasListEntry>?> listing, CancellationToken cancellationToken)
    {
        IReadOnlyList<AliasListEntry>? aliases = null;
        try
        {
            aliases = await listing.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            export.Keys.Learn(aliases);
        }
    }

    public static bool IsCustomerManaged(KeyMetadata metadata) => metadata.KeyManager == "CUSTOMER";

    public static bool CanRotate(KeyMetadata metadata) =>
        IsCustomerManaged(metadata)
        && (metadata.KeySpec ?? metadata.CustomerMasterKeySpec) == "SYMMETRIC_DEFAULT"
        && metadata.Origin == "AWS_KMS"
        && string.IsNullOrEmpty(metadata.CustomKeyStoreId);

    private static async Task KeyAsync(RegionExport export, IKmsApi kms, string keyId, CancellationToken cancellationToken)
    {
        if (await export.Keys.IsAwsManagedKeyIdAsync(keyId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var json = KmsJsonContext.Default;
        var described = await export.OneAsync(Service, "describe-key", keyId, ct => kms.DescribeKeyAsync(new() { KeyId = keyId }, ct), json.DescribeKeyResponse, cancellationToken).ConfigureAwait(false);
        if (described?.KeyMetadata is not { } metadata || !IsCustomerManaged(metadata))
        {
            return;
        }

        var calls = new List<Task>
        {
            export.OneAsync(Service, "get-key-policy", keyId, ct => kms.GetKeyPolicyAsync(new() { KeyId = keyId, PolicyName = "default" }, ct), json.GetKeyPolicyResponse, cancellationToken),
        };
        if (export.Collects(Dataset.KmsGrants))
        {
            calls.Add(export.ListAsync(Service, "list-grants", keyId, kms.ListGrantsPagesAsync(new() { KeyId = keyId }, cancellationToken), r => r.Grants, l => new ListGrantsResponse { Grants = l }, json.ListGrantsResponse, cancellationToken));
        }

        if (CanRotate(metadata))
        {
            calls.Add(export.OneAsync(Service, "get-key-rotation-status", keyId, ct => kms.GetKeyRotationStatusAsync(new() { KeyId = keyId }, ct), json.GetKeyRotationStatusResponse, cancellationToken));
            calls.Add(export.ListAsync(Service, "list-key-rotations", keyId, kms.ListKeyRotationsPagesAsync(new() { KeyId = keyId }, cancellationToken), r => r.Rotations, l => new ListKeyRotationsResponse { Rotations = l }, json.ListKeyRotationsResponse, cancellationToken));
        }

        await Task.WhenAll(calls).ConfigureAwait(false);
    }
}
