using Flywheel.Core.Inventory;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

/// <summary>examples/export: the bundled example export reads cleanly, with exactly the gaps it demonstrates.</summary>
public sealed class ExampleExportTests
{
    private const string Main = "111122223333";
    private const string Second = "444455556666";
    private const string PendingDeletionKey = "4c8a1e3f-7b9d-4f2a-a5c8-e1b3d5f7a902";

    [Fact]
    public async Task CollectAsync_ExampleExport_ScopesAndCollectedAt()
    {
        var inventory = await Collect();

        inventory.Scopes.ShouldBe([
            new InventoryScope(Main, "eu-west-1"),
            new InventoryScope(Main, "us-east-1"),
            new InventoryScope(Second, "us-east-1"),
        ]);
        inventory.CollectedAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task CollectAsync_ExampleExport_ResourceCountsPerType()
    {
        var inventory = await Collect();

        var counts = inventory.Resources.GroupBy(r => r.ResourceType).ToDictionary(g => g.Key, g => g.Count());
        counts.ShouldBe(
            new Dictionary<string, int>
            {
                ["AWS::Account::Region"] = 3,
                ["AWS::RDS::DBInstance"] = 14,
                ["AWS::RDS::DBCluster"] = 4,
                ["AWS::RDS::DBSnapshot"] = 10,
                ["AWS::RDS::DBClusterSnapshot"] = 5,
                ["AWS::RDS::DBParameterGroup"] = 10,
                ["AWS::RDS::DBClusterParameterGroup"] = 5,
                ["AWS::RDS::OptionGroup"] = 11,
                ["AWS::RDS::DBProxy"] = 2,
                ["AWS::RDS::EventSubscription"] = 6,
                ["AWS::RDS::DBEngineVersion"] = 19,
                ["AWS::RDS::DBInstanceAutomatedBackup"] = 5,
                ["AWS::KMS::Key"] = 14,
                ["AWS::EC2::SecurityGroup"] = 11,
                ["AWS::EC2::Subnet"] = 8,
                ["AWS::EC2::RouteTable"] = 4,
                ["AWS::SecretsManager::Secret"] = 5,
                ["AWS::CloudTrail::Trail"] = 2,
                ["AWS::GuardDuty::Detector"] = 2,
            },
            ignoreOrder: true);
    }

    [Fact]
    public async Task CollectAsync_ExampleExport_GapsAreTheDemonstratedOnes()
    {
        var inventory = await Collect();

        const string InvalidState = "is pending deletion.";
        inventory.Gaps.Count.ShouldBe(3);
        inventory.Gaps.ShouldContain(new CollectionGap(Main, "eu-west-1", Dataset.GuardDutyDetectors, "not in the export"));
        var rotation = inventory.FindGap(Main, "us-east-1", Dataset.KmsKeyRotationStatus, PendingDeletionKey).ShouldNotBeNull();
        rotation.Reason.ShouldBe($"An error occurred (KMSInvalidStateException) when calling the GetKeyRotationStatus operation: arn:aws:kms:us-east-1:{Main}:key/{PendingDeletionKey} {InvalidState}");
        inventory.FindGap(Main, "us-east-1", Dataset.KmsKeyRotations, PendingDeletionKey)!.Reason.ShouldStartWith("An error occurred (KMSInvalidStateException) when calling the ListKeyRotations operation");

        // Asymmetric, HMAC and imported keys answer the rotation calls with an error too, which is not a gap.
        inventory.FindGap(Main, "us-east-1", Dataset.KmsKeyRotationStatus, "2d6f8a0c-4e1b-4d3f-9a5c-7e9b1d3f5a64").ShouldBeNull();
    }

    [Fact]
    public async Task CollectAsync_ExampleExport_RelationshipsResolve()
    {
        var inventory = await Collect();

        var orders = inventory.FindInstance(Main, "us-east-1", "orders-db").ShouldNotBeNull();
        inventory.FindKey(Main, "us-east-1", orders.KmsKeyId!)!.Aliases.ShouldContain("alias/orders-data");
        inventory.FindParameterGroup(Main, "us-east-1", orders.ParameterGroupNames[0], isCluster: false)!.Parameters!["rds.force_ssl"].ShouldBe("1");
        orders.AutomatedBackupReplicationArns.ShouldBe([inventory.Of<AutomatedBackup>().Single(b => b.Region == "eu-west-1").Arn]);
        var legacy = inventory.FindInstance(Main, "us-east-1", "web-legacy-pg").ShouldNotBeNull();
        inventory.FindRouteTableForSubnet(Main, "us-east-1", legacy.SubnetIds[0])!.Routes.ShouldContain(r => r.IsDefaultRouteToInternetGateway);
        inventory.FindSecurityGroup(Main, "us-east-1", legacy.VpcSecurityGroupIds[0])!.Ingress.ShouldContain(r => r.Ipv4Ranges.Contains("0.0.0.0/0"));
        inventory.FindKey(Main, "us-east-1", legacy.KmsKeyId!)!.KeyManager.ShouldBe("AWS");
        var archive = inventory.FindKey(Main, "us-east-1", "alias/hr-archive").ShouldNotBeNull();
        archive.KeyState.ShouldBe("Disabled");
        inventory.DependentsOf(archive).Select(d => d.Usage).ShouldBe([KeyUsageKind.Snapshot, KeyUsageKind.AutomatedBackup], ignoreOrder: true);
        var pending = inventory.FindKey(Main, "us-east-1", "alias/payments-v1").ShouldNotBeNull();
        inventory.DependentsOf(pending).ShouldHaveSingleItem().Resource.Name.ShouldBe("payments/api-key");
        inventory.TrailsOf(Main).ShouldHaveSingleItem().IsLogging.ShouldBe(true);
        inventory.TrailsOf(Second).ShouldHaveSingleItem().IsMultiRegion.ShouldBe(false);
        inventory.FindEngineVersion(Main, "us-east-1", "postgres", "12.22")!.StandardSupportEnd!.Value.Year.ShouldBe(2025);
        inventory.DetectorsIn(Second, "us-east-1").ShouldHaveSingleItem().RdsLoginEventsStatus.ShouldBe("DISABLED");
    }

    private static Task<InventorySnapshot> Collect() =>
        new ExportDirectoryCollector(RepositoryPaths.Get("examples", "export"), new FakeTimeProvider()).CollectAsync(CancellationToken.None);
}
