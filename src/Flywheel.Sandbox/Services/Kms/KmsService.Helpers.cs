using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Kms;

/// <summary>Key resolution (id, ARN, alias name, alias ARN), paging and the KeyMetadata shape.</summary>
internal sealed partial class KmsService
{
    private static ServiceReply Ok(JsonObject body) => ServiceReply.Ok(body);

    private static ServiceReply Mutated(SandboxRequest request, KmsKeyState key, Dictionary<string, object?> parameters) =>
        Ok([]) with { Mutation = new MutationRecord([key.Arn], parameters) };

    private static ServiceReply WithKey(SandboxRequest request, Func<KmsKeyState, ServiceReply> action)
    {
        var keyId = request.Json.GetString("KeyId");
        if (string.IsNullOrEmpty(keyId))
        {
            return AwsError.Validation("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
        }

        var resolved = Resolve(request.State, keyId);
        return resolved.Error is { } error ? error : action(resolved.Key!);
    }

    /// <summary>Finds a key by id, key ARN, alias name or alias ARN, as every KMS operation (and RDS) accepts.</summary>
    internal static (KmsKeyState? Key, AwsError? Error) Resolve(RegionState state, string keyId)
    {
        var aliasName = keyId.StartsWith("alias/", StringComparison.Ordinal) ? keyId
            : keyId.StartsWith("arn:", StringComparison.Ordinal) && keyId.Contains(":alias/", StringComparison.Ordinal) ? keyId[(keyId.IndexOf(":alias/", StringComparison.Ordinal) + 1)..]
            : null;
        if (aliasName is not null)
        {
            var aliasArn = state.Arn("kms", aliasName);
            if (keyId.StartsWith("arn:", StringComparison.Ordinal) && keyId != aliasArn)
            {
                return (null, new AwsError("NotFoundException", $"Alias {keyId} is not found."));
            }

            var alias = state.Aliases.GetValueOrDefault(aliasName);
            var target = alias?.TargetKeyId is { } id ? state.Keys.GetValueOrDefault(id) : null;
            return target is null ? (null, new AwsError("NotFoundException", $"Alias {aliasArn} is not found.")) : (target, null);
        }

        if (keyId.StartsWith("arn:", StringComparison.Ordinal))
        {
            if (!keyId.StartsWith("arn:aws:kms:", StringComparison.Ordinal) || !keyId.Contains(":key/", StringComparison.Ordinal))
            {
                return (null, new AwsError("InvalidArnException", $"Invalid arn {keyId}"));
            }

            var fromArn = state.Keys.Values.FirstOrDefault(k => k.Arn == keyId);
            return fromArn is null ? (null, new AwsError("NotFoundException", $"Key '{keyId}' does not exist")) : (fromArn, null);
        }

        var key = state.Keys.GetValueOrDefault(keyId);
        return key is null ? (null, new AwsError("NotFoundException", $"Key '{state.Arn("kms", "key/" + keyId)}' does not exist")) : (key, null);
    }

    private static ServiceReply Paged<T>(SandboxRequest request, IReadOnlyList<T> items, Func<IReadOnlyList<T>, JsonObject> render)
    {
        var limit = request.Json.GetInt("Limit");
        if (limit is < 1 or > 1000)
        {
            return AwsError.Validation($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 1000");
        }

        var page = Pagination.Page(items, limit ?? 100, request.Json.GetString("Marker"), m => new AwsError("InvalidMarkerException", "Invalid marker"));
        if (page.Error is { } error)
        {
            return error;
        }

        var body = render(page.Items);
        body["Truncated"] = page.NextMarker is not null;
        return Ok(body.With("NextMarker", page.NextMarker));
    }

    // Paged, written without a node tree: {"<list>":[…],"Truncated":…,"NextMarker":…} as the JsonObject version writes it.
    private static ServiceReply Paged<T>(SandboxRequest request, IReadOnlyList<T> items, int bytesPerItem, Action<Utf8JsonWriter, T> write, string list)
    {
        var limit = request.Json.GetInt("Limit");
        if (limit is < 1 or > 1000)
        {
            return AwsError.Validation($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 1000");
        }

        var page = Pagination.Page(items, limit ?? 100, request.Json.GetString("Marker"), m => new AwsError("InvalidMarkerException", "Invalid marker"));
        if (page.Error is { } error)
        {
            return error;
        }

        return ServiceReply.Ok(JsonBody.Write(
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray(list);
                foreach (var item in page.Items)
                {
                    write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteBoolean("Truncated", page.NextMarker is not null);
                writer.Opt("NextMarker", page.NextMarker);
                writer.WriteEndObject();
            },
            256 + (page.Items.Count * bytesPerItem)));
    }

    private static JsonObject Metadata(KmsKeyState key)
    {
        var metadata = new JsonObject
        {
            ["AWSAccountId"] = key.AccountId,
            ["KeyId"] = key.KeyId,
            ["Arn"] = key.Arn,
            ["CreationDate"] = JsonValues.Epoch(key.CreationDate),
            ["Enabled"] = key.Enabled,
            ["Description"] = key.Description,
            ["KeyUsage"] = key.KeyUsage,
            ["KeyState"] = key.KeyState,
        };
        metadata.With("DeletionDate", JsonValues.Epoch(key.DeletionDate));
        metadata["Origin"] = key.Origin;
        metadata["KeyManager"] = key.KeyManager;
        metadata["CustomerMasterKeySpec"] = key.KeySpec;
        metadata["KeySpec"] = key.KeySpec;
        if (key.KeyUsage == "ENCRYPT_DECRYPT")
        {
            metadata["EncryptionAlgorithms"] = key.IsSymmetricEncryption
                ? new JsonArray("SYMMETRIC_DEFAULT")
                : new JsonArray("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
        }
        else if (key.KeyUsage == "SIGN_VERIFY")
        {
            metadata["SigningAlgorithms"] = new JsonArray("RSASSA_PSS_SHA_256", "RSASSA_PKCS1_V1_5_SHA_256");
        }
        else if (key.KeyUsage == "GENERATE_VERIFY_MAC")
        {
            metadata["MacAlgorithms"] = new JsonArray("HMAC_SHA_256");
        }

        metadata["MultiRegion"] = key.MultiRegion;
        metadata.With("PendingDeletionWindowInDays", key.PendingWindowInDays);
        if (key.IsSymmetricEncryption && key.Origin == "AWS_KMS")
        {
            metadata["CurrentKeyMaterialId"] = key.CurrentKeyMaterialId;
        }

        return metadata;
    }

    private static string DefaultPolicy(KmsKeyState key) => new JsonObject
    {
        ["Version"] = "2012-10-17",
        ["Id"] = "key-default-1",
        ["Statement"] = new JsonArray(new JsonObject
        {
            ["Sid"] = "Enable IAM User Permissions",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["AWS"] = $"arn:aws:iam::{key.AccountId}:root" },
            ["Action"] = "kms:*",
            ["Resource"] = "*",
        }),
    }.ToJsonString();
}
