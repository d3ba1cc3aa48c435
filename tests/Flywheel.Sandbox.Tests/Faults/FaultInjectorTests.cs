using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Faults;

public sealed class FaultInjectorTests
{
    // As `flywheel sandbox up --faults` reads its spec.
    private static readonly System.Text.Json.JsonSerializerOptions SpecJson = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly SandboxOptions Throttled = new() { Faults = new SandboxFaultOptions { ThrottleRatePerSecond = 1, ThrottleBurst = 2 } };

    [Theory]
    [InlineData("rds", 400, "Throttling")]
    [InlineData("ec2", 503, "RequestLimitExceeded")]
    [InlineData("sts", 400, "Throttling")]
    public async Task Query_BurstExhausted_ThrottledWithTheServicesCode(string service, int status, string code)
    {
        await using var sandbox = await TestSandbox.StartAsync(Throttled);
        var action = service switch { "rds" => "DescribeDBInstances", "ec2" => "DescribeSubnets", _ => "GetCallerIdentity" };

        (await sandbox.Client.QueryAsync(service, action)).Status.ShouldBe(200);
        (await sandbox.Client.QueryAsync(service, action)).Status.ShouldBe(200);
        var third = await sandbox.Client.QueryAsync(service, action);

        third.Status.ShouldBe(status);
        third.ErrorCode.ShouldBe(code);
    }

    [Fact]
    public async Task Json_BurstExhausted_ThrottlingExceptionUntilTheClockRefills()
    {
        await using var sandbox = await TestSandbox.StartAsync(Throttled);
        await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys");
        await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys");

        var throttled = await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys");
        throttled.Status.ShouldBe(400);
        throttled.ErrorCode.ShouldBe("ThrottlingException");
        (await sandbox.Client.JsonAsync("kms", "TrentService.ListAliases")).Status.ShouldBe(200, "buckets are per operation");

        sandbox.Time.Advance(TimeSpan.FromSeconds(1));

        (await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Throttling_PerAccount_OtherAccountUnaffected()
    {
        await using var sandbox = await TestSandbox.StartAsync(Throttled);
        var other = sandbox.Server.Accounts[1];
        using var otherClient = sandbox.Client.As(other.AccessKeyId, other.SecretAccessKey);
        for (var i = 0; i < 3; i++)
        {
            await sandbox.Client.QueryAsync("rds", "DescribeDBInstances");
        }

        (await otherClient.QueryAsync("rds", "DescribeDBInstances")).Status.ShouldBe(200);
    }

    [Theory]
    [InlineData("rds", "InternalFailure")]
    [InlineData("ec2", "InternalError")]
    public async Task ServerErrorRateOne_Query_Fails500(string service, string code)
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = new SandboxFaultOptions { ServerErrorRate = 1 } });

        var reply = await sandbox.Client.QueryAsync(service, service == "rds" ? "DescribeDBInstances" : "DescribeSubnets");

