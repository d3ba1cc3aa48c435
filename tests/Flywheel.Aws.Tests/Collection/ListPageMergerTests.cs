using System.Text;
using System.Text.Json;
using Flywheel.Aws.Collection;
using Flywheel.Aws.Collection.Projections;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Protocols;
using Shouldly;

namespace Flywheel.Aws.Tests.Collection;

public sealed class ListPageMergerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void ToDocument_TwoPages_ItemsCopiedAsTheyCameInOrderAndTokensDropped()
    {
        using var merger = new ListPageMerger<SnapshotSharing>("DBSnapshots", ProjectionJsonContext.Default.SnapshotSharing);
        using (var first = Output("""{"DBSnapshots":[{"DBSnapshotIdentifier":"a","SnapshotType":"manual","Encrypted":true,"KmsKeyId":"k","TagList":[{"Key":"x","Value":"\u00e9"}]}],"Marker":"m1"}"""))
        {
            merger.Add(first);
        }

        using (var second = Output("""{"Marker":null,"DBSnapshots":[{"DBSnapshotIdentifier":"b","SnapshotType":"automated","AllocatedStorage":20},null]}"""))
        {
            merger.Add(second);
        }

        Encoding.UTF8.GetString(merger.ToDocument()).ShouldBe(
            """{"DBSnapshots":[{"DBSnapshotIdentifier":"a","SnapshotType":"manual","Encrypted":true,"KmsKeyId":"k","TagList":[{"Key":"x","Value":"\u00e9"}]},{"DBSnapshotIdentifier":"b","SnapshotType":"automated","AllocatedStorage":20},null]}""");
        merger.Items.ShouldBe(
        [
            new SnapshotSharing { DBSnapshotIdentifier = "a", SnapshotType = "manual", Encrypted = true, KmsKeyId = "k" },
            new SnapshotSharing { DBSnapshotIdentifier = "b", SnapshotType = "automated" },
        ]);
    }

    [Fact]
    public void ToDocument_PageWithoutTheList_IsAnEmptyListNotAMissingOne()
    {
        using var merger = new ListPageMerger<string>("DetectorIds", ProjectionJsonContext.Default.String);
        using var page = Output("""{"NextToken":"t"}""");
        merger.Add(page);

        Encoding.UTF8.GetString(merger.ToDocument()).ShouldBe("""{"DetectorIds":[]}""");
        merger.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Add_ScalarItemsAndNestedListOfTheSameName_OnlyTheTopLevelListIsMerged()
    {
        using var merger = new ListPageMerger<string>("DetectorIds", ProjectionJsonContext.Default.String);
        using var page = Output("""{"Other":{"DetectorIds":["inner"]},"DetectorIds":["d1","d2"]}""");
        merger.Add(page);

        merger.Items.ShouldBe(["d1", "d2"]);
        Encoding.UTF8.GetString(merger.ToDocument()).ShouldBe("""{"DetectorIds":["d1","d2"]}""");
    }

    [Fact]
    public void Add_ItemThatDoesNotBind_ThrowsJsonException()
    {
        using var merger = new ListPageMerger<SnapshotSharing>("DBSnapshots", ProjectionJsonContext.Default.SnapshotSharing);
        using var page = Output("""{"DBSnapshots":[{"Encrypted":"yes"}]}""");

        Should.Throw<JsonException>(() => merger.Add(page));
    }

    [Fact]
    public async Task MergePagesAsync_ItemThatDoesNotBind_IsAMalformedResponseErrorNotADocument()
    {
        var (items, result) = await RegionExport.MergePagesAsync("rds", "describe-db-snapshots", Pages(Output("""{"DBSnapshots":[{"Encrypted":"yes"}]}""")), "DBSnapshots", ProjectionJsonContext.Default.SnapshotSharing, Ct);

        items.ShouldBeNull();
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldStartWith("An error occurred (MalformedResponse) when calling the describe-db-snapshots operation: ");
    }

    [Fact]
    public async Task MergePagesAsync_SecondPageFails_TheErrorIsWrittenAndNoItemsReturned()
    {
        var error = AwsErrorClassifier.Create("rds", "DescribeDBSnapshots", "Throttling", "Rate exceeded", "req-1", 400);
        var (items, result) = await RegionExport.MergePagesAsync(
            "rds", "describe-db-snapshots", Pages(Output("""{"DBSnapshots":[{"DBSnapshotIdentifier":"a"}]}"""), error), "DBSnapshots", ProjectionJsonContext.Default.SnapshotSharing, Ct);

        items.ShouldBeNull();
        result.Error.ShouldBe("An error occurred (Throttling) when calling the DescribeDBSnapshots operation: Rate exceeded (request req-1)");
    }

    private static WireOutput Output(string json)
    {
        var buffer = new PooledBufferWriter(json.Length);
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
        return new WireOutput(buffer, []);
    }

#pragma warning disable CS1998 // An iterator of ready values: the pages a client would have yielded.
    private static async IAsyncEnumerable<AwsResult<WireOutput>> Pages(WireOutput page, AwsError? then = null)
#pragma warning restore CS1998
    {
        yield return AwsResult<WireOutput>.Success(page);
        if (then is not null)
        {
            yield return AwsResult<WireOutput>.Failure(then);
        }
    }
}
