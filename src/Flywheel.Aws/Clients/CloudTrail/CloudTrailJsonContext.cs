using System.Text.Json.Serialization;
using Flywheel.Aws.Clients.CloudTrail.Model;

namespace Flywheel.Aws.Clients.CloudTrail;

/// <summary>Source-generated JSON metadata binding the cloudtrail records to member-keyed trees (names kept as in the model).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DescribeTrailsRequest))]
[JsonSerializable(typeof(DescribeTrailsResponse))]
[JsonSerializable(typeof(GetTrailStatusRequest))]
[JsonSerializable(typeof(GetTrailStatusResponse))]
[JsonSerializable(typeof(GetEventSelectorsRequest))]
[JsonSerializable(typeof(GetEventSelectorsResponse))]
internal sealed partial class CloudTrailJsonContext : JsonSerializerContext;
