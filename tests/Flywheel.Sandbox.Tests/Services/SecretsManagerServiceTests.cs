using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class SecretsManagerServiceTests
{
    [Fact]
    public async Task RotateSecret_NoRotationFunction_ReturnsInvalidRequestException()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var name = sandbox.Read(s => s.Secrets.Values.First(x => x.OwningService is null).Name);

        var reply = await Secrets(sandbox, "RotateSecret", new JsonObject { ["SecretId"] = name });

        reply.ErrorCode.ShouldBe("InvalidRequestException");
        reply.Json["message"]!.GetValue<string>().ShouldBe("No Lambda rotation function ARN is associated with this secret.");
    }

    [Fact]
    public async Task RotateSecret_WithFunction_RotatesNowAndSchedulesTheNext()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var name = sandbox.Read(s => s.Secrets.Values.First(x => x.OwningService is null).Name);

        var rotated = await Secrets(sandbox, "RotateSecret", new JsonObject
        {
            ["SecretId"] = name,
            ["RotationLambdaARN"] = "arn:aws:lambda:us-east-1:111111111111:function:rotate",
            ["RotationRules"] = new JsonObject { ["AutomaticallyAfterDays"] = 30 },
        });
        rotated.Status.ShouldBe(200, rotated.Body);

        var described = (await Secrets(sandbox, "DescribeSecret", new JsonObject { ["SecretId"] = name })).Json;
        described["RotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
        described["LastRotatedDate"]!.GetValue<double>().ShouldBe(TestSandbox.Start.ToUnixTimeSeconds());
        described["NextRotationDate"]!.GetValue<double>().ShouldBe(TestSandbox.Start.AddDays(30).ToUnixTimeSeconds());
        described["VersionIdsToStages"]!.AsObject().Count.ShouldBe(1);
    }

    [Fact]
    public async Task DescribeSecret_Unknown_ReturnsResourceNotFoundException()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await Secrets(sandbox, "DescribeSecret", new JsonObject { ["SecretId"] = "nope" });

        reply.ErrorCode.ShouldBe("ResourceNotFoundException");
    }

    private static Task<AwsReply> Secrets(TestSandbox sandbox, string operation, JsonObject body) =>
        sandbox.Client.JsonAsync("secretsmanager", "secretsmanager." + operation, body);
}
