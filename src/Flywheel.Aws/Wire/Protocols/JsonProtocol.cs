using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// The json protocol (KMS, Secrets Manager, CloudTrail, Organizations): a POST to "/" with
/// <c>X-Amz-Target: targetPrefix.Operation</c> and <c>application/x-amz-json-1.0|1.1</c>; errors as
/// <c>{"__type": "…#Code", "message": "…"}</c> or the <c>x-amzn-ErrorType</c> header.
/// </summary>
internal sealed class JsonProtocol(ServiceModel model) : IWireProtocol
{
    private readonly JsonShapeCodec _codec = new(model);

    private readonly JsonShapeTranscoder _transcoder = new(model);

    public string ContentType => "application/x-amz-json-" + model.JsonVersion;

    public WireRequest Serialize(OperationModel operation, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var wire = operation.InputShape is null ? new JsonObject() : _codec.ToWire(input, model.Shape(operation.InputShape))!;
        var body = Encoding.UTF8.GetBytes(wire.ToJsonString());
        return new WireRequest("POST", "/", "", [new("X-Amz-Target", $"{model.TargetPrefix}.{operation.Name}")], body, ContentType);
    }

    public AwsResult<WireOutput> Parse(OperationModel operation, WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(response);
        return JsonResponses.Parse(model, _transcoder, operation, response, extraMembers: null);
    }
}
