using System.Text;
using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

public sealed class ExportDirectoryWriterTests
{
    private const string Account = "123456789012";
    private const string Region = "us-east-1";
    private static readonly DateTimeOffset CreatedAt = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_PercentEncodedKey_RoundTripsThroughFileNameReaderAndReplay()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        const string SnapshotId = "rds:prod-2026-11-22-04-10";

        await writer.WriteAsync(Call("rds", "describe-db-snapshots"), Json($$"""{"DBSnapshots": [{"DBSnapshotIdentifier": "{{SnapshotId}}", "SnapshotType": "manual"}]}"""), CancellationToken.None);
        await writer.WriteAsync(Call("rds", "describe-db-snapshot-attributes", SnapshotId), Json($$$"""{"DBSnapshotAttributesResult": {"DBSnapshotIdentifier": "{{{SnapshotId}}}", "DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": ["all"]}]}}"""), CancellationToken.None);
        await writer.CompleteRegionAsync(Account, Region, CancellationToken.None);
        await writer.CompleteAsync(CreatedAt, CancellationToken.None);

        File.Exists(Path.Combine(target.Path, Account, Region, "rds", "describe-db-snapshot-attributes", "rds%3Aprod-2026-11-22-04-10.json")).ShouldBeTrue();
        var inventory = await Read(target.Path);
        inventory.Of<DbSnapshot>().Single().RestoreAttributeValues.ShouldBe(["all"]);
        inventory.FindGap(Account, Region, Dataset.RdsDbSnapshotAttributes, SnapshotId).ShouldBeNull();
        var replayed = new CollectingExportCallSink();
        await ExportDirectoryCalls.ReadAsync(target.Path, replayed, CancellationToken.None);
        replayed.Calls.Select(c => c.Call).ShouldContain(Call("rds", "describe-db-snapshot-attributes", SnapshotId));
    }

    [Fact]
    public async Task WriteAsync_ErrorResults_ReadAsGapsWithTheSameReason()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        const string Denied = "An error occurred (AccessDeniedException) when calling the ListKeys operation: User: arn:aws:iam::123456789012:user/audit is not authorized to perform: kms:ListKeys";
        const string Missing = "An error occurred (NotFoundException) when calling the GetDetector operation: The request is rejected because the input detectorId is not owned by the current account.";

        await writer.WriteAsync(Call("kms", "list-keys"), ExportCallResult.Failure(Denied + "\n"), CancellationToken.None);
        await writer.WriteAsync(Call("guardduty", "list-detectors"), Json("""{"DetectorIds": ["d1"]}"""), CancellationToken.None);
        await writer.WriteAsync(Call("guardduty", "get-detector", "d1"), ExportCallResult.Failure(Missing), CancellationToken.None);
        await writer.CompleteRegionAsync(Account, Region, CancellationToken.None);
        await writer.CompleteAsync(CreatedAt, CancellationToken.None);

        File.ReadAllText(Path.Combine(target.Path, Account, Region, "kms", "list-keys.error")).ShouldBe(Denied + "\n");
        var inventory = await Read(target.Path);
        inventory.Gaps.ShouldContain(new CollectionGap(Account, Region, Dataset.KmsKeys, Denied));
        inventory.Gaps.ShouldContain(new CollectionGap(Account, Region, Dataset.KmsKeyPolicies, "kms list-keys: " + Denied));
        inventory.Gaps.ShouldContain(new CollectionGap(Account, Region, Dataset.GuardDutyDetectors, Missing, "d1"));
    }

    [Fact]
    public async Task CompleteAsync_AfterWrites_LeavesNoTemporaryFilesAndAManifest()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path, new ExportDirectoryWriterOptions { Tool = "flywheel collect (test)" });

        await writer.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": []}"""), CancellationToken.None);
        await writer.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": [], "Truncated": false}"""), CancellationToken.None);
        await writer.WriteAsync(Call("kms", "describe-key", "k/1"), ExportCallResult.Failure("An error occurred (NotFoundException)"), CancellationToken.None);
        await writer.CompleteRegionAsync(Account, Region, CancellationToken.None);
        await writer.CompleteAsync(CreatedAt.AddHours(2), CancellationToken.None);

        var files = Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        files.ShouldBe([
            "123456789012/us-east-1/kms/describe-key/k%2F1.error",
            "123456789012/us-east-1/kms/list-keys.json",
            "manifest.json",
        ]);
        File.ReadAllText(Path.Combine(target.Path, "manifest.json")).ShouldBe("""
            {
              "format": "flywheel-export/1",
              "createdAt": "2026-11-23T08:00:00Z",
              "tool": "flywheel collect (test)"
            }

            """.ReplaceLineEndings("\n"));
        (await Read(target.Path)).CollectedAt.ShouldBe(CreatedAt.AddHours(2));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_WritesNothing()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => writer.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": []}"""), cancelled.Token).AsTask());

        Directory.EnumerateFileSystemEntries(target.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_MoveIntoPlaceFails_LeavesNoTemporaryFile()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        var kms = Path.Combine(target.Path, Account, Region, "kms");
        Directory.CreateDirectory(Path.Combine(kms, "list-keys.json"));

        await Should.ThrowAsync<IOException>(() => writer.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": []}"""), CancellationToken.None).AsTask());

        Directory.EnumerateFileSystemEntries(kms).Select(Path.GetFileName).ShouldBe(["list-keys.json"]);
        Directory.EnumerateFileSystemEntries(Path.Combine(kms, "list-keys.json")).ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_ErrorAfterJsonForTheSameCall_LaterResultWins()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        const string Throttled = "An error occurred (ThrottlingException) when calling the ListKeys operation: Rate exceeded";

        await writer.WriteAsync(Call("kms", "list-keys"), Json("""{"Keys": []}"""), CancellationToken.None);
        await writer.WriteAsync(Call("kms", "list-keys"), ExportCallResult.Failure(Throttled), CancellationToken.None);
        await writer.CompleteRegionAsync(Account, Region, CancellationToken.None);

        Directory.EnumerateFiles(Path.Combine(target.Path, Account, Region, "kms")).Select(Path.GetFileName).ShouldBe(["list-keys.error"]);
        (await Read(target.Path)).FindGap(Account, Region, Dataset.KmsKeys)!.Reason.ShouldBe(Throttled);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentRegions_EveryRegionReadsBack()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        var scopes = new[] { "111111111111", "222222222222" }
            .SelectMany(a => new[] { "us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2" }.Select(r => (Account: a, Region: r)))
            .ToArray();

        await Task.WhenAll(scopes.Select(s => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                var keyId = $"key-{i}";
                await writer.WriteAsync(new ExportCall(s.Account, s.Region, "kms", "describe-key", keyId), Json($$$"""{"KeyMetadata": {"KeyId": "{{{keyId}}}", "KeyManager": "CUSTOMER"}}"""), CancellationToken.None);
            }

            var keys = string.Join(", ", Enumerable.Range(0, 20).Select(i => $$"""{"KeyId": "key-{{i}}"}"""));
            await writer.WriteAsync(new ExportCall(s.Account, s.Region, "kms", "list-keys"), Json($$"""{"Keys": [{{keys}}]}"""), CancellationToken.None);
            await writer.CompleteRegionAsync(s.Account, s.Region, CancellationToken.None);
        })));
        await writer.CompleteAsync(CreatedAt, CancellationToken.None);

        var inventory = await Read(target.Path);
        inventory.Scopes.Count.ShouldBe(8);
        inventory.Of<KmsKey>().Count(k => k.KeyManager == "CUSTOMER").ShouldBe(8 * 20);
        inventory.Gaps.Where(g => g.Dataset == Dataset.KmsKeyMetadata).ShouldBeEmpty();
    }

    [Fact]
    public async Task CompleteRegionAsync_NoCalls_RegionIsAScopeWithGaps()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);

        await writer.CompleteRegionAsync(Account, "eu-west-1", CancellationToken.None);
        await writer.CompleteAsync(CreatedAt, CancellationToken.None);

        var inventory = await Read(target.Path);
        inventory.Scopes.ShouldBe([new InventoryScope(Account, "eu-west-1")]);
        inventory.FindGap(Account, "eu-west-1", Dataset.RdsDbInstances)!.Reason.ShouldBe("not in the export");
    }

    [Fact]
    public async Task WriteAsync_AfterItsRegionCompleted_Throws()
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);
        await writer.CompleteRegionAsync(Account, Region, CancellationToken.None);

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => writer.WriteAsync(Call("kms", "list-keys"), Json("{}"), CancellationToken.None).AsTask());

        ex.Message.ShouldBe("123456789012/us-east-1 was already completed; kms list-keys came too late.");
    }

    [Theory]
    [InlineData("123456789012", "us-east-1", "kms", "../../x")]
    [InlineData("123456789012", "us-east-1", "..", "list-keys")]
    [InlineData("123456789012", "../us-east-1", "kms", "list-keys")]
    [InlineData("prod", "us-east-1", "kms", "list-keys")]
    public async Task WriteAsync_CallOutsideTheLayout_ThrowsAndWritesNothing(string account, string region, string service, string command)
    {
        using var target = new TemporaryDirectory();
        var writer = CreateSut(target.Path);

        await Should.ThrowAsync<ArgumentException>(() => writer.WriteAsync(new ExportCall(account, region, service, command), Json("{}"), CancellationToken.None).AsTask());

        Directory.EnumerateFileSystemEntries(target.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Create_NonEmptyDirectoryThatIsNotAnExport_ThrowsNamingIt()
    {
        using var tree = new ExportTree().File("/notes.txt", "my notes");

        var ex = Should.Throw<InputException>(() => ExportDirectoryWriter.Create(tree.Root, new ExportDirectoryWriterOptions { ReplaceExisting = true }));

        ex.Errors.ShouldBe([$"{tree.Root}: is not empty and does not hold an export (<12-digit account id>/<region>/… and manifest.json); refusing to write into it"]);
        File.ReadAllText(Path.Combine(tree.Root, "notes.txt")).ShouldBe("my notes");
    }

    [Fact]
    public void Create_ManifestOfAnotherFormat_IsNotAnExportToReplace()
    {
        using var tree = new ExportTree().File("/manifest.json", """{"format": "flywheel-export/2"}""").Scope();

        var ex = Should.Throw<InputException>(() => ExportDirectoryWriter.Create(tree.Root, new ExportDirectoryWriterOptions { ReplaceExisting = true }));

        ex.Errors[0].ShouldEndWith("is not empty and does not hold an export (<12-digit account id>/<region>/… and manifest.json); refusing to write into it");
    }

    [Fact]
    public void Create_ExistingExportWithoutReplace_ThrowsAndKeepsIt()
    {
        using var tree = new ExportTree().File("kms/list-keys.json", """{"Keys": []}""");

        var ex = Should.Throw<InputException>(() => ExportDirectoryWriter.Create(tree.Root, new ExportDirectoryWriterOptions()));

        ex.Errors.ShouldBe([$"{tree.Root}: already holds an export; replace it explicitly or choose another directory"]);
        File.Exists(Path.Combine(tree.Root, Account, Region, "kms", "list-keys.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task Create_ExistingExportWithReplace_RemovesTheOldExportKeepsReadmeAndHiddenEntries()
    {
        using var tree = new ExportTree()
            .File("kms/list-keys.json", """{"Keys": []}""", account: "999999999999")
            .File("/manifest.json", """{"format": "flywheel-export/1", "createdAt": "2020-01-01T00:00:00Z"}""")
            .File("/README.md", "exports of the audit account")
            .File("/.git/HEAD", "ref: refs/heads/main");

        var writer = ExportDirectoryWriter.Create(tree.Root, new ExportDirectoryWriterOptions { ReplaceExisting = true });
        await writer.CompleteRegionAsync(Account, Region, CancellationToken.None);
        await writer.CompleteAsync(CreatedAt, CancellationToken.None);

        Directory.EnumerateFileSystemEntries(tree.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe([".git", Account, "README.md", "manifest.json"]);
        var inventory = await Read(tree.Root);
        inventory.Scopes.ShouldBe([new InventoryScope(Account, Region)]);
        inventory.CollectedAt.ShouldBe(CreatedAt);
    }

    [Fact]
    public async Task Create_EmptyOrAbsentDirectory_IsUsed()
    {
        using var tree = new ExportTree();
        using var absent = new TemporaryDirectory();

        var intoEmpty = ExportDirectoryWriter.Create(tree.Root, new ExportDirectoryWriterOptions());
        var intoAbsent = ExportDirectoryWriter.Create(Path.Combine(absent.Path, "nested", "out"), new ExportDirectoryWriterOptions());
        await intoAbsent.CompleteAsync(CreatedAt, CancellationToken.None);

        intoEmpty.Root.ShouldBe(Path.GetFullPath(tree.Root));
        File.Exists(Path.Combine(absent.Path, "nested", "out", "manifest.json")).ShouldBeTrue();
    }

    private static ExportDirectoryWriter CreateSut(string directory, ExportDirectoryWriterOptions? options = null) =>
        ExportDirectoryWriter.Create(directory, options ?? new ExportDirectoryWriterOptions());

    private static ExportCall Call(string service, string command, string? key = null) => new(Account, Region, service, command, key);

    private static ExportCallResult Json(string json) => ExportCallResult.Success(Encoding.UTF8.GetBytes(json));

    private static Task<InventorySnapshot> Read(string directory) =>
        new ExportDirectoryCollector(directory, new FakeTimeProvider(CreatedAt.AddDays(1))).CollectAsync(CancellationToken.None);
}
