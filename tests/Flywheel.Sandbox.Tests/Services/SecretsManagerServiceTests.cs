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
    public async Task DescribeSecret_RdsManagedSecretAsClockPassesItsDates_RotatedEvery7Days()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var (name, next) = sandbox.Read(s => s.Secrets.Values.Where(x => x.IsRdsManaged).Select(x => (x.Name, x.NextRotationDate!.Value)).First());

        sandbox.Time.Advance(next - TestSandbox.Start - TimeSpan.FromSeconds(1));
        var before = (await Secrets(sandbox, "DescribeSecret", new JsonObject { ["SecretId"] = name })).Json;
        before["NextRotationDate"]!.GetValue<double>().ShouldBe(next.ToUnixTimeSeconds());
        before["LastRotatedDate"]!.GetValue<double>().ShouldBe(next.AddDays(-7).ToUnixTimeSeconds());

        sandbox.Time.Advance(TimeSpan.FromSeconds(1) + TimeSpan.FromDays(14));
        var after = (await Secrets(sandbox, "DescribeSecret", new JsonObject { ["SecretId"] = name })).Json;

        after["OwningService"]!.GetValue<string>().ShouldBe("rds");
        after["RotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
        after["RotationRules"]!["AutomaticallyAfterDays"]!.GetValue<int>().ShouldBe(7);
        after["LastRotatedDate"]!.GetValue<double>().ShouldBe(next.AddDays(14).ToUnixTimeSeconds());
        after["LastChangedDate"]!.GetValue<double>().ShouldBe(next.AddDays(14).ToUnixTimeSeconds());
        after["NextRotationDate"]!.GetValue<double>().ShouldBe(next.AddDays(21).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task DescribeSecret_SecretOfManageMasterUserPasswordAfter7Days_RotatedOnce()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var instance = sandbox.Read(s => s.Instances.Values.First(i => i.ClusterIdentifier is null && i.MasterUserSecretArn is null && i.Status == "available").Identifier);
        var modified = await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", instance), ("ManageMasterUserPassword", "true"), ("ApplyImmediately", "true"));
        modified.Status.ShouldBe(200, modified.Body);
        var arn = modified.First("SecretArn");

        sandbox.Time.Advance(TimeSpan.FromDays(7));
        var secret = (await Secrets(sandbox, "DescribeSecret", new JsonObject { ["SecretId"] = arn })).Json;

        secret["RotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
        secret["RotationRules"]!["AutomaticallyAfterDays"]!.GetValue<int>().ShouldBe(7);
        secret["LastRotatedDate"]!.GetValue<double>().ShouldBe(TestSandbox.Start.AddDays(7).ToUnixTimeSeconds());
        secret["NextRotationDate"]!.GetValue<double>().ShouldBe(TestSandbox.Start.AddDays(14).ToUnixTimeSeconds());
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
