using System.Runtime.CompilerServices;
using System.Text;
using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;
using Flywheel.Sources.Export;

namespace Flywheel.Sources.Tests.Export;

public sealed class ExportInventoryBuilderTests
{
    private const string Account = "123456789012";
    private const string Region = "us-east-1";
    private static readonly DateTimeOffset CollectedAt = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Build_MalformedListOutput_ThrowsNamingTheLiveCallLineAndByte()
    {
        var sut = new ExportInventoryBuilder();
        await sut.WriteAsync(Call("rds", "describe-db-instances"), Json("{\n  \"DBInstances\": [\n    {\"DBInstanceIdentifier\": \"db1\",}\n  ]\n}"), CancellationToken.None);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var ex = Should.Throw<InputException>(() => sut.Build(CollectedAt));

        ex.Errors.Count.ShouldBe(1);
        ex.Errors[0].ShouldStartWith("live:123456789012/us-east-1/rds/describe-db-instances: line 3, byte 36: malformed JSON (The JSON object contains a trailing comma");
        ex.Errors[0].ShouldEndWith("); expected the unmodified output of `aws rds describe-db-instances --output json`");
    }

    [Fact]
    public async Task Build_MalformedPerResourceOutputAndWrongShape_ReportsBothNamingTheKey()
    {
        var sut = new ExportInventoryBuilder();
        await sut.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": [{"KeyId": "k-1"}]}"""), CancellationToken.None);
        await sut.WriteAsync(Call("kms", "describe-key", "k-1"), Json("{\"KeyMetadata\": "), CancellationToken.None);
        await sut.WriteAsync(Call("ec2", "describe-subnets"), Json("""{"Subnets": {"SubnetId": "subnet-1"}}"""), CancellationToken.None);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var ex = Should.Throw<InputException>(() => sut.Build(CollectedAt));

        ex.Errors.Count.ShouldBe(2);
        ex.Errors.ShouldContain(e => e.StartsWith("live:123456789012/us-east-1/kms/describe-key/k-1: line 1, byte 17: malformed JSON", StringComparison.Ordinal));
        ex.Errors.ShouldContain("live:123456789012/us-east-1/ec2/describe-subnets: expected Subnets to be an array, found an object; expected the unmodified output of `aws ec2 describe-subnets --output json`");
    }

    [Fact]
    public async Task Build_ErrorResults_AreGapsWithTheTrimmedText()
    {
        var sut = new ExportInventoryBuilder();
        const string Denied = "An error occurred (AccessDeniedException) when calling the DescribeDBInstances operation: not authorized";
        await sut.WriteAsync(Call("rds", "describe-db-instances"), ExportCallResult.Failure("\n" + Denied + "\n"), CancellationToken.None);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        inventory.FindGap(Account, Region, Dataset.RdsDbInstances).ShouldBe(new CollectionGap(Account, Region, Dataset.RdsDbInstances, Denied));
        inventory.CollectedAt.ShouldBe(CollectedAt);
    }

    [Fact]
    public async Task Build_OnlyCompletedRegions_AreScopesInAccountRegionOrder()
    {
        var sut = new ExportInventoryBuilder();
        await sut.CompleteRegionAsync("222222222222", "us-east-1", CancellationToken.None);
        await sut.CompleteRegionAsync(Account, "eu-west-1", CancellationToken.None);
        await sut.CompleteRegionAsync(Account, "ap-south-1", CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        inventory.Scopes.ShouldBe([
            new InventoryScope(Account, "ap-south-1"),
            new InventoryScope(Account, "eu-west-1"),
            new InventoryScope("222222222222", "us-east-1"),
        ]);
        inventory.FindGap(Account, "eu-west-1", Dataset.KmsKeys)!.Reason.ShouldBe("not in the export");
    }

    [Fact]
    public async Task Build_CallsOfARegionNeverCompleted_Throws()
    {
        var sut = new ExportInventoryBuilder();
        await sut.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": []}"""), CancellationToken.None);
        await sut.CompleteRegionAsync(Account, "eu-west-1", CancellationToken.None);

        var ex = Should.Throw<InvalidOperationException>(() => sut.Build(CollectedAt));

        ex.Message.ShouldBe("Not completed: 123456789012/us-east-1. Complete every account and region before building the inventory.");
    }

    [Fact]
    public async Task WriteAsync_AfterItsRegionCompleted_Throws()
    {
        var sut = new ExportInventoryBuilder();
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => sut.WriteAsync(Call("kms", "list-keys"), Json("{}"), CancellationToken.None).AsTask());

        ex.Message.ShouldBe("123456789012/us-east-1 was already completed; kms list-keys came too late.");
    }

    [Fact]
    public async Task CompleteRegionAsync_Twice_Throws()
    {
        var sut = new ExportInventoryBuilder();
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => sut.CompleteRegionAsync(Account, Region, CancellationToken.None).AsTask());

        ex.Message.ShouldBe("123456789012/us-east-1 was already completed.");
    }

    [Fact]
    public async Task WriteAsync_SameCallTwice_LaterResultWins()
    {
        var sut = new ExportInventoryBuilder();
        await sut.WriteAsync(Call("kms", "list-keys"), ExportCallResult.Failure("An error occurred (ThrottlingException)"), CancellationToken.None);
        await sut.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": [{"KeyId": "k-1"}]}"""), CancellationToken.None);
        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var inventory = sut.Build(CollectedAt);

        inventory.Of<KmsKey>().Single().KeyId.ShouldBe("k-1");
        inventory.FindGap(Account, Region, Dataset.KmsKeys).ShouldBeNull();
    }

    [Fact]
    public async Task CompleteRegionAsync_MappedRegion_ReleasesItsJson()
    {
        var sut = new ExportInventoryBuilder();
        var json = await WriteUnreferencedAsync(sut);

        await sut.CompleteRegionAsync(Account, Region, CancellationToken.None);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        json.IsAlive.ShouldBeFalse();
        sut.Build(CollectedAt).Of<KmsKey>().Single().KeyId.ShouldBe("k-1");
    }

    [Fact]
    public async Task WriteAsync_CallOutsideTheLayout_Throws()
    {
        var sut = new ExportInventoryBuilder();

        var ex = await Should.ThrowAsync<ArgumentException>(() => sut.WriteAsync(new ExportCall(Account, "global", "kms", "list-keys"), Json("{}"), CancellationToken.None).AsTask());

        ex.Message.ShouldStartWith("\"global\" is not a region name such as us-east-1.");
    }

    // In its own frame so no local of the test keeps the bytes alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> WriteUnreferencedAsync(ExportInventoryBuilder sut)
    {
        var bytes = Encoding.UTF8.GetBytes("""{"Keys": [{"KeyId": "k-1"}]}""");
        await sut.WriteAsync(Call("kms", "list-keys"), ExportCallResult.Success(bytes), CancellationToken.None);
        return new WeakReference(bytes);
    }

    private static ExportCall Call(string service, string command, string? key = null) => new(Account, Region, service, command, key);

    private static ExportCallResult Json(string json) => ExportCallResult.Success(Encoding.UTF8.GetBytes(json));
}
