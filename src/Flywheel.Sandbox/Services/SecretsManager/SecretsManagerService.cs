using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.SecretsManager;

/// <summary>Secrets Manager (json 1.1): ListSecrets with filters and NextToken paging. Secret values are never served.</summary>
internal sealed class SecretsManagerService : IOperationHandler
{
    private static readonly string[] FilterKeys = ["description", "name", "tag-key", "tag-value", "primary-region", "owning-service", "all"];

    public string SigningName => "secretsmanager";

    public AwsProtocol Protocol => AwsProtocol.Json;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "ListSecrets" => ListSecrets(request),
        "DescribeSecret" => WithSecret(request, DescribeSecret),
        "RotateSecret" => WithSecret(request, secret => RotateSecret(request, secret)),
        _ => new AwsError("UnknownOperationException", ""),
    };

    private static ServiceReply ListSecrets(SandboxRequest request)
    {
        var json = request.Json;
        var maxResults = json.GetInt("MaxResults");
        if (maxResults is < 1 or > 100)
        {
            return new AwsError("InvalidParameterException", $"1 validation error detected: Value '{maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100");
        }

        var filters = new List<(string Key, List<string> Values)>();
        foreach (var node in json["Filters"] as JsonArray ?? [])
        {
            var key = (node as JsonObject)?.GetString("Key") ?? "";
            if (!FilterKeys.Contains(key, StringComparer.Ordinal))
            {
                return new AwsError("InvalidParameterException", $"Invalid filter key: {key}");
            }

            filters.Add((key, [.. ((node as JsonObject)?["Values"] as JsonArray ?? []).Select(v => v?.GetValue<string>() ?? "")]));
        }

        var secrets = request.State.Secrets.Values.Where(s => filters.All(f => f.Values.Any(v => Matches(s, f.Key, v)))).ToList();
        if (json.GetString("SortOrder") == "desc")
        {
            secrets.Reverse();
        }

        var page = Pagination.Page(secrets, maxResults ?? 100, json.GetString("NextToken"), t => new AwsError("InvalidNextTokenException", "The NextToken value is invalid."));
        if (page.Error is { } error)
        {
            return error;
        }

        // Written without a node tree: the members of Entry, in its order.
        return ServiceReply.Ok(JsonBody.Write(
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("SecretList");
                foreach (var secret in page.Items)
                {
                    WriteEntry(writer, secret);
                }

                writer.WriteEndArray();
                writer.Opt("NextToken", page.NextMarker);
                writer.WriteEndObject();
            },
            1024 + (page.Items.Count * 1024)));
    }

    private static ServiceReply WithSecret(SandboxRequest request, Func<SecretState, ServiceReply> action)
    {
        var id = request.Json.GetString("SecretId") ?? "";
        var secret = request.State.Secrets.Values.FirstOrDefault(s => s.Name == id || s.Arn == id || s.Arn.StartsWith(id + "-", StringComparison.Ordinal));
        return secret is null
            ? new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.")
            : action(secret);
    }

    private static ServiceReply DescribeSecret(SecretState secret)
    {
        var entry = Entry(secret);
        entry["VersionIdsToStages"] = entry["SecretVersionsToStages"]!.DeepClone();
        entry.Remove("SecretVersionsToStages");
        return ServiceReply.Ok(entry);
    }

    // Rotation needs a rotation function (given now or configured before); RDS-managed secrets rotate on their own.
    private static ServiceReply RotateSecret(SandboxRequest request, SecretState secret)
    {
        var lambda = request.Json.GetString("RotationLambdaARN") ?? secret.RotationLambdaArn;
        if (lambda is null && !secret.IsRdsManaged)
        {
            return new AwsError("InvalidRequestException", "No Lambda rotation function ARN is associated with this secret.");
        }

        var days = (request.Json["RotationRules"] as JsonObject)?.GetInt("AutomaticallyAfterDays") ?? secret.RotationAutomaticallyAfterDays ?? 30;
        secret.RotationEnabled = true;
        secret.RotationLambdaArn = secret.IsRdsManaged ? null : lambda;
        secret.RotationAutomaticallyAfterDays = days;
        if (request.Json.GetBool("RotateImmediately") ?? true)
        {
            secret.LastRotatedDate = request.Now;
            secret.LastChangedDate = request.Now;
        }

        secret.NextRotationDate = (secret.LastRotatedDate ?? request.Now).AddDays(days);
        return ServiceReply.Ok(new JsonObject { ["ARN"] = secret.Arn, ["Name"] = secret.Name, ["VersionId"] = VersionId(secret) }) with
        {
            Mutation = new MutationRecord([secret.Arn], new Dictionary<string, object?> { ["secretId"] = secret.Arn, ["rotationRules"] = new Dictionary<string, object?> { ["automaticallyAfterDays"] = days } }),
        };
    }

    // Secrets Manager filters match prefixes, case-sensitively; a leading '!' negates.
    private static bool Matches(SecretState s, string key, string value)
    {
        if (value.StartsWith('!'))
        {
            return !Matches(s, key, value[1..]);
        }

        bool Prefix(string? field) => field is not null && field.StartsWith(value, StringComparison.Ordinal);
        return key switch
        {
            "name" => Prefix(s.Name),
            "description" => Prefix(s.Description),
            "tag-key" => s.Tags.Any(t => Prefix(t.Key)),
            "tag-value" => s.Tags.Any(t => Prefix(t.Value)),
            "owning-service" => Prefix(s.OwningService),
            "primary-region" => false,
            _ => Prefix(s.Name) || Prefix(s.Description) || s.Tags.Any(t => Prefix(t.Key) || Prefix(t.Value)),
        };
    }

    // Stable across runs (string.GetHashCode is not): derived from the ARN.
    private static string VersionId(SecretState s)
    {
        var hex = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s.Arn)));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    // Entry, written directly (ListSecrets); the two must list the same members in the same order.
    private static void WriteEntry(Utf8JsonWriter writer, SecretState s)
    {
        writer.WriteStartObject();
        writer.WriteString("ARN", s.Arn);
        writer.WriteString("Name", s.Name);
        writer.Opt("Description", s.Description);
        writer.Opt("KmsKeyId", s.KmsKeyId);
        writer.WriteBoolean("RotationEnabled", s.RotationEnabled);
        writer.Opt("RotationLambdaARN", s.RotationLambdaArn);
        if (s.RotationAutomaticallyAfterDays is { } days)
        {
            writer.WriteStartObject("RotationRules");
            writer.WriteNumber("AutomaticallyAfterDays", days);
            writer.WriteEndObject();
        }

        writer.Opt("LastRotatedDate", s.LastRotatedDate);
        writer.Opt("LastChangedDate", s.LastChangedDate);
        writer.Opt("NextRotationDate", s.RotationEnabled ? s.NextRotationDate : null);
        writer.WriteStartArray("Tags");
        foreach (var tag in s.Tags)
        {
            writer.WriteStartObject();
            writer.WriteString("Key", tag.Key);
            writer.WriteString("Value", tag.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("SecretVersionsToStages");
        writer.WriteStartArray(VersionId(s));
        writer.WriteStringValue("AWSCURRENT");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Opt("OwningService", s.OwningService);
        writer.Opt("CreatedDate", s.CreatedDate);
        writer.WriteEndObject();
    }

    private static JsonObject Entry(SecretState s)
    {
        var entry = new JsonObject { ["ARN"] = s.Arn, ["Name"] = s.Name }
            .With("Description", s.Description)
            .With("KmsKeyId", s.KmsKeyId)
            .With("RotationEnabled", s.RotationEnabled)
            .With("RotationLambdaARN", s.RotationLambdaArn)
            .With("RotationRules", s.RotationAutomaticallyAfterDays is { } days ? new JsonObject { ["AutomaticallyAfterDays"] = days } : null)
            .With("LastRotatedDate", JsonValues.Epoch(s.LastRotatedDate))
            .With("LastChangedDate", JsonValues.Epoch(s.LastChangedDate))
            .With("NextRotationDate", JsonValues.Epoch(s.RotationEnabled ? s.NextRotationDate : null))
            .With("Tags", new JsonArray([.. s.Tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value })]))
            .With("SecretVersionsToStages", new JsonObject { [VersionId(s)] = new JsonArray("AWSCURRENT") })
            .With("OwningService", s.OwningService)
            .With("CreatedDate", JsonValues.Epoch(s.CreatedDate));
        return entry;
    }
}
