using System.Text.Json.Serialization;
using Flywheel.Aws.Clients.Organizations.Model;

namespace Flywheel.Aws.Clients.Organizations;

/// <summary>Source-generated JSON metadata binding the organizations records to member-keyed trees (names kept as in the model).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListAccountsRequest))]
[JsonSerializable(typeof(ListAccountsResponse))]
internal sealed partial class OrganizationsJsonContext : JsonSerializerContext;
