using System.Text.Json.Serialization;
using Flywheel.Aws.Clients.GuardDuty.Model;

namespace Flywheel.Aws.Clients.GuardDuty;

/// <summary>Source-generated JSON metadata binding the guardduty records to member-keyed trees (names kept as in the model).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListDetectorsRequest))]
[JsonSerializable(typeof(ListDetectorsResponse))]
[JsonSerializable(typeof(GetDetectorRequest))]
[JsonSerializable(typeof(GetDetectorResponse))]
internal sealed partial class GuardDutyJsonContext : JsonSerializerContext;
