using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Flywheel.Aws.Clients.CloudTrail;
using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.GuardDuty;
using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.SecretsManager;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;
using Flywheel.Sources.Export;
using Shouldly;

namespace Flywheel.Aws.Tests.Collection;

/// <summary>
/// The typed records (what the typed clients, remediation and rotation among them, bind responses to) must carry
/// every member the export reader reads: the bundled example export, passed through the typed records, must read as
/// the very same inventory. A member missing from a record (a field that would silently become "not collected") fails.
/// Live collection itself writes the protocol's output as it came (<see cref="Aws.Collection.ListPageMerger{TItem}"/>).
/// </summary>
public sealed class TypedRoundTripTests
{
    private static readonly Dictionary<string, JsonTypeInfo> Responses = new(StringComparer.Ordinal)
    {
        ["rds/describe-db-instances"] = RdsJsonContext.Default.DescribeDBInstancesResponse,
        ["rds/describe-db-clusters"] = RdsJsonContext.Default.DescribeDBClustersResponse,
        ["rds/describe-db-snapshots"] = RdsJsonContext.Default.DescribeDBSnapshotsResponse,
        ["rds/describe-db-cluster-snapshots"] = RdsJsonContext.Default.DescribeDBClusterSnapshotsResponse,
        ["rds/describe-db-snapshot-attributes"] = RdsJsonContext.Default.DescribeDBSnapshotAttributesResponse,
        ["rds/describe-db-cluster-snapshot-attributes"] = RdsJsonContext.Default.DescribeDBClusterSnapshotAttributesResponse,
        ["rds/describe-db-parameter-groups"] = RdsJsonContext.Default.DescribeDBParameterGroupsResponse,
        ["rds/describe-db-parameters"] = RdsJsonContext.Default.DescribeDBParametersResponse,
        ["rds/describe-db-cluster-parameter-groups"] = RdsJsonContext.Default.DescribeDBClusterParameterGroupsResponse,
        ["rds/describe-db-cluster-parameters"] = RdsJsonContext.Default.DescribeDBClusterParametersResponse,
        ["rds/describe-option-groups"] = RdsJsonContext.Default.DescribeOptionGroupsResponse,
        ["rds/describe-db-proxies"] = RdsJsonContext.Default.DescribeDBProxiesResponse,
        ["rds/describe-event-subscriptions"] = RdsJsonContext.Default.DescribeEventSubscriptionsResponse,
        ["rds/describe-db-engine-versions"] = RdsJsonContext.Default.DescribeDBEngineVersionsResponse,
        ["rds/describe-db-major-engine-versions"] = RdsJsonContext.Default.DescribeDBMajorEngineVersionsResponse,
        ["rds/describe-db-instance-automated-backups"] = RdsJsonContext.Default.DescribeDBInstanceAutomatedBackupsResponse,
        ["kms/list-keys"] = KmsJsonContext.Default.ListKeysResponse,
        ["kms/list-aliases"] = KmsJsonContext.Default.ListAliasesResponse,
        ["kms/describe-key"] = KmsJsonContext.Default.DescribeKeyResponse,
        ["kms/get-key-rotation-status"] = KmsJsonContext.Default.GetKeyRotationStatusResponse,
        ["kms/list-key-rotations"] = KmsJsonContext.Default.ListKeyRotationsResponse,
        ["kms/get-key-policy"] = KmsJsonContext.Default.GetKeyPolicyResponse,
        ["kms/list-grants"] = KmsJsonContext.Default.ListGrantsResponse,
        ["ec2/describe-security-groups"] = Ec2JsonContext.Default.DescribeSecurityGroupsResponse,
        ["ec2/describe-subnets"] = Ec2JsonContext.Default.DescribeSubnetsResponse,
        ["ec2/describe-route-tables"] = Ec2JsonContext.Default.DescribeRouteTablesResponse,
        ["secretsmanager/list-secrets"] = SecretsManagerJsonContext.Default.ListSecretsResponse,
        ["cloudtrail/describe-trails"] = CloudTrailJsonContext.Default.DescribeTrailsResponse,
        ["cloudtrail/get-trail-status"] = CloudTrailJsonContext.Default.GetTrailStatusResponse,
        ["cloudtrail/get-event-selectors"] = CloudTrailJsonContext.Default.GetEventSelectorsResponse,
        ["guardduty/list-detectors"] = GuardDutyJsonContext.Default.ListDetectorsResponse,
        ["guardduty/get-detector"] = GuardDutyJsonContext.Default.GetDetectorResponse,
    };

    [Fact]
    public async Task ExampleExport_ThroughTheTypedRecords_ReadsAsTheSameInventory()
    {
        var ct = TestContext.Current.CancellationToken;
        var original = new ExportInventoryBuilder();
        var throughRecords = new ExportInventoryBuilder();
        var viaRecords = new RetypingSink(throughRecords);
        await ExportDirectoryCalls.ReadAsync(ExampleExport(), new TeeSink(original, viaRecords), ct);

        var expected = Canonical(original.Build(TimeProvider.System.GetUtcNow()));
        var actual = Canonical(throughRecords.Build(TimeProvider.System.GetUtcNow()));

        if (Environment.GetEnvironmentVariable("FLYWHEEL_DUMP_ROUNDTRIP") is { } dump)
        {
            File.WriteAllLines(dump + ".expected", expected);
            File.WriteAllLines(dump + ".actual", actual);
        }

        viaRecords.Retyped.ShouldBeGreaterThan(100);
        viaRecords.Unknown.ShouldBeEmpty("every call of the layout has its typed response");
        actual.Except(expected).ShouldBeEmpty("resources that differ after the typed records");
        expected.Length.ShouldBe(actual.Length);
    }

    private static string ExampleExport()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "examples", "export")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("examples/export"), "examples", "export");
    }

    private static string[] Canonical(InventorySnapshot inventory) =>
        inventory.Resources.Select(r => r.GetType().Name + " " + JsonSerializer.Serialize(r, r.GetType(), CanonicalJson))
            .Concat(inventory.Gaps.Select(g => g.ToString()))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static readonly JsonSerializerOptions CanonicalJson = new() { WriteIndented = false };

    /// <summary>Deserializes each successful call into its typed response and serializes it back, as live collection does.</summary>
    private sealed class RetypingSink(IExportCallSink inner) : IExportCallSink
    {
        public int Retyped { get; private set; }

        public List<string> Unknown { get; } = [];

        public ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
        {
            if (result.Json is { } json)
            {
                if (!Responses.TryGetValue(call.Service + "/" + call.Command, out var info))
                {
                    Unknown.Add(call.Service + "/" + call.Command);
                    return inner.WriteAsync(call, result, cancellationToken);
                }

                var typed = JsonSerializer.Deserialize(json, info);
                result = ExportCallResult.Success(JsonSerializer.SerializeToUtf8Bytes(typed, info));
                Retyped++;
            }

            return inner.WriteAsync(call, result, cancellationToken);
        }

        public ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken) =>
            inner.CompleteRegionAsync(accountId, region, cancellationToken);
    }

    private sealed class TeeSink(IExportCallSink first, IExportCallSink second) : IExportCallSink
    {
        public async ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
        {
            await first.WriteAsync(call, result, cancellationToken);
            await second.WriteAsync(call, result, cancellationToken);
        }

        public async ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken)
        {
            await first.CompleteRegionAsync(accountId, region, cancellationToken);
            await second.CompleteRegionAsync(accountId, region, cancellationToken);
        }
    }
}
