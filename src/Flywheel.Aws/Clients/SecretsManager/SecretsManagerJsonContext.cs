using System.Text.Json.Serialization;
using Flywheel.Aws.Clients.SecretsManager.Model;

namespace Flywheel.Aws.Clients.SecretsManager;

/// <summary>Source-generated JSON metadata binding the secretsmanager records to member-keyed trees (names kept as in the model).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListSecretsRequest))]
[JsonSerializable(typeof(ListSecretsResponse))]
internal sealed partial class SecretsManagerJsonContext : JsonSerializerContext;
