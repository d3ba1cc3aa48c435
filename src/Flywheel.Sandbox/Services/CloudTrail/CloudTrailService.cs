using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.CloudTrail;

/// <summary>CloudTrail (json 1.1): DescribeTrails (with shadow trails), GetTrailStatus, GetEventSelectors.</summary>
internal sealed class CloudTrailService(SandboxEstate estate) : IOperationHandler
{
    public string SigningName => "cloudtrail";

    public AwsProtocol Protocol => AwsProtocol.Json;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "DescribeTrails" => DescribeTrails(request),
        "GetTrailStatus" => WithTrail(request, "Name", trail => Ok(new JsonObject { ["IsLogging"] = trail.IsLogging }
            .With("StartLoggingTime", JsonValues.Epoch(trail.StartLoggingTime))
            .With("LatestDeliveryTime", JsonValues.Epoch(trail.IsLogging ? request.Now.AddMinutes(-3) : trail.StartLoggingTime))
            .With("TimeLoggingStarted", Xml.Timestamp(trail.StartLoggingTime)))),
        "GetEventSelectors" => WithTrail(request, "TrailName", trail => Ok(new JsonObject
        {
            ["TrailARN"] = trail.Arn,
            ["EventSelectors"] = new JsonArray(new JsonObject
            {
                ["ReadWriteType"] = trail.ReadWriteType,
                ["IncludeManagementEvents"] = trail.IncludeManagementEvents,
                ["DataResources"] = new JsonArray(),
                ["ExcludeManagementEventSources"] = new JsonArray(),
            }),
        })),
        _ => new AwsError("UnknownOperationException", ""),
    };

    private ServiceReply DescribeTrails(SandboxRequest request)
    {
        var names = (request.Json["trailNameList"] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "").ToList();
        var includeShadow = request.Json.GetBool("includeShadowTrails") ?? true;
        var trails = estate.TrailsVisibleFrom(request.Caller.AccountId, request.State.Region)
            .Where(t => includeShadow || !t.IsShadow)
            .Where(t => names.Count == 0 || names.Contains(t.Trail.Name) || names.Contains(t.Trail.Arn))
            .Select(t => (JsonNode)Trail(t.Trail));
        return Ok(new JsonObject { ["trailList"] = new JsonArray([.. trails]) });
    }

    private ServiceReply WithTrail(SandboxRequest request, string member, Func<TrailState, ServiceReply> action)
    {
        var name = request.Json.GetString(member);
        var trail = estate.TrailsVisibleFrom(request.Caller.AccountId, request.State.Region)
            .Select(t => t.Trail)
            .FirstOrDefault(t => t.Arn == name || (t.Name == name && t.HomeRegion == request.State.Region));
        return trail is null
            ? new AwsError("TrailNotFoundException", $"Unknown trail: {name} for the user: {request.Caller.AccountId}")
            : action(trail);
    }

    private static JsonObject Trail(TrailState t) => new JsonObject
    {
        ["Name"] = t.Name,
        ["S3BucketName"] = t.S3BucketName,
        ["IncludeGlobalServiceEvents"] = t.IncludeGlobalServiceEvents,
        ["IsMultiRegionTrail"] = t.IsMultiRegionTrail,
        ["HomeRegion"] = t.HomeRegion,
        ["TrailARN"] = t.Arn,
        ["LogFileValidationEnabled"] = t.LogFileValidationEnabled,
    }
        .With("CloudWatchLogsLogGroupArn", t.CloudWatchLogsLogGroupArn)
        .With("KmsKeyId", t.KmsKeyId)
        .With("HasCustomEventSelectors", false)
        .With("HasInsightSelectors", false)
        .With("IsOrganizationTrail", false);

    private static ServiceReply Ok(JsonObject body) => ServiceReply.Ok(body);
}
