using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.GuardDuty;
using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Organizations;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.Sts;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Tests.Wire.Protocols;
using Flywheel.Aws.Wire.Retries;
using Ec2Model = Flywheel.Aws.Clients.Ec2.Model;
using GuardDutyModel = Flywheel.Aws.Clients.GuardDuty.Model;
using KmsModel = Flywheel.Aws.Clients.Kms.Model;
using OrganizationsModel = Flywheel.Aws.Clients.Organizations.Model;
using RdsModel = Flywheel.Aws.Clients.Rds.Model;
using StsModel = Flywheel.Aws.Clients.Sts.Model;

namespace Flywheel.Aws.Tests.Wire.Http;

public sealed class AwsWireClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeDBInstances_SignedQueryPost_BindsTypedRecords()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, WireBodies.RdsDescribeDbInstances(marker: null));
        var rds = new RdsApi(harness.Client, WireHarness.Scope("eu-west-1"));

        var result = await harness.RunAsync(rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest { DBInstanceIdentifier = "bluelobster" }, Ct));

        var request = harness.Handler.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Uri.ShouldBe(new Uri("https://rds.eu-west-1.amazonaws.com/"));
        request.Header("Content-Type").ShouldBe("application/x-www-form-urlencoded; charset=utf-8");
        request.Header("X-Amz-Date").ShouldBe("20261123T120000Z");
        request.BodyText.ShouldBe("Action=DescribeDBInstances&Version=2014-10-31&DBInstanceIdentifier=bluelobster");
        SignatureAssert.IsValid(request, WireHarness.Credentials, "eu-west-1", "rds");

        var instance = result.Value!.DBInstances.ShouldHaveSingleItem();
        instance.DBInstanceIdentifier.ShouldBe("bluelobster");
        instance.PubliclyAccessible.ShouldBe(true);
        instance.StorageEncrypted.ShouldBe(false);
        instance.BackupRetentionPeriod.ShouldBe(7);
        instance.InstanceCreateTime.ShouldBe(new DateTimeOffset(2016, 7, 28, 18, 44, 18, 889, TimeSpan.Zero));
        instance.Endpoint!.Port.ShouldBe(3306);
        instance.VpcSecurityGroups!.Select(g => g.VpcSecurityGroupId).ShouldBe(["sg-f9cc4d9f"]);
        instance.DBSubnetGroup!.Subnets!.Select(s => s.SubnetIdentifier).ShouldBe(["subnet-15452171", "subnet-63c97615"]);
        instance.TagList.ShouldBe([new RdsModel.Tag { Key = "owner", Value = "george" }], ignoreOrder: false);
    }

    [Fact]
    public async Task DescribeDBInstancesPages_Marker_FollowsEveryPageAtLargestSize()
    {
        using var harness = new WireHarness();
        harness.Handler
            .Respond(200, WireBodies.RdsDescribeDbInstances("page-2", "db-1"))
            .Respond(200, WireBodies.RdsDescribeDbInstances(marker: null, "db-2"));
        var rds = new RdsApi(harness.Client, WireHarness.Scope());

        var pages = await harness.CollectAsync(rds.DescribeDBInstancesPagesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        pages.Select(p => p.Value!.DBInstances![0].DBInstanceIdentifier).ShouldBe(["db-1", "db-2"]);
        harness.Handler.Requests.Select(r => r.BodyText).ShouldBe(
        [
            "Action=DescribeDBInstances&Version=2014-10-31&MaxRecords=100",
            "Action=DescribeDBInstances&Version=2014-10-31&MaxRecords=100&Marker=page-2",
        ]);
    }

    [Fact]
    public async Task DescribeSecurityGroupsPages_NextToken_FollowsEveryPage()
    {
        using var harness = new WireHarness();
        harness.Handler
            .Respond(200, WireBodies.Ec2DescribeSecurityGroups("tok-2"))
            .Respond(200, WireBodies.Ec2DescribeSecurityGroups(nextToken: null));
        var ec2 = new Ec2Api(harness.Client, WireHarness.Scope("us-west-2"));

        var pages = await harness.CollectAsync(ec2.DescribeSecurityGroupsPagesAsync(new Ec2Model.DescribeSecurityGroupsRequest(), Ct));

        pages.Count.ShouldBe(2);
        var group = pages[0].Value!.SecurityGroups.ShouldHaveSingleItem();
        group.IpPermissions![0].IpRanges![0].CidrIp.ShouldBe("0.0.0.0/0");
        group.IpPermissions[0].FromPort.ShouldBe(5432);
        harness.Handler.Requests[1].BodyText.ShouldBe("Action=DescribeSecurityGroups&Version=2016-11-15&NextToken=tok-2&MaxResults=1000");
        harness.Handler.Requests[1].Uri.ShouldBe(new Uri("https://ec2.us-west-2.amazonaws.com/"));
        SignatureAssert.IsValid(harness.Handler.Requests[1], WireHarness.Credentials, "us-west-2", "ec2");
    }

    [Fact]
    public async Task ListKeysPages_NextMarker_SendsTargetHeaderAndFollowsMarker()
    {
        using var harness = new WireHarness();
        harness.Handler
            .Respond(200, """{"Keys":[{"KeyArn":"arn:aws:kms:us-east-1:123456789012:key/k1","KeyId":"k1"}],"NextMarker":"m2","Truncated":true}""", "application/x-amz-json-1.1")
            .Respond(200, """{"Keys":[{"KeyArn":"arn:aws:kms:us-east-1:123456789012:key/k2","KeyId":"k2"}],"Truncated":false}""", "application/x-amz-json-1.1");
        var kms = new KmsApi(harness.Client, WireHarness.Scope());

        var pages = await harness.CollectAsync(kms.ListKeysPagesAsync(new KmsModel.ListKeysRequest(), Ct));

        pages.SelectMany(p => p.Value!.Keys!).Select(k => k.KeyId).ShouldBe(["k1", "k2"]);
        var first = harness.Handler.Requests[0];
        first.Header("X-Amz-Target").ShouldBe("TrentService.ListKeys");
        first.Header("Content-Type").ShouldBe("application/x-amz-json-1.1");
        first.BodyText.ShouldBe("""{"Limit":1000}""");
        harness.Handler.Requests[1].BodyText.ShouldBe("""{"Limit":1000,"Marker":"m2"}""");
        SignatureAssert.IsValid(first, WireHarness.Credentials, "us-east-1", "kms");
    }

    [Fact]
    public async Task GetDetector_RestJson_SignsGetWithPath()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, """{"createdAt":"2023-04-18T09:10:11.000Z","findingPublishingFrequency":"SIX_HOURS","status":"ENABLED","tags":{}}""", "application/json");
        var guardDuty = new GuardDutyApi(harness.Client, WireHarness.Scope("us-gov-west-1"));

        var result = await harness.RunAsync(guardDuty.GetDetectorAsync(new GuardDutyModel.GetDetectorRequest { DetectorId = "12abc34d" }, Ct));

        result.Value!.Status.ShouldBe("ENABLED");
        result.Value.FindingPublishingFrequency.ShouldBe("SIX_HOURS");
        var request = harness.Handler.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("GET");
        request.Uri.ShouldBe(new Uri("https://guardduty.us-gov-west-1.amazonaws.com/detector/12abc34d"));
        request.Body.ShouldBeEmpty();
        SignatureAssert.IsValid(request, WireHarness.Credentials, "us-gov-west-1", "guardduty");
    }

    [Fact]
    public async Task ListAccounts_GlobalService_SignsForUsEast1()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, """{"Accounts":[{"Id":"123456789012","Arn":"arn:aws:organizations::111111111111:account/o-x/123456789012","Name":"prod","Status":"ACTIVE","JoinedTimestamp":1.6E9}]}""", "application/x-amz-json-1.1");
        var organizations = new OrganizationsApi(harness.Client, WireHarness.Scope("eu-central-1"));

        var result = await harness.RunAsync(organizations.ListAccountsAsync(new OrganizationsModel.ListAccountsRequest(), Ct));

        result.Value!.Accounts.ShouldHaveSingleItem().JoinedTimestamp.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1_600_000_000));
        var request = harness.Handler.Requests.ShouldHaveSingleItem();
        request.Uri.Host.ShouldBe("organizations.us-east-1.amazonaws.com");
        request.Header("X-Amz-Target").ShouldBe("AWSOrganizationsV20161128.ListAccounts");
        SignatureAssert.IsValid(request, WireHarness.Credentials, "us-east-1", "organizations");
    }

    [Fact]
    public async Task GetCallerIdentity_EndpointOverride_SendsToSandboxButSignsForRealRegion()
    {
        using var harness = new WireHarness(endpointUrl: new Uri("http://127.0.0.1:4566"));
        harness.Handler.Respond(200, """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/flywheel</Arn>
                <UserId>AIDAEXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """);
        var sts = new StsApi(harness.Client, WireHarness.Scope("eu-west-2"));

        var result = await harness.RunAsync(sts.GetCallerIdentityAsync(new StsModel.GetCallerIdentityRequest(), Ct));

        result.Value!.Account.ShouldBe("123456789012");
        var request = harness.Handler.Requests.ShouldHaveSingleItem();
        request.Uri.ShouldBe(new Uri("http://127.0.0.1:4566/"));
        SignatureAssert.IsValid(request, WireHarness.Credentials, "eu-west-2", "sts");
    }

    [Fact]
    public async Task DescribeDBInstances_ThrottledTwiceThenOk_RetriesWithBackoff()
    {
        using var harness = new WireHarness();
        harness.Handler
            .Respond(400, WireBodies.QueryError("Sender", "Throttling", "Rate exceeded", "r1"))
            .Respond(400, WireBodies.QueryError("Sender", "Throttling", "Rate exceeded", "r2"))
            .Respond(200, WireBodies.RdsDescribeDbInstances(marker: null));
        var rds = new RdsApi(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        result.Succeeded.ShouldBeTrue();
        var times = harness.Handler.Requests.Select(r => r.At).ToList();
        times.Count.ShouldBe(3);
        // Jitter is fixed at 0.5: 0.5 × 1 s, then 0.5 × 2 s (the fake clock moves in 100 ms steps).
        (times[1] - times[0]).ShouldBeInRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(600));
        (times[2] - times[1]).ShouldBeInRange(TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(1100));
        // Two retries took 5 tokens each; the success refunded the last retry's cost.
        harness.Quota.Available.ShouldBe(495);
    }

    [Fact]
    public async Task DescribeDBInstances_ThrottledEveryTime_GivesUpAfterThreeAttempts()
    {
        using var harness = new WireHarness();
        for (var i = 0; i < 3; i++)
        {
            harness.Handler.Respond(400, WireBodies.QueryError("Sender", "Throttling", "Rate exceeded", "r" + i));
        }

        var rds = new RdsApi(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        result.Error.ShouldBe(new Flywheel.Aws.Wire.AwsError("rds", "DescribeDBInstances", "Throttling", "Rate exceeded", "r2", 400, true, false));
        harness.Handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task DescribeKey_AccessDenied_IsNotRetried()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(400, """{"__type":"AccessDeniedException","message":"not authorized to perform: kms:DescribeKey"}""", "application/x-amz-json-1.1", ("x-amzn-RequestId", "kms-1"));
        var kms = new KmsApi(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(kms.DescribeKeyAsync(new KmsModel.DescribeKeyRequest { KeyId = "alias/aws/rds" }, Ct));

        result.Error!.Code.ShouldBe("AccessDeniedException");
        result.Error.Message.ShouldBe("not authorized to perform: kms:DescribeKey");
        result.Error.RequestId.ShouldBe("kms-1");
        result.Error.IsRetryable.ShouldBeFalse();
        harness.Handler.Requests.Count.ShouldBe(1);
        harness.Quota.Available.ShouldBe(500);
    }

    [Fact]
    public async Task DescribeSubnets_QuotaExhausted_FailsWithoutRetrying()
    {
        using var harness = new WireHarness(new RetryOptions { InitialRetryTokens = 7 });
        harness.Handler
            .Respond(503, WireBodies.Ec2Error("Unavailable", "Service unavailable", "e1"))
            .Respond(503, WireBodies.Ec2Error("Unavailable", "Service unavailable", "e2"));
        var ec2 = new Ec2Api(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(ec2.DescribeSubnetsAsync(new Ec2Model.DescribeSubnetsRequest(), Ct));

        // 7 tokens pay for one retry (5); the second would need 5 more.
        result.Error!.RequestId.ShouldBe("e2");
        result.Error.IsTransient.ShouldBeTrue();
        harness.Handler.Requests.Count.ShouldBe(2);
        harness.Quota.Available.ShouldBe(2);
    }

    [Fact]
    public async Task DescribeRegions_ConnectionError_IsRetriedAsTransient()
    {
        using var harness = new WireHarness();
        harness.Handler
            .Fail("Connection refused (ec2.us-east-1.amazonaws.com:443)")
            .Respond(200, """
                <DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
                  <requestId>req</requestId>
                  <regionInfo>
                    <item><regionName>eu-west-1</regionName><regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>
                  </regionInfo>
                </DescribeRegionsResponse>
                """);
        var ec2 = new Ec2Api(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(ec2.DescribeRegionsAsync(new Ec2Model.DescribeRegionsRequest(), Ct));

        result.Value!.Regions.ShouldHaveSingleItem().RegionName.ShouldBe("eu-west-1");
        harness.Handler.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task DescribeDBInstances_UnknownRegion_FailsWithoutSending()
    {
        using var harness = new WireHarness();
        var rds = new RdsApi(harness.Client, WireHarness.Scope("mars-central-1"));

        var result = await harness.RunAsync(rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        result.Error!.Code.ShouldBe("UnknownEndpoint");
        result.Error.Message.ShouldBe("Region 'mars-central-1' belongs to no known partition.");
        harness.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task EnableKeyRotation_NoOutput_Succeeds()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, "", "application/x-amz-json-1.1");
        var kms = new KmsApi(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(kms.EnableKeyRotationAsync(new KmsModel.EnableKeyRotationRequest { KeyId = "k1", RotationPeriodInDays = 365 }, Ct));

        result.Succeeded.ShouldBeTrue();
        harness.Handler.Requests.ShouldHaveSingleItem().BodyText.ShouldBe("""{"KeyId":"k1","RotationPeriodInDays":365}""");
    }

    [Fact]
    public async Task AdaptiveMode_Throttling_EnablesTheLimiterForThatAccountRegionAndApi()
    {
        using var harness = new WireHarness(new RetryOptions { Mode = RetryMode.Adaptive });
        harness.Handler
            .Respond(400, WireBodies.QueryError("Sender", "Throttling", "Rate exceeded", "r1"))
            .Respond(200, WireBodies.RdsDescribeDbInstances(marker: null));
        var rds = new RdsApi(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        result.Succeeded.ShouldBeTrue();
        harness.Limiters.Count.ShouldBe(1);
        harness.Limiters.For(new RateLimitKey("123456789012", "us-east-1", "rds", "DescribeDBInstances")).Enabled.ShouldBeTrue();
    }

    [Fact]
    public async Task AssumeRole_Credentials_AreBoundButNeverPrinted()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, """
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <AssumedRoleUser>
                  <Arn>arn:aws:sts::123456789012:assumed-role/flywheel-scan/scan</Arn>
                  <AssumedRoleId>AROA3XFRBF535PLBIFPI4:scan</AssumedRoleId>
                </AssumedRoleUser>
                <Credentials>
                  <AccessKeyId>ASIAJEXAMPLEXEG2JICEA</AccessKeyId>
                  <SecretAccessKey>9drTJvcXLB89EXAMPLELB8923FB892xMFI</SecretAccessKey>
                  <SessionToken>AQoXdzELDDY//////////wEaoAK1wvxJY12r2IrDFT2IvAzTCn3zHoZ7YNtpiQLF0MqZye/qwjzP2iEXAMPLE</SessionToken>
                  <Expiration>2026-11-23T13:00:00Z</Expiration>
                </Credentials>
              </AssumeRoleResult>
              <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
            </AssumeRoleResponse>
            """);
        var sts = new StsApi(harness.Client, WireHarness.Scope());

        var result = await harness.RunAsync(sts.AssumeRoleAsync(new StsModel.AssumeRoleRequest { RoleArn = "arn:aws:iam::123456789012:role/flywheel-scan", RoleSessionName = "scan" }, Ct));

        var credentials = result.Value!.Credentials!;
        credentials.SecretAccessKey.ShouldBe("9drTJvcXLB89EXAMPLELB8923FB892xMFI");
        credentials.Expiration.ShouldBe(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero));
        result.Value.ToString().ShouldNotContain("9drTJvcXLB89EXAMPLELB8923FB892xMFI");
        result.Value.ToString().ShouldNotContain("AQoXdzELDDY");
        credentials.ToString().ShouldBe("Credentials { AccessKeyId = ASIAJEXAMPLEXEG2JICEA, Expiration = 2026-11-23T13:00:00.0000000+00:00 }");
    }

    [Fact]
    public async Task DescribeDBInstances_CancelledDuringBackoff_Throws()
    {
        using var harness = new WireHarness();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        harness.Handler.Respond(400, WireBodies.QueryError("Sender", "Throttling", "Rate exceeded", "r1"));
        var rds = new RdsApi(harness.Client, WireHarness.Scope());

        var call = rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), cancellation.Token);
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(call);
        harness.Handler.Requests.Count.ShouldBe(1);
    }
}
