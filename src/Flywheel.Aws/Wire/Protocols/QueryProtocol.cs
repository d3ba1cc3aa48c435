using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// The query protocol (RDS, STS) and its ec2 variant: a form-encoded POST to "/" with Action and Version; an XML
/// response whose result sits under <c>&lt;OperationResult&gt;</c> (query) or directly under the root (ec2).
/// </summary>
internal sealed class QueryProtocol(ServiceModel model, bool ec2) : IWireProtocol
{
    public const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private readonly QueryFormWriter _writer = new(model, ec2);

    private readonly XmlShapeTranscoder _transcoder = new(model);

    public WireRequest Serialize(OperationModel operation, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = Encoding.UTF8.GetBytes(_writer.Write(operation.Name, operation.InputShape, input));
        return new WireRequest("POST", "/", "", [], body, FormContentType);
    }

    public AwsResult<WireOutput> Parse(OperationModel operation, WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status >= 300)
        {
            var (code, message, requestId) = ErrorBodies.FromXml(response.Body);
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(
                model.Key, operation.Name, code ?? StatusCode(response.Status), message ?? ErrorBodies.Preview(response.Body),
                requestId ?? response.Header("x-amzn-RequestId"), response.Status));
        }

        // The JSON is smaller than the XML it comes from (no closing tags, no list item elements).
        using var output = new WireOutputBuilder(response.Body.Length / 2);
        if (!_transcoder.TryTranscode(response.Body, operation, ec2, output))
        {
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(
                model.Key, operation.Name, "MalformedResponse", "The response body is not XML: " + ErrorBodies.Preview(response.Body), response.Header("x-amzn-RequestId"), response.Status));
        }

        return AwsResult<WireOutput>.Success(output.Build());
    }

    // A 4xx/5xx without a parsable body (a proxy, a load balancer) still gets a meaningful code.
    internal static string StatusCode(int status) => status switch
    {
        403 => "AccessDenied",
        404 => "NotFound",
        429 => "TooManyRequestsException",
        503 => "ServiceUnavailable",
        >= 500 => "InternalError",
        _ => "Http" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
