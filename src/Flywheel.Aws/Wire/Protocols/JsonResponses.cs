using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Response handling shared by json and rest-json: the error format and the JSON body of a success.</summary>
internal static class JsonResponses
{
    /// <summary>
    /// The output of a success (<paramref name="extraMembers"/> adds the members bound outside the body, rest-json's
    /// headers and status code), or the error of a failure.
    /// </summary>
    public static AwsResult<WireOutput> Parse(ServiceModel model, JsonShapeTranscoder transcoder, OperationModel operation, WireResponse response, Action<WireOutputBuilder>? extraMembers)
    {
        var requestId = response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
        if (response.Status >= 300)
        {
            var (bodyCode, message) = ErrorBodies.FromJson(response.Body);
            var code = response.Header("x-amzn-ErrorType") is { Length: > 0 } header ? ErrorBodies.SanitizeCode(header) : bodyCode;
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(
                model.Key, operation.Name, code ?? QueryProtocol.StatusCode(response.Status), message ?? ErrorBodies.Preview(response.Body), requestId, response.Status));
        }

        if (operation.OutputShape is null || (response.Body.IsEmpty && extraMembers is null))
        {
            return AwsResult<WireOutput>.Success(WireOutput.Empty());
        }

        using var output = new WireOutputBuilder(response.Body.Length);
        if (response.Body.IsEmpty)
        {
            output.Writer.WriteStartObject();
            extraMembers!(output);
            output.Writer.WriteEndObject();
        }
        else if (!transcoder.TryTranscode(response.Body.Span, model.Shape(operation.OutputShape), output, extraMembers))
        {
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(
                model.Key, operation.Name, "MalformedResponse", "The response body is not a JSON object: " + ErrorBodies.Preview(response.Body), requestId, response.Status));
        }

        return AwsResult<WireOutput>.Success(output.Build());
    }
}
