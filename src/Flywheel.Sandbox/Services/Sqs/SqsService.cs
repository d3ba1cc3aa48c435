using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Sqs;

/// <summary>
/// SQS standard queues (json 1.0, query-compatible errors): create, find, list, send, receive with visibility
/// timeouts on the sandbox clock, delete, attributes. Long polling is not simulated: receives return at once.
/// </summary>
internal sealed class SqsService(SandboxIds ids) : IOperationHandler
{
    public string SigningName => "sqs";

    public AwsProtocol Protocol => AwsProtocol.Json;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "CreateQueue" => CreateQueue(request),
        "GetQueueUrl" => WithQueue(request, request.Json.GetString("QueueName"), q => Ok(new JsonObject { ["QueueUrl"] = q.Url })),
        "ListQueues" => ListQueues(request),
        "SendMessage" => WithQueue(request, QueueName(request), q => SendMessage(request, q)),
        "ReceiveMessage" => WithQueue(request, QueueName(request), q => ReceiveMessage(request, q)),
        "DeleteMessage" => WithQueue(request, QueueName(request), q => DeleteMessage(request, q)),
        "GetQueueAttributes" => WithQueue(request, QueueName(request), q => GetQueueAttributes(request, q)),
        _ => new AwsError("UnknownOperationException", ""),
    };

    private static ServiceReply CreateQueue(SandboxRequest request)
    {
        var name = request.Json.GetString("QueueName") ?? "";
        if (name.Length is 0 or > 80 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Error("InvalidParameterValue", "InvalidParameterValue", "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }

        return Ok(new JsonObject { ["QueueUrl"] = request.State.Queue(name, request.Now).Url });
    }

    private static ServiceReply ListQueues(SandboxRequest request)
    {
        var prefix = request.Json.GetString("QueueNamePrefix") ?? "";
        var urls = request.State.Queues.Values.Where(q => q.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(q => (JsonNode)q.Url);
        return Ok(new JsonObject { ["QueueUrls"] = new JsonArray([.. urls]) });
    }

    private ServiceReply SendMessage(SandboxRequest request, QueueState queue)
    {
        var body = request.Json.GetString("MessageBody");
        if (string.IsNullOrEmpty(body))
        {
            return Error("MissingParameter", "MissingParameter", "The request must contain the parameter MessageBody.");
        }

        var message = new QueueMessageState
        {
            MessageId = ids.Uuid(),
            Body = body,
            SentAt = request.Now,
            VisibleAt = request.Now.AddSeconds(request.Json.GetInt("DelaySeconds") ?? 0),
        };
        queue.Messages.Add(message);
        return Ok(new JsonObject { ["MD5OfMessageBody"] = Md5(body), ["MessageId"] = message.MessageId });
    }

    private ServiceReply ReceiveMessage(SandboxRequest request, QueueState queue)
    {
        var max = request.Json.GetInt("MaxNumberOfMessages") ?? 1;
        if (max is < 1 or > 10)
        {
            return Error("InvalidParameterValue", "InvalidParameterValue", $"Value {max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
        }

        var visibility = request.Json.GetInt("VisibilityTimeout") ?? queue.VisibilityTimeoutSeconds;
        var wanted = ((request.Json["AttributeNames"] as JsonArray ?? []).Concat(request.Json["MessageSystemAttributeNames"] as JsonArray ?? []))
            .Select(n => n?.GetValue<string>() ?? "").ToHashSet(StringComparer.Ordinal);
        var received = new JsonArray();
        foreach (var message in queue.Messages.Where(m => m.VisibleAt <= request.Now).Take(max))
        {
            message.ReceiveCount++;
            message.FirstReceivedAt ??= request.Now;
            message.VisibleAt = request.Now.AddSeconds(visibility);
            message.ReceiptHandle = ids.SecretAccessKey() + ids.SecretAccessKey();
            var entry = new JsonObject
            {
                ["MessageId"] = message.MessageId,
                ["ReceiptHandle"] = message.ReceiptHandle,
                ["MD5OfBody"] = Md5(message.Body),
                ["Body"] = message.Body,
            };
            if (wanted.Count > 0)
            {
                var attributes = new JsonObject();
                void Add(string name, string value)
                {
                    if (wanted.Contains("All") || wanted.Contains(name))
                    {
                        attributes[name] = value;
                    }
                }

                Add("SentTimestamp", message.SentAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
                Add("ApproximateReceiveCount", message.ReceiveCount.ToString(CultureInfo.InvariantCulture));
                Add("ApproximateFirstReceiveTimestamp", message.FirstReceivedAt.Value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
                entry["Attributes"] = attributes;
            }

            received.Add(entry);
        }

        return Ok(received.Count == 0 ? [] : new JsonObject { ["Messages"] = received });
    }

    private static ServiceReply DeleteMessage(SandboxRequest request, QueueState queue)
    {
        var handle = request.Json.GetString("ReceiptHandle");
        var message = queue.Messages.FirstOrDefault(m => m.ReceiptHandle is not null && m.ReceiptHandle == handle);
        if (message is null)
        {
            return Error("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", $"The input receipt handle \"{handle}\" is not a valid receipt handle.");
        }

        queue.Messages.Remove(message);
        return Ok([]);
    }

    private static ServiceReply GetQueueAttributes(SandboxRequest request, QueueState queue) => Ok(new JsonObject
    {
        ["Attributes"] = new JsonObject
        {
            ["QueueArn"] = queue.Arn,
            ["ApproximateNumberOfMessages"] = queue.Messages.Count(m => m.VisibleAt <= request.Now).ToString(CultureInfo.InvariantCulture),
            ["ApproximateNumberOfMessagesNotVisible"] = queue.Messages.Count(m => m.VisibleAt > request.Now).ToString(CultureInfo.InvariantCulture),
            ["CreatedTimestamp"] = queue.Created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["VisibilityTimeout"] = queue.VisibilityTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        },
    });

    private static string? QueueName(SandboxRequest request) => request.Json.GetString("QueueUrl")?.TrimEnd('/').Split('/')[^1];

    private static ServiceReply WithQueue(SandboxRequest request, string? name, Func<QueueState, ServiceReply> action) =>
        name is not null && request.State.Queues.TryGetValue(name, out var queue)
            ? action(queue)
            : Error("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.");

    private static AwsError Error(string code, string queryCode, string message) =>
        new("com.amazonaws.sqs#" + code, message) { QueryCompatibleCode = queryCode };

    // SQS checksums bodies with MD5 and clients verify it; this is the protocol's integrity check, not security.
#pragma warning disable CA5351 // Broken cryptographic algorithm: MD5OfMessageBody is defined as MD5.
    private static string Md5(string body) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body)));
#pragma warning restore CA5351

    private static ServiceReply Ok(JsonObject body) => ServiceReply.Ok(body);
}
