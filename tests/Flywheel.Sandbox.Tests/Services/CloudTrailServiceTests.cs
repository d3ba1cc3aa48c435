using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class CloudTrailServiceTests
{
    private const string Target = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";

    [Fact]
    public async Task DescribeTrails_OtherRegion_ShowsTheMultiRegionTrailAsShadowUnlessExcluded()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        using var eu = new SigningClient(sandbox.Server.Endpoint, sandbox.Account.AccessKeyId, sandbox.Account.SecretAccessKey, sandbox.Time) { Region = "eu-west-1" };

        var shadow = await eu.JsonAsync("cloudtrail", Target + "DescribeTrails");
        var own = await eu.JsonAsync("cloudtrail", Target + "DescribeTrails", new JsonObject { ["includeShadowTrails"] = false });

        shadow.Json["trailList"]!.AsArray().ShouldHaveSingleItem()!["HomeRegion"]!.GetValue<string>().ShouldBe("us-east-1");
        own.Json["trailList"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task GetTrailStatus_UnknownTrail_ReturnsTrailNotFoundException()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.JsonAsync("cloudtrail", Target + "GetTrailStatus", new JsonObject { ["Name"] = "nope" });

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("TrailNotFoundException");
    }
}
