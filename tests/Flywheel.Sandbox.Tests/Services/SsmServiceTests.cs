using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class SsmServiceTests
{
    private const string DisablePublicAccess = "AWSConfigRemediation-DisablePublicAccessToRDSInstance";

    [Fact]
    public async Task StartAutomationExecution_DisablePublicAccess_AppliesThenSucceedsAsTheClockAdvances()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var (identifier, resourceId) = sandbox.Read(s => s.Instances.Values.Where(i => i.ClusterIdentifier is null).Select(i => (i.Identifier, i.DbiResourceId)).First());

        var id = await Start(sandbox, DisablePublicAccess, resourceId);

        (await Status(sandbox, id))["AutomationExecutionStatus"]!.GetValue<string>().ShouldBe("InProgress");
        var instance = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("DBInstanceIdentifier", identifier));
        instance.First("PubliclyAccessible").ShouldBe("false");
        instance.First("DBInstanceStatus").ShouldBe("modifying");
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        (await Status(sandbox, id))["AutomationExecutionStatus"]!.GetValue<string>().ShouldBe("Success");
    }

    [Fact]
    public async Task StartAutomationExecution_InstanceBusy_Fails()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var (identifier, resourceId) = sandbox.Read(s => s.Instances.Values.Where(i => i.ClusterIdentifier is null).Select(i => (i.Identifier, i.DbiResourceId)).First());
        await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("DeletionProtection", "true"), ("ApplyImmediately", "true"));

        var id = await Start(sandbox, DisablePublicAccess, resourceId);

        var execution = await Status(sandbox, id);
        execution["AutomationExecutionStatus"]!.GetValue<string>().ShouldBe("Failed");
        execution["FailureMessage"]!.GetValue<string>().ShouldContain("InvalidDBInstanceState");
    }

    [Fact]
    public async Task StartAutomationExecution_UnknownDocument_ReturnsAutomationDefinitionNotFoundException()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.JsonAsync("ssm", "AmazonSSM.StartAutomationExecution", new JsonObject { ["DocumentName"] = "Nope" });

        reply.ErrorCode.ShouldBe("AutomationDefinitionNotFoundException");
    }

    private static async Task<string> Start(TestSandbox sandbox, string document, string resourceId)
    {
        var reply = await sandbox.Client.JsonAsync("ssm", "AmazonSSM.StartAutomationExecution", new JsonObject
        {
            ["DocumentName"] = document,
            ["Parameters"] = new JsonObject { ["DbiResourceId"] = new JsonArray(resourceId) },
        });
        reply.Status.ShouldBe(200, reply.Body);
        return reply.Json["AutomationExecutionId"]!.GetValue<string>();
    }

    private static async Task<JsonObject> Status(TestSandbox sandbox, string id) =>
        (await sandbox.Client.JsonAsync("ssm", "AmazonSSM.GetAutomationExecution", new JsonObject { ["AutomationExecutionId"] = id })).Json["AutomationExecution"]!.AsObject();
}