        reply.Status.ShouldBe(500);
        reply.ErrorCode.ShouldBe(code);
    }

    [Fact]
    public async Task ServerErrorRateOne_Kms_Fails500WithKmsInternalException()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = new SandboxFaultOptions { ServerErrorRate = 1 } });

        var reply = await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys");

        reply.Status.ShouldBe(500);
        reply.ErrorCode.ShouldBe("KMSInternalException");
    }

    [Fact]
    public async Task Faults_ChangedAtRunTime_TakeEffectForTheNextRequest()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        (await sandbox.Client.QueryAsync("rds", "DescribeDBInstances")).Status.ShouldBe(200);

        sandbox.Server.Faults = new SandboxFaultOptions { ServerErrorRate = 1 };

        (await sandbox.Client.QueryAsync("rds", "DescribeDBInstances")).Status.ShouldBe(500);
    }

    [Fact]
    public async Task Latency_WaitsOnTheSandboxClock()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = new SandboxFaultOptions { Latency = TimeSpan.FromSeconds(30) } });

        var pending = sandbox.Client.QueryAsync("sts", "GetCallerIdentity");
        await Task.Yield();
        pending.IsCompleted.ShouldBeFalse();
        while (!pending.IsCompleted)
        {
            sandbox.Time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, TestContext.Current.CancellationToken));
        }

        (await pending).Status.ShouldBe(200);
    }

    [Fact]
    public async Task VanishRateOne_EachRequest_RemovesOneResourceOutOfBand()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { ClusterShare = 0, ManualSnapshotsPerInstance = 0, SecretsPerRegion = 0, SecurityGroupsPerRegion = 0 } });
        var before = sandbox.Read(s => s.Instances.Count);
        sandbox.Server.Faults = new SandboxFaultOptions { VanishRate = 1 };

        var first = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances");
        var second = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances");

        first.All("DBInstanceIdentifier").Count.ShouldBe(before - 1);
        second.All("DBInstanceIdentifier").Count.ShouldBe(before - 2);
        var gone = first.All("DBInstanceIdentifier").Except(second.All("DBInstanceIdentifier")).ShouldHaveSingleItem();
        (await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("DBInstanceIdentifier", gone))).ErrorCode.ShouldBe("DBInstanceNotFound");
    }

    [Fact]
    public void NextLatency_Jitter_UniformWithinTheSpreadAndSameForTheSameSeed()
    {
        var options = new SandboxFaultOptions { Latency = TimeSpan.FromMilliseconds(100), LatencyJitter = TimeSpan.FromMilliseconds(50) };
        var first = new Flywheel.Sandbox.Faults.FaultInjector(options, seed: 7);
        var again = new Flywheel.Sandbox.Faults.FaultInjector(options, seed: 7);
        var other = new Flywheel.Sandbox.Faults.FaultInjector(options, seed: 8);

        var draws = Enumerable.Range(0, 1000).Select(_ => first.NextLatency("rds")).ToList();

        draws.ShouldAllBe(d => d >= TimeSpan.FromMilliseconds(50) && d <= TimeSpan.FromMilliseconds(150));
        draws.Count(d => d < TimeSpan.FromMilliseconds(75)).ShouldBeInRange(200, 300, "a quarter of a uniform spread");
        draws.Count(d => d > TimeSpan.FromMilliseconds(125)).ShouldBeInRange(200, 300, "a quarter of a uniform spread");
        Enumerable.Range(0, 1000).Select(_ => again.NextLatency("rds")).ShouldBe(draws);
        Enumerable.Range(0, 1000).Select(_ => other.NextLatency("rds")).ShouldNotBe(draws);
    }

    [Fact]
    public void NextLatency_JitterLargerThanLatency_NeverNegative()
    {
        var injector = new Flywheel.Sandbox.Faults.FaultInjector(new SandboxFaultOptions { Latency = TimeSpan.FromMilliseconds(10), LatencyJitter = TimeSpan.FromMilliseconds(100) }, seed: 1);

        var draws = Enumerable.Range(0, 200).Select(_ => injector.NextLatency("kms")).ToList();

        draws.ShouldAllBe(d => d >= TimeSpan.Zero);
        draws.ShouldContain(TimeSpan.Zero);
    }

    [Fact]
    public void NextLatency_ServiceNotListed_Zero()
    {
        var injector = new Flywheel.Sandbox.Faults.FaultInjector(new SandboxFaultOptions { Latency = TimeSpan.FromSeconds(1), LatencyJitter = TimeSpan.FromMilliseconds(500), Services = ["kms"] }, seed: 1);

        injector.NextLatency("rds").ShouldBe(TimeSpan.Zero);
        injector.NextLatency("kms").ShouldBeInRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task Latency_ServiceNotListed_ServedWithoutWaiting()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = new SandboxFaultOptions { Latency = TimeSpan.FromHours(1), Services = ["kms"] } });

        var reply = await sandbox.Client.QueryAsync("sts", "GetCallerIdentity").WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System, TestContext.Current.CancellationToken);

        reply.Status.ShouldBe(200);
    }

    [Fact]
    public async Task DropConnectionRateOne_MutatingCall_ConnectionAbortedAndNotServed()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var instance = sandbox.StandaloneInstance();
        sandbox.Server.Faults = new SandboxFaultOptions { DropConnectionRate = 1 };

        await Should.ThrowAsync<HttpRequestException>(() => sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", instance), ("DeletionProtection", "false"), ("ApplyImmediately", "true")));

        sandbox.Read(s => s.Instances[instance].Status).ShouldBe("available");
        sandbox.Server.RecordedEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task DropConnectionRateOne_ServiceNotListed_Answered()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = new SandboxFaultOptions { DropConnectionRate = 1, Services = ["rds"] } });

        (await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys")).Status.ShouldBe(200);
        await Should.ThrowAsync<HttpRequestException>(() => sandbox.Client.QueryAsync("rds", "DescribeDBInstances"));
    }

    [Fact]
    public void SandboxFaultOptions_CamelCaseJson_BindsTheDistributionAndDrops()
    {
        var json = """{"latency": "00:00:00.100", "latencyJitter": "00:00:00.040", "dropConnectionRate": 0.05, "services": ["rds"]}""";

        var options = System.Text.Json.JsonSerializer.Deserialize<SandboxFaultOptions>(json, SpecJson)!;

        options.LatencyJitter.ShouldBe(TimeSpan.FromMilliseconds(40));
        options.DropConnectionRate.ShouldBe(0.05);
        options.AppliesTo("rds").ShouldBeTrue();
        options.AppliesTo("kms").ShouldBeFalse();
    }
}
