using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Events;

/// <summary>
/// Records each successful mutating call as the EventBridge event CloudTrail would deliver
/// ("AWS API Call via CloudTrail"), so the event-driven loop can be tested end to end.
/// </summary>
internal sealed class CloudTrailRecorder(string? eventQueueName)
{
    private readonly ConcurrentQueue<string> _events = new();

    /// <summary>The recorded events, oldest first, as EventBridge JSON.</summary>
    public IReadOnlyList<string> Events => [.. _events];

    /// <summary>Records the event; call with the region's lock held (the event queue is part of its state).</summary>
    public void Record(SandboxRequest request, string signingName, MutationRecord mutation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mutation);
        var time = request.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var caller = request.Caller;
        var assumed = caller.SessionToken is not null;
        var detail = new JsonObject
        {
            ["eventVersion"] = "1.08",
            ["userIdentity"] = new JsonObject
            {
                ["type"] = assumed ? "AssumedRole" : "IAMUser",
                ["principalId"] = caller.UserId,
                ["arn"] = caller.Arn,
                ["accountId"] = caller.AccountId,
                ["accessKeyId"] = caller.AccessKeyId,
            },
            ["eventTime"] = time,
            ["eventSource"] = signingName + ".amazonaws.com",
            ["eventName"] = mutation.EventName ?? request.Operation,
            ["awsRegion"] = request.State.Region,
            ["sourceIPAddress"] = "127.0.0.1",
            ["userAgent"] = "flywheel-sandbox",
            ["requestParameters"] = JsonSerializer.SerializeToNode(mutation.RequestParameters),
            ["responseElements"] = null,
            ["requestID"] = request.RequestId,
            ["eventID"] = request.RequestId,
            ["readOnly"] = false,
            ["eventType"] = "AwsApiCall",
            ["managementEvent"] = true,
            ["recipientAccountId"] = caller.AccountId,
            ["eventCategory"] = "Management",
        };
        var envelope = new JsonObject
        {
            ["version"] = "0",
            ["id"] = request.RequestId,
            ["detail-type"] = "AWS API Call via CloudTrail",
            ["source"] = "aws." + signingName,
            ["account"] = caller.AccountId,
            ["time"] = time,
            ["region"] = request.State.Region,
            ["resources"] = new JsonArray([.. mutation.ResourceArns.Select(a => (JsonNode?)JsonValue.Create(a))]),
            ["detail"] = detail,
        };
        var json = envelope.ToJsonString();
        _events.Enqueue(json);
        if (eventQueueName is not null)
        {
            // As an EventBridge rule targeting SQS would: the event JSON is the message body.
            request.State.Queue(eventQueueName, request.Now).Messages.Add(new State.QueueMessageState
            {
                MessageId = request.RequestId,
                Body = json,
                SentAt = request.Now,
                VisibleAt = request.Now,
            });
        }
    }
}
