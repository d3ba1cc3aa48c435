using System.Text;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;
using Flywheel.Sources.Export;

namespace Flywheel.Sources.Tests.Export;

/// <summary>
/// What a collection may leave out because AWS fixes it: the description of AWS managed keys (known from their
/// reserved alias/aws/* aliases) and the sharing of snapshots encrypted with one (AWS refuses to share them); and
/// the datasets a scan skips on purpose.
/// </summary>
public sealed class AwsManagedKeyInferenceTests
{
    private const string Account = "123456789012";
    private const string Region = "us-east-1";
    private const string AwsKeyId = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string CustomerKeyId = "cccccccc-0000-0000-0000-000000000002";
    private static readonly string AwsKeyArn = $"arn:aws:kms:{Region}:{Account}:key/{AwsKeyId}";
    private static readonly string CustomerKeyArn = $"arn:aws:kms:{Region}:{Account}:key/{CustomerKeyId}";
    private static readonly DateTimeOffset CollectedAt = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Build_AwsManagedKeyNotDescribed_IsKnownFromItsAliasWithoutGap()
    {
        var sut = new ExportInventoryBuilder();
        await WriteKeysAsync(sut, describeCustomer: true);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        var key = inventory.Of<KmsKey>().Single(k => k.KeyId == AwsKeyId);
        key.KeyManager.ShouldBe("AWS");
        key.KeyState.ShouldBe("Enabled");
        key.Aliases.ShouldBe(["alias/aws/rds"]);
        inventory.Gaps.ShouldNotContain(g => g.ResourceId == AwsKeyId);
        inventory.FindGap(Account, Region, Dataset.KmsKeyMetadata, CustomerKeyId).ShouldBeNull();
    }

    [Fact]
    public async Task Build_CustomerKeyNotDescribed_IsAGapNamingTheKey()
    {
        var sut = new ExportInventoryBuilder();
        await WriteKeysAsync(sut, describeCustomer: false);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        inventory.Of<KmsKey>().Single(k => k.KeyId == CustomerKeyId).KeyManager.ShouldBeNull();
        inventory.FindGap(Account, Region, Dataset.KmsKeyMetadata, CustomerKeyId)!.Reason.ShouldBe(ExportLayout.NotInExport);
    }

    [Fact]
    public async Task Build_ManualSnapshotWithAwsManagedKeyWithoutAttributes_IsSharedWithNobody()
    {
        var sut = new ExportInventoryBuilder();
        await WriteKeysAsync(sut, describeCustomer: true);
        await WriteSnapshotsAsync(sut);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        var snapshots = inventory.Of<DbSnapshot>().ToDictionary(s => s.Identifier);
        snapshots["aws-key"].RestoreAttributeValues.ShouldBe([]);
        snapshots["customer-key"].RestoreAttributeValues.ShouldBeNull("a snapshot with a customer managed key can be shared: its attributes are needed");
        inventory.FindGap(Account, Region, Dataset.RdsDbSnapshotAttributes, "customer-key")!.Reason.ShouldBe(ExportLayout.NotInExport);
        inventory.FindGap(Account, Region, Dataset.RdsDbSnapshotAttributes, "aws-key").ShouldBeNull();
    }

    [Fact]
    public async Task Build_AttributesPresentForAwsManagedKeySnapshot_AreRead()
    {
        var sut = new ExportInventoryBuilder();
        await WriteKeysAsync(sut, describeCustomer: true);
        await WriteSnapshotsAsync(sut);
        await sut.WriteAsync(Call("rds", "describe-db-snapshot-attributes", "aws-key"), Json("""{"DBSnapshotAttributesResult": {"DBSnapshotIdentifier": "aws-key", "DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": ["210987654321"]}]}}"""), CancellationToken.None);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        inventory.Of<DbSnapshot>().Single(s => s.Identifier == "aws-key").RestoreAttributeValues.ShouldBe(["210987654321"]);
    }

