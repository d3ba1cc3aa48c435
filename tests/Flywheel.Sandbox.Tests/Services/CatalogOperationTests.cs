using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

/// <summary>The read operations around the databases and the organization.</summary>
public sealed class CatalogOperationTests
{
    [Fact]
    public async Task ListAccounts_MemberAccount_IsAccessDenied()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var member = sandbox.Server.Accounts[1];
        using var client = sandbox.Client.As(member.AccessKeyId, member.SecretAccessKey);

        var reply = await client.JsonAsync("organizations", "AWSOrganizationsV20161128.ListAccounts");

        reply.ErrorCode.ShouldBe("AccessDeniedException");
        (await sandbox.Client.JsonAsync("organizations", "AWSOrganizationsV20161128.ListAccounts")).Json["Accounts"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task ListGrants_EncryptedInstanceKey_HasTheRdsGrantConstrainedToTheInstance()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var (keyArn, resourceId) = sandbox.Read(s => s.Instances.Values.Where(i => i.KmsKeyId is not null).Select(i => (i.KmsKeyId!, i.DbiResourceId)).First());

        var reply = await sandbox.Client.JsonAsync("kms", "TrentService.ListGrants", new JsonObject { ["KeyId"] = keyArn });

        reply.Status.ShouldBe(200, reply.Body);
        var grants = reply.Json["Grants"]!.AsArray();
        grants.ShouldContain(g => g!["GranteePrincipal"]!.GetValue<string>() == "rds.us-east-1.amazonaws.com"
            && g["Constraints"]!["EncryptionContextSubset"]!["aws:rds:db-id"]!.GetValue<string>() == resourceId);
    }

    [Fact]
    public async Task DescribeDbEngineVersions_IncludeAll_AddsDeprecatedVersions()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var available = await sandbox.Client.QueryAsync("rds", "DescribeDBEngineVersions", ("Engine", "mysql"));
        var all = await sandbox.Client.QueryAsync("rds", "DescribeDBEngineVersions", ("Engine", "mysql"), ("IncludeAll", "true"));

        available.Xml.Descendants().Where(e => e.Name.LocalName == "DBEngineVersion").Select(e => e.Elements().First(x => x.Name.LocalName == "EngineVersion").Value).ShouldBe(["8.0.39", "8.0.40", "8.4.3"]);
        all.Xml.Descendants().Where(e => e.Name.LocalName == "DBEngineVersion").Select(e => e.Elements().First(x => x.Name.LocalName == "Status").Value).ShouldContain("deprecated");
    }

    [Fact]
    public async Task DescribeDbMajorEngineVersions_Mysql57_StandardSupportEnded()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBMajorEngineVersions", ("Engine", "mysql"), ("MajorEngineVersion", "5.7"));

        reply.All("LifecycleSupportName").ShouldBe(["open-source-rds-standard-support", "open-source-rds-extended-support"]);
        reply.All("LifecycleSupportEndDate").ShouldBe(["2024-02-29T00:00:00.000Z", "2027-02-28T00:00:00.000Z"]);
    }

    [Fact]
    public async Task DescribeDbProxies_Unknown_Returns404DBProxyNotFoundFault()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBProxies", ("DBProxyName", "nope"));

        reply.Status.ShouldBe(404);
        reply.ErrorCode.ShouldBe("DBProxyNotFoundFault");
    }

    [Fact]
    public async Task DescribeRegions_AllRegions_ShowsOptInRegionsNotOptedIn()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("ec2", "DescribeRegions", ("AllRegions", "true"));

        reply.All("regionName").ShouldBe(["us-east-1", "eu-west-1", "af-south-1", "ap-east-1", "me-south-1"]);
        reply.All("optInStatus").Count(s => s == "not-opted-in").ShouldBe(3);
    }
}
