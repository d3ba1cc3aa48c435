using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Generation;

public sealed class EstateGeneratorTests
{
    [Fact]
    public async Task Generate_SameSeed_SameEstate()
    {
        await using var first = await TestSandbox.StartAsync();
        await using var second = await TestSandbox.StartAsync();

        Fingerprint(second).ShouldBe(Fingerprint(first));
        second.Server.Accounts.ShouldBe(first.Server.Accounts);
    }

    [Fact]
    public async Task Generate_OtherSeed_OtherEstate()
    {
        await using var first = await TestSandbox.StartAsync();
        await using var second = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { Seed = 7 } });

        Fingerprint(second).ShouldNotBe(Fingerprint(first));
    }

    [Fact]
    public async Task Generate_Spec_AccountsRegionsAndCountsAsAsked()
    {
        var spec = new SandboxEstateSpec { Accounts = 3, Regions = ["eu-central-1"], InstancesPerRegion = 10, ClusterShare = 0.4, KeysPerRegion = 4, SecretsPerRegion = 3 };
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });

        sandbox.Server.Accounts.Count.ShouldBe(3);
        sandbox.Server.Accounts.Select(a => a.AccountId).ShouldAllBe(id => id.Length == 12);
        var (instances, clusters, customerKeys) = sandbox.Read(s => (s.Instances.Count, s.Clusters.Count, s.Keys.Values.Count(k => k.KeyManager == "CUSTOMER" && k.KeySpec == "SYMMETRIC_DEFAULT")), "eu-central-1");
        instances.ShouldBe(10);
        clusters.ShouldBe(2);
        customerKeys.ShouldBe(4);
        sandbox.Read(s => s.Instances.Count).ShouldBe(0);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 20)]
    public async Task Generate_MisconfigurationRate_DrivesPublicInstances(double rate, int expectedPublic)
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 20, MisconfigurationRate = rate } });

        sandbox.Read(s => s.Instances.Values.Count(i => i.PubliclyAccessible)).ShouldBe(expectedPublic);
    }

    [Fact]
    public async Task Generate_PerKindRate_OverridesTheGeneralRateForThatKindOnly()
    {
        var spec = new SandboxEstateSpec { InstancesPerRegion = 20, MisconfigurationRate = 0, MisconfigurationRates = new Dictionary<string, double> { ["public-access"] = 1 } };
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });

        sandbox.Read(s => s.Instances.Values.Where(i => i.ClusterIdentifier is null).ToList()).ShouldAllBe(i => i.PubliclyAccessible && i.StorageEncrypted && i.DeletionProtection);
    }

    [Fact]
    public async Task Generate_PerKindRate_DoesNotReshuffleTheRestOfTheEstate()
    {
        await using var baseline = await TestSandbox.StartAsync();
        await using var tuned = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRates = new Dictionary<string, double> { ["open-ingress"] = 1 } } });

        tuned.Read(s => s.Instances.Keys.ToList()).ShouldBe(baseline.Read(s => s.Instances.Keys.ToList()));
        tuned.Read(s => s.Keys.Keys.ToList()).ShouldBe(baseline.Read(s => s.Keys.Keys.ToList()));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.1, 20)]
    [InlineData(1.0, 200)]
    [InlineData(2.5, 500)]
    public async Task Generate_ManualSnapshotsPerInstance_WholePartForEachAndOneMoreForTheShare(double perInstance, int expectedManual)
    {
        var spec = new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], InstancesPerRegion = 200, ClusterShare = 0, ManualSnapshotsPerInstance = perInstance };
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });

        var manual = sandbox.Read(s => s.Snapshots.Values.Where(x => x.SnapshotType == "manual").ToList());

        manual.Count.ShouldBe(expectedManual);
        manual.GroupBy(x => x.InstanceIdentifier).Select(g => g.Count()).Distinct().Count().ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task Generate_ManualSnapshotShare_SameSeedSameSnapshotsAndClustersGetTheShareToo()
    {
        var spec = new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], InstancesPerRegion = 200, ClusterShare = 0.5, ManualSnapshotsPerInstance = 0.1 };
        await using var first = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });
        await using var second = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });

        second.Read(s => s.Snapshots.Keys.Concat(s.ClusterSnapshots.Keys).ToList()).ShouldBe(first.Read(s => s.Snapshots.Keys.Concat(s.ClusterSnapshots.Keys).ToList()));
        first.Read(s => s.Snapshots.Values.Count(x => x.SnapshotType == "manual")).ShouldBe(10);
        first.Read(s => s.ClusterSnapshots.Values.Count(x => x.SnapshotType == "manual")).ShouldBe(5);
    }

    [Fact]
    public async Task Generate_ManualSnapshotSharing_OnlyWhatAwsAllows()
    {
        var spec = new SandboxEstateSpec { Accounts = 2, Regions = ["us-east-1"], InstancesPerRegion = 200, ClusterShare = 0.3, ManualSnapshotsPerInstance = 1, MisconfigurationRate = 0.5 };
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });

        var manual = sandbox.Read(s => s.Snapshots.Values.Concat(s.ClusterSnapshots.Values)
            .Where(x => x.SnapshotType == "manual")
            .Select(x => (x.Encrypted, AwsKey: Flywheel.Sandbox.Services.Rds.RdsService.IsEncryptedWithAwsManagedKey(s, x), Restore: x.RestoreAccounts.ToList()))
            .ToList());

        manual.ShouldContain(x => x.Restore.Contains("all"), "unencrypted snapshots may still be public");
        manual.ShouldContain(x => x.Encrypted && !x.AwsKey && x.Restore.Count > 0, "customer-key snapshots may still be shared with accounts");
        manual.ShouldContain(x => x.AwsKey, "the estate has snapshots with the AWS managed key");
        manual.ShouldNotContain(x => x.Encrypted && x.Restore.Contains("all"), "AWS never makes an encrypted snapshot public");
        manual.ShouldNotContain(x => x.AwsKey && x.Restore.Count > 0, "AWS never shares a snapshot encrypted with the AWS managed key");
    }

    [Fact]
    public async Task Generate_StandaloneInstancesWithBackups_EachHaveTheirAutomatedSnapshot()
    {
        var spec = new SandboxEstateSpec
        {
            Accounts = 1,
            Regions = ["us-east-1"],
            InstancesPerRegion = 100,
            ManualSnapshotsPerInstance = 0.1,
            MisconfigurationRates = new Dictionary<string, double> { ["short-backup-retention"] = 0.5 },
        };
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = spec });

        var (standalone, automated, clusters, clusterAutomated) = sandbox.Read(s => (
            s.Instances.Values.Where(i => i.ClusterIdentifier is null).ToList(),
            s.Snapshots.Values.Where(x => x.SnapshotType == "automated").ToList(),
            s.Clusters.Keys.ToList(),
            s.ClusterSnapshots.Values.Where(x => x.SnapshotType == "automated").Select(x => x.InstanceIdentifier).ToList()));

        var withBackups = standalone.Where(i => i.BackupRetentionPeriod > 0).Select(i => i.Identifier).ToList();
        withBackups.Count.ShouldBeInRange(1, standalone.Count - 1);
        automated.Select(x => x.InstanceIdentifier).OrderBy(x => x, StringComparer.Ordinal).ShouldBe(withBackups.OrderBy(x => x, StringComparer.Ordinal));
        automated.ShouldAllBe(x => x.Identifier.StartsWith("rds:" + x.InstanceIdentifier + "-", StringComparison.Ordinal));
        clusterAutomated.OrderBy(x => x, StringComparer.Ordinal).ShouldBe(clusters.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Generate_Resources_CarryOwnerAndTeamTags()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        sandbox.Read(s => s.Instances.Values.ToList()).ShouldAllBe(i => i.Tags.Any(t => t.Key == "team") && i.Tags.Any(t => t.Key == "owner"));
    }

    [Fact]
    public async Task Describe_ListsEndpointAndEveryAccountsKeys()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var text = sandbox.Server.Describe();

        text.ShouldStartWith($"Flywheel sandbox listening on {sandbox.Server.Endpoint}");
        foreach (var account in sandbox.Server.Accounts)
        {
            text.ShouldContain($"account {account.AccountId}: AWS_ACCESS_KEY_ID={account.AccessKeyId} AWS_SECRET_ACCESS_KEY={account.SecretAccessKey}");
        }
    }

    private static string Fingerprint(TestSandbox sandbox) => sandbox.Read(s => string.Join('\n',
        s.Instances.Values.Select(i => $"{i.Identifier}|{i.DbiResourceId}|{i.PubliclyAccessible}|{i.KmsKeyId}")
            .Concat(s.Keys.Values.Select(k => $"{k.KeyId}|{k.RotationEnabled}"))
            .Concat(s.SecurityGroups.Keys)
            .Concat(s.Snapshots.Keys)));
}