    [Fact]
    public async Task Build_GrantsNotCollectedOnPurpose_AreNoGap()
    {
        var skipping = new ExportInventoryBuilder(new HashSet<Dataset> { Dataset.KmsGrants });
        var complete = new ExportInventoryBuilder();
        foreach (var sut in new[] { skipping, complete })
        {
            await WriteKeysAsync(sut, describeCustomer: true);
            await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);
        }

        KmsGaps(skipping.Build(CollectedAt)).ShouldBeEmpty();
        var gap = KmsGaps(complete.Build(CollectedAt)).ShouldHaveSingleItem();
        gap.ShouldBe(new CollectionGap(Account, Region, Dataset.KmsGrants, ExportLayout.NotInExport, CustomerKeyId));
    }

    // Two keys: aws/rds (never described) and a customer key with its policy and rotation calls, but no grants.
    private static async Task WriteKeysAsync(ExportInventoryBuilder sut, bool describeCustomer)
    {
        await sut.WriteAsync(Call("kms", "list-keys"), Json($$"""{"Keys": [{"KeyId": "{{AwsKeyId}}", "KeyArn": "{{AwsKeyArn}}"}, {"KeyId": "{{CustomerKeyId}}", "KeyArn": "{{CustomerKeyArn}}"}]}"""), CancellationToken.None);
        await sut.WriteAsync(Call("kms", "list-aliases"), Json($$"""{"Aliases": [{"AliasName": "alias/aws/rds", "TargetKeyId": "{{AwsKeyId}}"}, {"AliasName": "alias/payments", "TargetKeyId": "{{CustomerKeyId}}"}]}"""), CancellationToken.None);
        if (describeCustomer)
        {
            await sut.WriteAsync(Call("kms", "describe-key", CustomerKeyId), Json($$"""{"KeyMetadata": {"KeyId": "{{CustomerKeyId}}", "Arn": "{{CustomerKeyArn}}", "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT", "KeyUsage": "ENCRYPT_DECRYPT", "Origin": "AWS_KMS", "KeyState": "Enabled", "Enabled": true} }"""), CancellationToken.None);
        }

        await sut.WriteAsync(Call("kms", "get-key-policy", CustomerKeyId), Json("""{"Policy": "{}", "PolicyName": "default"}"""), CancellationToken.None);
        await sut.WriteAsync(Call("kms", "get-key-rotation-status", CustomerKeyId), Json("""{"KeyRotationEnabled": true, "RotationPeriodInDays": 365}"""), CancellationToken.None);
        await sut.WriteAsync(Call("kms", "list-key-rotations", CustomerKeyId), Json("""{"Rotations": []}"""), CancellationToken.None);
    }

    private static async Task WriteSnapshotsAsync(ExportInventoryBuilder sut)
    {
        await sut.WriteAsync(Call("rds", "describe-db-snapshots"), Json($$"""
            {"DBSnapshots": [
              {"DBSnapshotIdentifier": "aws-key", "SnapshotType": "manual", "Encrypted": true, "KmsKeyId": "{{AwsKeyArn}}"},
              {"DBSnapshotIdentifier": "customer-key", "SnapshotType": "manual", "Encrypted": true, "KmsKeyId": "{{CustomerKeyArn}}"}
            ]}
            """), CancellationToken.None);
        await sut.WriteAsync(Call("rds", "describe-db-cluster-snapshots"), Json("""{"DBClusterSnapshots": []}"""), CancellationToken.None);
    }

    // The tests write only KMS (and RDS snapshot) calls: the other services' datasets are gaps of no interest here.
    private static CollectionGap[] KmsGaps(InventorySnapshot inventory) =>
        inventory.Gaps.Where(g => g.Dataset.ToString().StartsWith("Kms", StringComparison.Ordinal)).ToArray();

    private static ExportCall Call(string service, string command, string? key = null) => new(Account, Region, service, command, key);

    private static ExportCallResult Json(string json) => ExportCallResult.Success(Encoding.UTF8.GetBytes(json));
}
