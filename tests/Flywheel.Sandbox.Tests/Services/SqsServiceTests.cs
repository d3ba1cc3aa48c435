using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class SqsServiceTests
{
    [Fact]
    public async Task ReceiveMessage_NotDeleted_ReappearsAfterTheVisibilityTimeout()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var url = (await Sqs(sandbox, "CreateQueue", new JsonObject { ["QueueName"] = "work" })).Json["QueueUrl"]!.GetValue<string>();
        var sent = await Sqs(sandbox, "SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "hello" });
        sent.Json["MD5OfMessageBody"]!.GetValue<string>().ShouldBe("5d41402abc4b2a76b9719d911017c592");

        (await Receive(sandbox, url)).Count.ShouldBe(1);
        (await Receive(sandbox, url)).Count.ShouldBe(0);
        sandbox.Time.Advance(TimeSpan.FromSeconds(30));
        var again = await Receive(sandbox, url);

        again.ShouldHaveSingleItem()!["Body"]!.GetValue<string>().ShouldBe("hello");
    }

    [Fact]
    public async Task DeleteMessage_StaleReceiptHandle_IsInvalid()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var url = (await Sqs(sandbox, "CreateQueue", new JsonObject { ["QueueName"] = "work" })).Json["QueueUrl"]!.GetValue<string>();
        await Sqs(sandbox, "SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "hello" });
        var first = (await Receive(sandbox, url))[0]!["ReceiptHandle"]!.GetValue<string>();
        sandbox.Time.Advance(TimeSpan.FromSeconds(30));
        await Receive(sandbox, url);

        var reply = await Sqs(sandbox, "DeleteMessage", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = first });

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("com.amazonaws.sqs#ReceiptHandleIsInvalid");
    }

    [Fact]
    public async Task EventQueue_FailedMutation_DeliversNothing()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", "nope"), ("DeletionProtection", "true"));

        var url = (await Sqs(sandbox, "GetQueueUrl", new JsonObject { ["QueueName"] = "flywheel-events" })).Json["QueueUrl"]!.GetValue<string>();

        (await Receive(sandbox, url)).ShouldBeEmpty();
        sandbox.Server.RecordedEvents.ShouldBeEmpty();
    }

    private static async Task<JsonArray> Receive(TestSandbox sandbox, string url)
    {
        var reply = await Sqs(sandbox, "ReceiveMessage", new JsonObject { ["QueueUrl"] = url, ["MaxNumberOfMessages"] = 10 });
        reply.Status.ShouldBe(200, reply.Body);
        return reply.Json["Messages"] as JsonArray ?? [];
    }

    private static Task<AwsReply> Sqs(TestSandbox sandbox, string operation, JsonObject body) =>
        sandbox.Client.JsonAsync("sqs", "AmazonSQS." + operation, body);
}
