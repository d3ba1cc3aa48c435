using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Services.GuardDuty;

/// <summary>GuardDuty (rest-json): GET /detector (ListDetectors) and GET /detector/{id} (GetDetector).</summary>
internal sealed class GuardDutyService : IOperationHandler
{
    public string SigningName => "guardduty";

    public AwsProtocol Protocol => AwsProtocol.RestJson;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        return (request.HttpMethod, segments) switch
        {
            ("GET", ["detector"]) => ListDetectors(request),
            ("GET", ["detector", var id]) => GetDetector(request, id),
            _ => new AwsError("UnknownOperationException", $"No operation matches {request.HttpMethod} {request.Path}", 404),
        };
    }

    private static ServiceReply ListDetectors(SandboxRequest request)
    {
        var maxResults = request.Parameters.GetInt("maxResults");
        if (maxResults is < 1 or > 50)
        {
            return BadRequest("The request is rejected because an invalid or out-of-range value is specified as an input parameter.");
        }

        var page = Pagination.Page(request.State.Detectors, maxResults ?? 50, request.Parameters.Get("nextToken"), _ => BadRequest("The request is rejected because the nextToken is invalid."));
        if (page.Error is { } error)
        {
            return error;
        }

        var body = new JsonObject { ["detectorIds"] = new JsonArray([.. page.Items.Select(d => (JsonNode)d.DetectorId)]) }.With("nextToken", page.NextMarker);
        return ServiceReply.Ok(body);
    }

    private static ServiceReply GetDetector(SandboxRequest request, string detectorId)
    {
        var detector = request.State.Detectors.FirstOrDefault(d => d.DetectorId == detectorId);
        if (detector is null)
        {
            return BadRequest("The request is rejected because the input detectorId is not owned by the current account.");
        }

        var created = Xml.Timestamp(detector.CreatedAt);
        var body = new JsonObject
        {
            ["createdAt"] = created,
            ["findingPublishingFrequency"] = detector.FindingPublishingFrequency,
            ["serviceRole"] = $"arn:aws:iam::{request.State.AccountId}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty",
            ["status"] = detector.Status,
            ["updatedAt"] = created,
            ["tags"] = new JsonObject(),
            ["features"] = new JsonArray([.. detector.Features.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Key,
                ["status"] = f.Value,
                ["updatedAt"] = JsonValues.Epoch(detector.CreatedAt),
            })]),
        };
        return ServiceReply.Ok(body);
    }

    private static AwsError BadRequest(string message) => new("BadRequestException", message);
}
