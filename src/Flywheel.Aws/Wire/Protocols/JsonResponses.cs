using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Response handling shared by json and rest-json: the error format and the JSON body of a success.</summary>
internal static class JsonResponses
{
    public static AwsResult<JsonObject> Parse(ServiceModel model, JsonShapeCodec codec, OperationModel operation, WireResponse response)
    {
        var requestId = response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
        if (response.Status >= 300)
        {
            var (bodyCode, message) = ErrorBodies.FromJson(response.Body);
            var code = response.Header("x-amzn-ErrorType") is { Length: > 0 } header ? ErrorBodies.SanitizeCode(header) : bodyCode;
            return AwsResult<JsonObject>.Failure(AwsErrorClassifier.Create(
                model.Key, operation.Name, code ?? QueryProtocol.StatusCode(response.Status), message ?? ErrorBodies.Preview(response.Body), requestId, response.Status));
        }

        if (operation.OutputShape is null || response.Body.Length == 0)
        {
            return AwsResult<JsonObject>.Success([]);
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(response.Body);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is not JsonObject)
        {
            return AwsResult<JsonObject>.Failure(AwsErrorClassifier.Create(
                model.Key, operation.Name, "MalformedResponse", "The response body is not a JSON object: " + ErrorBodies.Preview(response.Body), requestId, response.Status));
        }

        return AwsResult<JsonObject>.Success(codec.FromWire(body, model.Shape(operation.OutputShape))!.AsObject());
    }
}
