using System.Text.Json.Serialization;
using Flywheel.Aws.Clients.Sts.Model;

namespace Flywheel.Aws.Clients.Sts;

/// <summary>Source-generated JSON metadata binding the sts records to member-keyed trees (names kept as in the model).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetCallerIdentityRequest))]
[JsonSerializable(typeof(GetCallerIdentityResponse))]
[JsonSerializable(typeof(AssumeRoleRequest))]
[JsonSerializable(typeof(AssumeRoleResponse))]
internal sealed partial class StsJsonContext : JsonSerializerContext;
