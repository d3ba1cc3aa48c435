using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Kms.Model;
using Flywheel.Aws.Wire.Http;
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
        var aliases = PublishAliasesAsync(export, export.ListAsync(Service, "list-aliases", null, kms.RawPagesAsync("ListAliases", new ListAliasesRequest(), json.ListAliasesRequest, cancellationToken), "Aliases", json.AliasListEntry, cancellationToken), cancellationToken);
        var keys = await export.ListAsync(Service, "list-keys", null, kms.RawPagesAsync("ListKeys", new ListKeysRequest(), json.ListKeysRequest, cancellationToken), "Keys", json.KeyListEntry, cancellationToken).ConfigureAwait(false);
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

    private static async Task KeyAsync(RegionExport export, ServiceInvoker kms, string keyId, CancellationToken cancellationToken)
    {
        if (await export.Keys.IsAwsManagedKeyIdAsync(keyId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var json = KmsJsonContext.Default;
        var described = await export.OneAsync(Service, "describe-key", keyId, ct => kms.InvokeRawAsync("DescribeKey", new DescribeKeyRequest { KeyId = keyId }, json.DescribeKeyRequest, ct), json.DescribeKeyResponse, cancellationToken).ConfigureAwait(false);
        if (described?.KeyMetadata is not { } metadata || !IsCustomerManaged(metadata))
        {
            return;
        }

        var calls = new List<Task>
        {
            export.OneAsync(Service, "get-key-policy", keyId, ct => kms.InvokeRawAsync("GetKeyPolicy", new GetKeyPolicyRequest { KeyId = keyId, PolicyName = "default" }, json.GetKeyPolicyRequest, ct), cancellationToken),
        };
        if (export.Collects(Dataset.KmsGrants))
        {
            calls.Add(export.ListAsync(Service, "list-grants", keyId, kms.RawPagesAsync("ListGrants", new ListGrantsRequest { KeyId = keyId }, json.ListGrantsRequest, cancellationToken), "Grants", cancellationToken));
        }

        if (CanRotate(metadata))
        {
            calls.Add(export.OneAsync(Service, "get-key-rotation-status", keyId, ct => kms.InvokeRawAsync("GetKeyRotationStatus", new GetKeyRotationStatusRequest { KeyId = keyId }, json.GetKeyRotationStatusRequest, ct), cancellationToken));
            calls.Add(export.ListAsync(Service, "list-key-rotations", keyId, kms.RawPagesAsync("ListKeyRotations", new ListKeyRotationsRequest { KeyId = keyId }, json.ListKeyRotationsRequest, cancellationToken), "Rotations", cancellationToken));
        }

        await Task.WhenAll(calls).ConfigureAwait(false);
    }
}
