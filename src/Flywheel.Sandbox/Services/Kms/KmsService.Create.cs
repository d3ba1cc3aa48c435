using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Kms;

/// <summary>CreateKey and the alias operations, which a re-keying uses to introduce the new key.</summary>
internal sealed partial class KmsService
{
    private static readonly string[] KeySpecs = ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512"];

    private ServiceReply CreateKey(SandboxRequest request)
    {
        var json = request.Json;
        var spec = json.GetString("KeySpec") ?? json.GetString("CustomerMasterKeySpec") ?? "SYMMETRIC_DEFAULT";
        if (!KeySpecs.Contains(spec, StringComparer.Ordinal))
        {
            return AwsError.Validation($"1 validation error detected: Value '{spec}' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", KeySpecs)}]");
        }

        var usage = json.GetString("KeyUsage") ?? (spec.StartsWith("HMAC", StringComparison.Ordinal) ? "GENERATE_VERIFY_MAC" : "ENCRYPT_DECRYPT");
        if (spec.StartsWith("HMAC", StringComparison.Ordinal) != (usage == "GENERATE_VERIFY_MAC"))
        {
            return AwsError.Validation($"KeyUsage {usage} is not compatible with KeySpec {spec}");
        }

        var origin = json.GetString("Origin") ?? "AWS_KMS";
        var state = request.State;
        var keyId = ids.Uuid();
        var key = new KmsKeyState
        {
            KeyId = keyId,
            Arn = state.Arn("kms", "key/" + keyId),
            AccountId = state.AccountId,
            CreationDate = request.Now,
            Description = json.GetString("Description") ?? "",
            KeySpec = spec,
            KeyUsage = usage,
            Origin = origin,
            MultiRegion = json.GetBool("MultiRegion") ?? false,
            KeyState = origin == "EXTERNAL" ? "PendingImport" : "Enabled",
            Policy = json.GetString("Policy"),
            CurrentKeyMaterialId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(keyId))),
            Tags = [.. (json["Tags"] as JsonArray ?? []).OfType<JsonObject>().Select(t => new KeyValuePair<string, string>(t.GetString("TagKey") ?? "", t.GetString("TagValue") ?? ""))],
        };
        state.Keys[keyId] = key;
        return Ok(new JsonObject { ["KeyMetadata"] = Metadata(key) }) with
        {
            Mutation = new MutationRecord([key.Arn], new Dictionary<string, object?> { ["keySpec"] = spec, ["keyUsage"] = usage, ["origin"] = origin, ["description"] = key.Description }),
        };
    }

    private static ServiceReply SetAlias(SandboxRequest request, bool create)
    {
        var state = request.State;
        var aliasName = request.Json.GetString("AliasName") ?? "";
        var target = request.Json.GetString("TargetKeyId") ?? "";
        if (!aliasName.StartsWith("alias/", StringComparison.Ordinal) || aliasName.StartsWith("alias/aws/", StringComparison.Ordinal))
        {
            return new AwsError("InvalidAliasNameException", $"Alias must start with the prefix \"alias/\" and cannot begin with \"alias/aws/\": {aliasName}");
        }

        if (target.StartsWith("alias/", StringComparison.Ordinal) || target.Contains(":alias/", StringComparison.Ordinal))
        {
            return AwsError.Validation("TargetKeyId must be a key id or key ARN, not an alias.");
        }

        var (key, error) = Resolve(state, target);
        if (error is not null)
        {
            return error;
        }

        var existing = state.Aliases.GetValueOrDefault(aliasName);
        if (create && existing is not null)
        {
            return new AwsError("AlreadyExistsException", $"An alias with the name {state.Arn("kms", aliasName)} already exists");
        }

        if (!create && existing is null)
        {
            return new AwsError("NotFoundException", $"Alias {state.Arn("kms", aliasName)} is not found.");
        }

        if (key!.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        state.Aliases[aliasName] = new KmsAliasState(aliasName, state.Arn("kms", aliasName), key.KeyId, existing?.CreationDate ?? request.Now);
        return Mutated(request, key, new Dictionary<string, object?> { ["aliasName"] = aliasName, ["targetKeyId"] = target });
    }

    private static ServiceReply DeleteAlias(SandboxRequest request)
    {
        var state = request.State;
        var aliasName = request.Json.GetString("AliasName") ?? "";
        if (!state.Aliases.Remove(aliasName, out var alias))
        {
            return new AwsError("NotFoundException", $"Alias {state.Arn("kms", aliasName)} is not found.");
        }

        return Ok([]) with { Mutation = new MutationRecord([alias.AliasArn], new Dictionary<string, object?> { ["aliasName"] = aliasName }) };
    }
}
