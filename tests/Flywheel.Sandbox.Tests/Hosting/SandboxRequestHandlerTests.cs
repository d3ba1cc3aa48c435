using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Hosting;

public sealed class SandboxRequestHandlerTests
{
    [Fact]
    public async Task Query_WrongSecret_Returns403SignatureDoesNotMatchInRdsEnvelope()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = sandbox.Client.As(sandbox.Account.AccessKeyId, "not-the-secret");

        var reply = await client.QueryAsync("rds", "DescribeDBInstances");

        reply.Status.ShouldBe(403);
        reply.Xml.Name.ToString().ShouldBe("{http://rds.amazonaws.com/doc/2014-10-31/}ErrorResponse");
        reply.First("Type").ShouldBe("Sender");
        reply.ErrorCode.ShouldBe("SignatureDoesNotMatch");
        reply.First("RequestId").ShouldBe(reply.RequestId);
    }

    [Fact]
    public async Task Json_WrongSecret_Returns400InvalidSignatureException()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = sandbox.Client.As(sandbox.Account.AccessKeyId, "not-the-secret");

        var reply = await client.JsonAsync("kms", "TrentService.ListKeys");

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("InvalidSignatureException");
    }

    [Theory]
    [InlineData("rds", 403, "InvalidClientTokenId")]
    [InlineData("sts", 403, "InvalidClientTokenId")]
    [InlineData("ec2", 401, "AuthFailure")]
    public async Task Query_UnknownAccessKey_ReturnsTheServicesCode(string service, int status, string code)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = sandbox.Client.As("AKIAUNKNOWNUNKNOWN00", "whatever");

        var reply = await client.QueryAsync(service, "DescribeSomething");

        reply.Status.ShouldBe(status);
        reply.ErrorCode.ShouldBe(code);
    }

    [Theory]
    [InlineData("kms", "TrentService.ListKeys")]
    [InlineData("secretsmanager", "secretsmanager.ListSecrets")]
    public async Task Json_UnknownAccessKey_ReturnsUnrecognizedClientException(string service, string target)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = sandbox.Client.As("AKIAUNKNOWNUNKNOWN00", "whatever");

        var reply = await client.JsonAsync(service, target);

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("UnrecognizedClientException");
    }

    [Fact]
    public async Task AssumedRoleCredentials_AfterExpiry_AreRejectedWithExpiredToken()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var target = sandbox.Server.Accounts[1].AccountId;
        var assumed = await sandbox.Client.QueryAsync("sts", "AssumeRole", ("RoleArn", $"arn:aws:iam::{target}:role/Audit"), ("RoleSessionName", "s"), ("DurationSeconds", "900"));
        assumed.Status.ShouldBe(200, assumed.Body);
        using var client = sandbox.Client.As(assumed.First("AccessKeyId")!, assumed.First("SecretAccessKey")!, assumed.First("SessionToken"));

        (await client.QueryAsync("sts", "GetCallerIdentity")).First("Account").ShouldBe(target);
        sandbox.Time.Advance(TimeSpan.FromMinutes(16));
        var expired = await client.QueryAsync("sts", "GetCallerIdentity");

        expired.Status.ShouldBe(403);
        expired.ErrorCode.ShouldBe("ExpiredToken");
    }

    [Fact]
    public async Task AssumeRole_AccountOutsideTheSandbox_IsAccessDenied()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("sts", "AssumeRole", ("RoleArn", "arn:aws:iam::999999999999:role/Audit"), ("RoleSessionName", "s"));

        reply.Status.ShouldBe(403);
        reply.ErrorCode.ShouldBe("AccessDenied");
        reply.First("Message").ShouldBe($"User: {sandbox.Account.UserArn} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::999999999999:role/Audit");
    }

    [Fact]
    public async Task Query_UnknownAction_ReturnsInvalidAction()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeNothing");

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("InvalidAction");
        reply.First("Message").ShouldBe("Could not find operation DescribeNothing for version 2014-10-31");
    }

    [Fact]
    public async Task Query_Success_CarriesTheRequestIdInHeaderAndBody()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("sts", "GetCallerIdentity");

        reply.Status.ShouldBe(200);
        reply.Xml.Name.ToString().ShouldBe("{https://sts.amazonaws.com/doc/2011-06-15/}GetCallerIdentityResponse");
        reply.RequestId.ShouldNotBeNullOrEmpty();
        reply.First("RequestId").ShouldBe(reply.RequestId);
    }

    [Fact]
    public async Task ModifyDbInstance_Succeeds_IsRecordedAsCloudTrailEvent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = sandbox.StandaloneInstance();

        await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("DeletionProtection", "true"), ("ApplyImmediately", "true"));

        var recorded = System.Text.Json.Nodes.JsonNode.Parse(sandbox.Server.RecordedEvents.ShouldHaveSingleItem())!;
        recorded["detail-type"]!.GetValue<string>().ShouldBe("AWS API Call via CloudTrail");
        recorded["source"]!.GetValue<string>().ShouldBe("aws.rds");
        recorded["detail"]!["eventName"]!.GetValue<string>().ShouldBe("ModifyDBInstance");
        recorded["detail"]!["eventSource"]!.GetValue<string>().ShouldBe("rds.amazonaws.com");
        recorded["detail"]!["requestParameters"]!["deletionProtection"]!.GetValue<bool>().ShouldBeTrue();
        recorded["detail"]!["recipientAccountId"]!.GetValue<string>().ShouldBe(sandbox.Account.AccountId);
        recorded["time"]!.GetValue<string>().ShouldBe("2026-01-14T10:00:00Z");
    }
}
