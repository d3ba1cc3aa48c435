using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

/// <summary>
/// examples/export replayed as calls into the directory writer and into the in-memory reader reads as the same
/// inventory as the directory itself: one mapping for offline, written and live exports.
/// </summary>
public sealed class ExportRoundTripTests
{
    private static readonly DateTimeOffset ExampleCreatedAt = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private static string Example => RepositoryPaths.Get("examples", "export");

    [Fact]
    public async Task ReadAsync_ExampleExportIntoWriter_WrittenDirectoryReadsAsTheSameInventory()
    {
        var expected = await CollectDirectory(Example);
        using var target = new TemporaryDirectory();
        var writer = ExportDirectoryWriter.Create(target.Path, new ExportDirectoryWriterOptions { Tool = "round-trip test" });

        var createdAt = await ExportDirectoryCalls.ReadAsync(Example, writer, CancellationToken.None);
        await writer.CompleteAsync(createdAt!.Value, CancellationToken.None);
        var written = await CollectDirectory(target.Path);

        createdAt.ShouldBe(ExampleCreatedAt);
        CanonicalInventory.Of(written).ShouldBe(CanonicalInventory.Of(expected));
        written.Resources.Count.ShouldBe(140);
        written.Gaps.Count.ShouldBe(3);

        // The comparison sees inside lists, not just references.
        CanonicalInventory.Of(written).ShouldContain(l => l.StartsWith("KmsKey ", StringComparison.Ordinal) && l.Contains("\"Aliases\":[\"alias/orders-data\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_ExampleExportIntoBuilder_BuildsTheSameInventory()
    {
        var expected = await CollectDirectory(Example);
        var builder = new ExportInventoryBuilder();

        var createdAt = await ExportDirectoryCalls.ReadAsync(Example, builder, CancellationToken.None);
        var built = builder.Build(createdAt!.Value);

        CanonicalInventory.Of(built).ShouldBe(CanonicalInventory.Of(expected));
    }

    [Fact]
    public async Task CompleteRegionAsync_ExampleRegionsFedConcurrently_BuildsTheSameInventory()
    {
        var expected = await CollectDirectory(Example);
        var recorded = new CollectingExportCallSink();
        await ExportDirectoryCalls.ReadAsync(Example, recorded, CancellationToken.None);
        var builder = new ExportInventoryBuilder();

        // Regions in reverse order and all at once: the inventory must not depend on which finishes first.
        var regions = recorded.Calls.GroupBy(c => (c.Call.AccountId, c.Call.Region)).Reverse().ToArray();
        await Task.WhenAll(regions.Select(region => Task.Run(async () =>
        {
            foreach (var (call, result) in region)
            {
                await builder.WriteAsync(call, result, CancellationToken.None);
            }

            await builder.CompleteRegionAsync(region.Key.AccountId, region.Key.Region, CancellationToken.None);
        })));

        CanonicalInventory.Of(builder.Build(ExampleCreatedAt)).ShouldBe(CanonicalInventory.Of(expected));
    }

    [Fact]
    public async Task ReadAsync_ExampleExport_EmitsEveryCallFileOnceEachRegionCompletedAfterItsCalls()
    {
        var sink = new CollectingExportCallSink();

        await ExportDirectoryCalls.ReadAsync(Example, sink, CancellationToken.None);

        var callFiles = Directory.EnumerateFiles(Example, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".error", StringComparison.Ordinal))
            .Count(f => Path.GetFileName(f) != "manifest.json");
        sink.Calls.Count.ShouldBe(callFiles);
        sink.Events.Where(e => e.StartsWith("complete ", StringComparison.Ordinal)).ShouldBe([
            "complete 111122223333/eu-west-1",
            "complete 111122223333/us-east-1",
            "complete 444455556666/us-east-1",
        ]);
        var lastOfFirstRegion = sink.Events.FindLastIndex(e => e.StartsWith("call 111122223333/eu-west-1/", StringComparison.Ordinal));
        sink.Events[lastOfFirstRegion + 1].ShouldBe("complete 111122223333/eu-west-1");
        sink.Events.ShouldContain("call 111122223333/us-east-1/kms/get-key-rotation-status/4c8a1e3f-7b9d-4f2a-a5c8-e1b3d5f7a902 error");
        sink.Events.ShouldContain("call 111122223333/us-east-1/rds/describe-db-instances json");
    }

    [Fact]
    public async Task ReadAsync_BothJsonAndErrorForACall_EmitsTheJsonOnly()
    {
        using var tree = new ExportTree()
            .File("kms/list-keys.json", """{"Keys": []}""")
            .File("kms/list-keys.error", "An error occurred (ThrottlingException) when calling the ListKeys operation: Rate exceeded");
        var sink = new CollectingExportCallSink();

        await ExportDirectoryCalls.ReadAsync(tree.Root, sink, CancellationToken.None);

        sink.Events.ShouldBe(["call 123456789012/us-east-1/kms/list-keys json", "complete 123456789012/us-east-1"]);
    }

    [Fact]
    public async Task ReadAsync_BadLayout_ThrowsBeforeEmittingAnyCall()
    {
        using var tree = new ExportTree().File("kms/list-keys.json", """{"Keys": []}""").Scope(account: "prod");
        var sink = new CollectingExportCallSink();

        var ex = await Should.ThrowAsync<Flywheel.Core.InputException>(() => ExportDirectoryCalls.ReadAsync(tree.Root, sink, CancellationToken.None));

        ex.Errors.ShouldBe(["prod: expected a 12-digit AWS account id directory (or manifest.json) at the top of the export"]);
        sink.Events.ShouldBeEmpty();
    }

    private static Task<InventorySnapshot> CollectDirectory(string directory) =>
        new ExportDirectoryCollector(directory, new FakeTimeProvider(ExampleCreatedAt.AddDays(30))).CollectAsync(CancellationToken.None);
}
