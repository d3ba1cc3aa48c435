using System.Text.Json;
using Flywheel.Aws.Collection;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Aws.Wire.Signing;
using Flywheel.Core.Inventory;
using Flywheel.Sandbox;
using Shouldly;

namespace Flywheel.Aws.Tests.Collection;

public sealed class LiveCollectorTests
{
    private static readonly string[] Regions = ["us-east-1", "eu-west-1"];

    private static readonly string[] ListCommands =
    [
        "describe-db-instances", "describe-db-clusters", "describe-db-snapshots", "describe-db-cluster-snapshots",
        "describe-db-parameter-groups", "describe-db-cluster-parameter-groups", "describe-option-groups", "describe-db-proxies",
        "describe-event-subscriptions", "describe-db-instance-automated-backups", "describe-db-major-engine-versions",
        "list-keys", "list-aliases", "describe-security-groups", "describe-subnets", "describe-route-tables", "list-secrets",
        "describe-trails", "list-detectors",
    ];

    [Fact]
    public async Task CollectAsync_SandboxEstate_WritesEveryListCallOfEveryAccountRegionOnce()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 2, Regions = Regions, InstancesPerRegion = 6 });

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(Regions));

        sink.Duplicates.ShouldBeEmpty();
        sink.Completed.Count.ShouldBe(4);
        report.Regions.Count.ShouldBe(4);
        report.FailedCalls.ShouldBe(0, string.Join("\n", report.Regions.SelectMany(r => r.Failures)));
        foreach (var account in sandbox.Server.Accounts)
        {
            foreach (var region in Regions)
            {
                foreach (var command in ListCommands)
                {
                    sink.Of(account.AccountId, region, command).Count(c => c.Key.ResourceKey is null).ShouldBe(1, $"{account.AccountId}/{region} {command}");
                }

                sink.Document(account.AccountId, region, "rds", "describe-db-instances").GetProperty("DBInstances").GetArrayLength().ShouldBe(6);
            }
        }
    }

    [Fact]
    public async Task CollectAsync_Snapshots_AsksSharingAttributesOfShareableManualSnapshotsOnly()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], InstancesPerRegion = 40, ClusterShare = 0.5 });
        var account = sandbox.Server.Accounts[0].AccountId;

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]));

        var awsManagedKeys = sink.Document(account, "us-east-1", "kms", "list-aliases").GetProperty("Aliases").EnumerateArray()
            .Where(a => a.GetProperty("AliasName").GetString()!.StartsWith("alias/aws/", StringComparison.Ordinal))
            .Select(a => $"arn:aws:kms:us-east-1:{account}:key/{a.GetProperty("TargetKeyId").GetString()}")
            .ToHashSet();
        bool Shareable(JsonElement s, string encrypted) =>
            !s.GetProperty(encrypted).GetBoolean() || !awsManagedKeys.Contains(s.GetProperty("KmsKeyId").GetString()!);

        var snapshots = sink.Document(account, "us-east-1", "rds", "describe-db-snapshots").GetProperty("DBSnapshots").EnumerateArray().ToArray();
        var manual = snapshots.Where(s => s.GetProperty("SnapshotType").GetString() == "manual").ToArray();
        var shareable = manual.Where(s => Shareable(s, "Encrypted")).Select(s => s.GetProperty("DBSnapshotIdentifier").GetString()).Order().ToArray();
        snapshots.Length.ShouldBeGreaterThan(manual.Length, "the estate has automated snapshots too");
        shareable.ShouldNotBeEmpty();
        shareable.Length.ShouldBeLessThan(manual.Length, "the estate has manual snapshots encrypted with aws/rds, which AWS never shares");
        sink.Of(account, "us-east-1", "describe-db-snapshot-attributes").Select(c => c.Key.ResourceKey).Order().ShouldBe(shareable);
        Requests(report, "rds", "DescribeDBSnapshotAttributes").ShouldBe(shareable.Length);

        var clusterSnapshots = sink.Document(account, "us-east-1", "rds", "describe-db-cluster-snapshots").GetProperty("DBClusterSnapshots").EnumerateArray();
        var manualCluster = clusterSnapshots.Where(s => s.GetProperty("SnapshotType").GetString() == "manual" && Shareable(s, "StorageEncrypted"))
            .Select(s => s.GetProperty("DBClusterSnapshotIdentifier").GetString()).Order().ToArray();
        sink.Of(account, "us-east-1", "describe-db-cluster-snapshot-attributes").Select(c => c.Key.ResourceKey).Order().ShouldBe(manualCluster);
    }

    [Fact]
    public async Task CollectAsync_EngineCatalogue_FetchedOncePerRegionForAllAccounts()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 3, Regions = ["us-east-1"], InstancesPerRegion = 6 });

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]));

        var engines = sandbox.Server.Accounts
            .SelectMany(a => sink.Of(a.AccountId, "us-east-1", "describe-db-engine-versions").Select(c => c.Key.ResourceKey))
            .Distinct()
            .Count();
        engines.ShouldBeGreaterThan(1);
        Requests(report, "rds", "DescribeDBEngineVersions").ShouldBe(engines);
        Requests(report, "rds", "DescribeDBMajorEngineVersions").ShouldBe(1);
        sink.Of(sandbox.Server.Accounts[2].AccountId, "us-east-1", "describe-db-major-engine-versions").Single().Value.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task CollectAsync_KmsKeys_RotationAskedOnlyOfKeysKmsCanRotate()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], KeysPerRegion = 2 });
        var account = sandbox.Server.Accounts[0].AccountId;

        var (_, sink) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]));

        var keys = sink.Of(account, "us-east-1", "describe-key")
            .Select(c => JsonDocument.Parse(c.Value.Json!).RootElement.GetProperty("KeyMetadata"))
            .ToDictionary(m => m.GetProperty("KeyId").GetString()!);
        var rotatable = keys.Where(k => k.Value.GetProperty("KeyManager").GetString() == "CUSTOMER" && k.Value.GetProperty("KeySpec").GetString() == "SYMMETRIC_DEFAULT").Select(k => k.Key).Order().ToArray();
        var customer = keys.Where(k => k.Value.GetProperty("KeyManager").GetString() == "CUSTOMER").Select(k => k.Key).Order().ToArray();
        rotatable.Length.ShouldBe(2);
        customer.Length.ShouldBe(4, "two symmetric, one RSA and one HMAC key");
        sink.Of(account, "us-east-1", "get-key-rotation-status").Select(c => c.Key.ResourceKey).Order().ShouldBe(rotatable);
        sink.Of(account, "us-east-1", "list-key-rotations").Select(c => c.Key.ResourceKey).Order().ShouldBe(rotatable);
        sink.Of(account, "us-east-1", "get-key-policy").Select(c => c.Key.ResourceKey).Order().ShouldBe(customer);
        sink.Of(account, "us-east-1", "list-grants").Select(c => c.Key.ResourceKey).Order().ShouldBe(customer);
    }

    [Fact]
    public async Task CollectAsync_AwsManagedKeys_KnownFromTheirAliasesAndNotDescribed()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], KeysPerRegion = 2 });
        var account = sandbox.Server.Accounts[0].AccountId;

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]));

        var listed = sink.Document(account, "us-east-1", "kms", "list-keys").GetProperty("Keys").EnumerateArray().Select(k => k.GetProperty("KeyId").GetString()!).ToArray();
        var awsManaged = sink.Document(account, "us-east-1", "kms", "list-aliases").GetProperty("Aliases").EnumerateArray()
            .Where(a => a.GetProperty("AliasName").GetString()!.StartsWith("alias/aws/", StringComparison.Ordinal))
            .Select(a => a.GetProperty("TargetKeyId").GetString()!)
            .ToArray();
        awsManaged.Length.ShouldBe(2, "aws/rds and aws/secretsmanager");
        sink.Of(account, "us-east-1", "describe-key").Select(c => c.Key.ResourceKey).Order().ShouldBe(listed.Except(awsManaged).Order());
        Requests(report, "kms", "DescribeKey").ShouldBe(listed.Length - awsManaged.Length);
    }

    [Fact]
    public async Task CollectAsync_GrantsNotWanted_NoListGrantsCall()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], KeysPerRegion = 2 });
        var account = sandbox.Server.Accounts[0].AccountId;

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]), notCollected: new HashSet<Dataset> { Dataset.KmsGrants });

        sink.Of(account, "us-east-1", "list-grants").ShouldBeEmpty();
        Requests(report, "kms", "ListGrants").ShouldBe(0);
        sink.Of(account, "us-east-1", "get-key-policy").Count().ShouldBe(4, "the customer managed keys are still collected");
    }

    [Fact]
    public async Task CollectAsync_AccountWithoutCredentials_WritesItsReasonForEveryListCallAndCollectsTheOthers()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 2, Regions = ["us-east-1"] });
        var good = sandbox.Server.Accounts[0];
        var targets = new[]
        {
            new CollectionTarget(good.AccountId, ["us-east-1"], SandboxCollection.Credentials(good)),
            new CollectionTarget("999999999999", ["us-east-1"], new FailedCredentialsSource("could not assume arn:aws:iam::999999999999:role/audit: AccessDenied")),
        };

        var (report, sink) = await sandbox.CollectAsync(targets);

        var failed = report.Regions.Single(r => r.AccountId == "999999999999");
        failed.Calls.ShouldBe(ListCommands.Length, "every list call; per-resource calls need a listing first");
        sink.Calls.Where(c => c.Key.AccountId == "999999999999" && c.Key.Command != "describe-db-major-engine-versions")
            .ShouldAllBe(c => !c.Value.Succeeded, "only AWS's engine catalogue, shared by the accounts of a region, may come from the other account's call");
        sink.Of("999999999999", "us-east-1", "describe-db-instances").Single().Value.Error
            .ShouldBe("An error occurred (CredentialsUnavailable) when calling the DescribeDBInstances operation: could not assume arn:aws:iam::999999999999:role/audit: AccessDenied");
        report.Regions.Single(r => r.AccountId == good.AccountId).FailedCalls.ShouldBe(0);
        report.Requests.ShouldAllBe(r => r.Failed == 0, "the failed account sent no request");
    }

    [Fact]
    public async Task CollectAsync_WrongSecret_RecordsTheServicesSignatureError()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"] });
        var account = sandbox.Server.Accounts[0];
        var target = new CollectionTarget(account.AccountId, ["us-east-1"], new StaticCredentialsSource(new AwsCredentials(account.AccessKeyId, "not-the-secret")));

        var (_, sink) = await sandbox.CollectAsync([target]);

        sink.Of(account.AccountId, "us-east-1", "describe-db-instances").Single().Value.Error.ShouldStartWith("An error occurred (SignatureDoesNotMatch) when calling the DescribeDBInstances operation:");
        sink.Of(account.AccountId, "us-east-1", "list-keys").Single().Value.Error.ShouldStartWith("An error occurred (InvalidSignatureException) when calling the ListKeys operation:");
    }

    [Fact]
    public async Task CollectAsync_ServerErrors_RetriesAndEveryCallEndsCollectedOrReported()
    {
        await using var sandbox = await SandboxCollection.StartAsync(new SandboxEstateSpec { Accounts = 1, Regions = Regions, InstancesPerRegion = 10 }, new SandboxFaultOptions { ServerErrorRate = 0.2 });

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(Regions), retry: new RetryOptions { Mode = RetryMode.Adaptive, TransientBaseDelay = TimeSpan.FromMilliseconds(5), ThrottlingBaseDelay = TimeSpan.FromMilliseconds(5) });

        report.Requests.Sum(r => r.Failed).ShouldBeGreaterThan(0, "the sandbox answered some requests with 500");
        sink.Completed.Count.ShouldBe(2);
        foreach (var region in Regions)
        {
            foreach (var command in ListCommands)
            {
                var call = sink.Of(sandbox.Server.Accounts[0].AccountId, region, command).Single(c => c.Key.ResourceKey is null).Value;
                // Collected, or reported with the service's own error (InternalFailure, KMSInternalException, …).
                (call.Succeeded || call.Error!.StartsWith("An error occurred (", StringComparison.Ordinal)).ShouldBeTrue($"{region} {command}: {call.Error}");
            }
        }

        var succeeded = sink.Calls.Count(c => c.Value.Succeeded);
        succeeded.ShouldBeGreaterThan(sink.Calls.Count * 9 / 10, "standard retries recover most 500s");
    }

    [Fact]
    public async Task CollectAsync_Throttling_AdaptiveModeSlowsDownAndCompletes()
    {
        await using var sandbox = await SandboxCollection.StartAsync(
            new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], InstancesPerRegion = 10 },
            new SandboxFaultOptions { ThrottleRatePerSecond = 20, ThrottleBurst = 2 });

        var (report, sink) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]), maxConcurrency: 16, retry: new RetryOptions { Mode = RetryMode.Adaptive, MaxAttempts = 10, ThrottlingBaseDelay = TimeSpan.FromMilliseconds(20) });

        report.Requests.Sum(r => r.Throttled).ShouldBeGreaterThan(0, "the per-API token buckets throttled some requests");
        sink.Calls.Values.Where(c => !c.Succeeded).Select(c => c.Error).ShouldBeEmpty();
    }

    /// <summary>
    /// A regression guard on the calls of one account-region shaped like the scale scenario's (bench/scale): 101
    /// requests for 250 instances when this account fetches AWS's catalogue (engine versions, default parameter
    /// groups) alone; spread over 20 accounts the scenario makes 0.35 per instance. The issue's target is 0.3.
    /// </summary>
    [Fact]
    public async Task CollectAsync_BenchmarkShapedRegion_StaysWithinTheMeasuredRequestBudget()
    {
        // Two accounts, collected as a scan does (grants skipped): the region's catalogue is shared by both. The 20-account
        // scale scenario (bench/scale/live-scan.sh) amortises it further, to 0.295 per instance.
        await using var sandbox = await SandboxCollection.StartAsync(BenchmarkShape(accounts: 2));

        var (report, _) = await sandbox.CollectAsync(sandbox.Targets(["us-east-1"]), notCollected: new HashSet<Dataset> { Dataset.KmsGrants });

        report.FailedCalls.ShouldBe(0);
        var perInstance = report.TotalRequests / 500.0;
        perInstance.ShouldBeLessThanOrEqualTo(0.33, string.Join(", ", report.Requests.Select(r => $"{r.Service}.{r.Operation}={r.Requests}")));
        Requests(report, "rds", "DescribeDBInstances").ShouldBe(6, "250 instances in pages of 100, in each account");
    }

    internal static SandboxEstateSpec BenchmarkShape(int accounts) => new()
    {
        Accounts = accounts,
        Regions = ["us-east-1"],
        InstancesPerRegion = 250,
        ManualSnapshotsPerInstance = 0.1,
        KeysPerRegion = 3,
        SecretsPerRegion = 10,
        SecurityGroupsPerRegion = 10,
    };

    private static long Requests(LiveCollectionReport report, string service, string operation) =>
        report.Requests.Where(r => r.Service == service && r.Operation == operation).Sum(r => r.Requests);
}
