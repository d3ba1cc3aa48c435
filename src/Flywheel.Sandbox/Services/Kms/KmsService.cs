using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Kms;

/// <summary>
/// KMS (json 1.1, TrentService): keys, aliases, policies, rotation (automatic on the key's period as the clock
/// advances, on demand up to the documented limit), deletion scheduling and the key states that refuse use.
/// </summary>
internal sealed partial class KmsService(SandboxIds ids) : IOperationHandler
{
    public string SigningName => "kms";

    public AwsProtocol Protocol => AwsProtocol.Json;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "ListKeys" => ListKeys(request),
        "ListAliases" => ListAliases(request),
        "DescribeKey" => WithKey(request, key => Ok(new JsonObject { ["KeyMetadata"] = Metadata(key) })),
        "GetKeyPolicy" => WithKey(request, key => GetKeyPolicy(request, key)),
        "PutKeyPolicy" => WithKey(request, key => PutKeyPolicy(request, key)),
        "GetKeyRotationStatus" => WithKey(request, key => GetKeyRotationStatus(key)),
        "EnableKeyRotation" => WithKey(request, key => SetRotation(request, key, enable: true)),
        "DisableKeyRotation" => WithKey(request, key => SetRotation(request, key, enable: false)),
        "ListKeyRotations" => WithKey(request, key => ListKeyRotations(request, key)),
        "RotateKeyOnDemand" => WithKey(request, key => RotateKeyOnDemand(request, key)),
        "ScheduleKeyDeletion" => WithKey(request, key => ScheduleKeyDeletion(request, key)),
        "CancelKeyDeletion" => WithKey(request, key => CancelKeyDeletion(request, key)),
        "DisableKey" => WithKey(request, key => SetEnabled(request, key, enable: false)),
        "EnableKey" => WithKey(request, key => SetEnabled(request, key, enable: true)),
        "Encrypt" => WithKey(request, key => Encrypt(request, key)),
        "CreateKey" => CreateKey(request),
        "ListGrants" => WithKey(request, key => ListGrants(request, key)),
        "CreateAlias" => SetAlias(request, create: true),
        "UpdateAlias" => SetAlias(request, create: false),
        "DeleteAlias" => DeleteAlias(request),
        _ => new AwsError("UnknownOperationException", ""),
    };

    private static ServiceReply ListKeys(SandboxRequest request)
    {
        var keys = request.State.Keys.Values.ToList();
        return Paged(request, keys, page => new JsonObject
        {
            ["Keys"] = new JsonArray([.. page.Select(k => (JsonNode)new JsonObject { ["KeyId"] = k.KeyId, ["KeyArn"] = k.Arn })]),
        });
    }

    private static ServiceReply ListAliases(SandboxRequest request)
    {
        var state = request.State;
        IEnumerable<KmsAliasState> aliases = state.Aliases.Values;
        if (request.Json.GetString("KeyId") is { } keyId)
        {
            var key = Resolve(state, keyId);
            if (key.Error is { } error)
            {
                return error;
            }

            aliases = aliases.Where(a => a.TargetKeyId == key.Key!.KeyId);
        }

        return Paged(request, aliases.ToList(), page => new JsonObject
        {
            ["Aliases"] = new JsonArray([.. page.Select(a => (JsonNode)new JsonObject()
                .With("AliasName", a.AliasName)
                .With("AliasArn", a.AliasArn)
                .With("TargetKeyId", a.TargetKeyId)
                .With("CreationDate", JsonValues.Epoch(a.CreationDate))
                .With("LastUpdatedDate", JsonValues.Epoch(a.CreationDate)))]),
        });
    }

    private static ServiceReply ListGrants(SandboxRequest request, KmsKeyState key)
    {
        var grantId = request.Json.GetString("GrantId");
        var grantee = request.Json.GetString("GranteePrincipal");
        var grants = key.Grants.Where(g => (grantId is null || g.GrantId == grantId) && (grantee is null || g.GranteePrincipal == grantee)).ToList();
        if (request.Json.GetInt("Limit") is > 100)
        {
            return AwsError.Validation($"1 validation error detected: Value '{request.Json.GetInt("Limit")}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
        }

        // Written without a node tree (a scan lists every key's grants).
        return Paged(request, grants, 512, (writer, g) =>
        {
            writer.WriteStartObject();
            writer.WriteString("KeyId", key.Arn);
            writer.WriteString("GrantId", g.GrantId);
            writer.Epoch("CreationDate", g.CreationDate);
            writer.WriteString("GranteePrincipal", g.GranteePrincipal);
            writer.WriteString("IssuingAccount", g.IssuingAccount);
            writer.WriteStartArray("Operations");
            foreach (var operation in g.Operations)
            {
                writer.WriteStringValue(operation);
            }

            writer.WriteEndArray();
            writer.Opt("Name", g.Name);
            writer.Opt("RetiringPrincipal", g.RetiringPrincipal);
            if (g.EncryptionContextSubset is { } subset)
            {
                writer.WriteStartObject("Constraints");
                writer.WriteStartObject("EncryptionContextSubset");
                foreach (var (name, value) in subset)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }, "Grants");
    }

    private static ServiceReply GetKeyPolicy(SandboxRequest request, KmsKeyState key)
    {
        var name = request.Json.GetString("PolicyName") ?? "default";
        if (name != "default")
        {
            return new AwsError("NotFoundException", "No such policy exists");
        }

        return Ok(new JsonObject { ["Policy"] = key.Policy ?? DefaultPolicy(key), ["PolicyName"] = "default" });
    }

    private static ServiceReply PutKeyPolicy(SandboxRequest request, KmsKeyState key)
    {
        if (key.KeyManager == "AWS")
        {
            return AwsManaged(key);
        }

        var policy = request.Json.GetString("Policy");
        if (string.IsNullOrEmpty(policy) || !IsJsonObject(policy))
        {
            return new AwsError("MalformedPolicyDocumentException", "The new key policy will not allow you to update the key policy in the future.");
        }

        key.Policy = policy;
        return Mutated(request, key, new Dictionary<string, object?> { ["keyId"] = key.Arn, ["policyName"] = request.Json.GetString("PolicyName") ?? "default" });
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static ServiceReply GetKeyRotationStatus(KmsKeyState key)
    {
        if (key.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        if (!key.IsSymmetricEncryption)
        {
            return Unsupported(key);
        }

        return Ok(new JsonObject { ["KeyRotationEnabled"] = key.RotationEnabled, ["KeyId"] = key.Arn }
            .With("RotationPeriodInDays", key.RotationEnabled ? key.RotationPeriodInDays : null)
            .With("NextRotationDate", JsonValues.Epoch(key.RotationEnabled ? key.NextRotationDate : null))
            .With("OnDemandRotationStartDate", JsonValues.Epoch(key.OnDemandRotationStartDate)));
    }

    private static ServiceReply SetRotation(SandboxRequest request, KmsKeyState key, bool enable)
    {
        if (CheckRotatable(key) is { } refused)
        {
            return refused;
        }

        var period = request.Json.GetInt("RotationPeriodInDays");
        if (enable && period is < 90 or > 2560)
        {
            return AwsError.Validation($"1 validation error detected: Value '{period}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value {(period < 90 ? "greater than or equal to 90" : "less than or equal to 2560")}");
        }

        if (enable)
        {
            // Enabling (or changing the period) restarts the schedule from now, as KMS documents.
            key.RotationPeriodInDays = period ?? (key.RotationEnabled ? key.RotationPeriodInDays : 365);
            key.NextRotationDate = request.Now.AddDays(key.RotationPeriodInDays);
            key.RotationEnabled = true;
        }
        else
        {
            key.RotationEnabled = false;
            key.NextRotationDate = null;
        }

        return Mutated(request, key, new Dictionary<string, object?> { ["keyId"] = key.Arn, ["rotationPeriodInDays"] = enable ? key.RotationPeriodInDays : null });
    }

    private static ServiceReply ListKeyRotations(SandboxRequest request, KmsKeyState key)
    {
        if (key.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        if (!key.IsSymmetricEncryption)
        {
            return Unsupported(key);
        }

        return Paged(request, key.Rotations, page => new JsonObject
        {
            ["Rotations"] = new JsonArray([.. page.Select(r => (JsonNode)new JsonObject
            {
                ["KeyId"] = key.KeyId,
                ["KeyMaterialId"] = r.KeyMaterialId,
                ["RotationDate"] = JsonValues.Epoch(r.RotationDate),
                ["RotationType"] = r.RotationType,
            })]),
        });
    }

    private static ServiceReply RotateKeyOnDemand(SandboxRequest request, KmsKeyState key)
    {
        if (CheckRotatable(key) is { } refused)
        {
            return refused;
        }

        if (key.OnDemandRotationStartDate is not null)
        {
            return new AwsError("ConflictException", $"{key.Arn} already has an on-demand rotation in progress.");
        }

        if (key.OnDemandRotationCount >= SandboxConstants.MaxOnDemandRotations)
        {
            return new AwsError("LimitExceededException", $"The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: {key.Arn}");
        }

        key.OnDemandRotationCount++;
        key.OnDemandRotationStartDate = request.Now;
        return Ok(new JsonObject { ["KeyId"] = key.KeyId }) with
        {
            Mutation = new MutationRecord([key.Arn], new Dictionary<string, object?> { ["keyId"] = key.Arn }),
        };
    }

    private static ServiceReply ScheduleKeyDeletion(SandboxRequest request, KmsKeyState key)
    {
        if (key.KeyManager == "AWS")
        {
            return AwsManaged(key);
        }

        if (key.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        var days = request.Json.GetInt("PendingWindowInDays") ?? 30;
        if (days is < 7 or > 30)
        {
            return AwsError.Validation($"1 validation error detected: Value '{days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value {(days < 7 ? "greater than or equal to 7" : "less than or equal to 30")}");
        }

        key.KeyState = "PendingDeletion";
        key.PendingWindowInDays = days;
        key.DeletionDate = request.Now.AddDays(days);
        return Ok(new JsonObject
        {
            ["KeyId"] = key.Arn,
            ["DeletionDate"] = JsonValues.Epoch(key.DeletionDate),
            ["KeyState"] = key.KeyState,
            ["PendingWindowInDays"] = days,
        }) with
        {
            Mutation = new MutationRecord([key.Arn], new Dictionary<string, object?> { ["keyId"] = key.Arn, ["pendingWindowInDays"] = days }),
        };
    }

    private static ServiceReply CancelKeyDeletion(SandboxRequest request, KmsKeyState key)
    {
        if (key.KeyState != "PendingDeletion")
        {
            return new AwsError("KMSInvalidStateException", $"{key.Arn} is not pending deletion.");
        }

        // A key whose deletion is cancelled comes back disabled.
        key.KeyState = "Disabled";
        key.DeletionDate = null;
        key.PendingWindowInDays = null;
        return Ok(new JsonObject { ["KeyId"] = key.Arn }) with
        {
            Mutation = new MutationRecord([key.Arn], new Dictionary<string, object?> { ["keyId"] = key.Arn }),
        };
    }

    private static ServiceReply SetEnabled(SandboxRequest request, KmsKeyState key, bool enable)
    {
        if (key.KeyManager == "AWS")
        {
            return AwsManaged(key);
        }

        if (key.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        key.KeyState = enable ? "Enabled" : "Disabled";
        return Mutated(request, key, new Dictionary<string, object?> { ["keyId"] = key.Arn });
    }

    private static ServiceReply Encrypt(SandboxRequest request, KmsKeyState key)
    {
        if (key.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        if (key.KeyState == "Disabled")
        {
            return new AwsError("DisabledException", $"{key.Arn} is disabled.");
        }

        if (key.KeyUsage != "ENCRYPT_DECRYPT")
        {
            return new AwsError("InvalidKeyUsageException", $"{key.Arn} key usage is {key.KeyUsage} which is not valid for Encrypt.");
        }

        // Not real encryption: a recognisable blob naming the key and its current material.
        var blob = System.Text.Encoding.UTF8.GetBytes($"fwkms:{key.KeyId}:{key.CurrentKeyMaterialId}:{request.Json.GetString("Plaintext")}");
        return Ok(new JsonObject { ["CiphertextBlob"] = Convert.ToBase64String(blob), ["KeyId"] = key.Arn, ["EncryptionAlgorithm"] = "SYMMETRIC_DEFAULT" });
    }

    private static AwsError? CheckRotatable(KmsKeyState key)
    {
        if (key.KeyState == "PendingDeletion")
        {
            return PendingDeletion(key);
        }

        if (key.KeyManager == "AWS")
        {
            return AwsManaged(key);
        }

        if (key.KeyState == "Disabled")
        {
            return new AwsError("DisabledException", $"{key.Arn} is disabled.");
        }

        return key.IsSymmetricEncryption && key.Origin == "AWS_KMS" ? null : Unsupported(key);
    }

    private static AwsError PendingDeletion(KmsKeyState key) => new("KMSInvalidStateException", $"{key.Arn} is pending deletion.");

    private static AwsError AwsManaged(KmsKeyState key) =>
        new("UnsupportedOperationException", $"{key.Arn} is an AWS managed key. You cannot perform this operation on it.");

    private static AwsError Unsupported(KmsKeyState key) => key.Origin != "AWS_KMS"
        ? new("UnsupportedOperationException", $"{key.Arn} origin is {key.Origin} which is not valid for this operation.")
        : new("UnsupportedOperationException", $"{key.Arn} key spec is {key.KeySpec} which is not valid for this operation.");
}
