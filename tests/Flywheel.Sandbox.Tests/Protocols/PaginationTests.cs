using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Tests.Protocols;

public sealed class PaginationTests
{
    private static readonly Func<string, AwsError> Invalid = m => AwsError.InvalidParameterValue($"Invalid marker: {m}");

    [Fact]
    public void PageAfter_Markers_WalkEveryItemOnceInOrder()
    {
        var items = Enumerable.Range(0, 250).Select(i => $"db-{i:D4}").ToList();
        var seen = new List<string>();
        string? marker = null;
        var pages = 0;

        do
        {
            var page = Pagination.PageAfter(items, x => x, 100, marker, Invalid);
            page.Error.ShouldBeNull();
            seen.AddRange(page.Items);
            marker = page.NextMarker;
            pages++;
        }
        while (marker is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(items);
    }

    [Fact]
    public void PageAfter_ItemDeletedBeforeTheMarker_NextPageStartsAfterTheLastItemReturned()
    {
        var items = Enumerable.Range(0, 50).Select(i => $"db-{i:D4}").ToList();
        var first = Pagination.PageAfter(items, x => x, 20, null, Invalid);

        // An offset marker would skip db-0020 after this deletion; a key marker resumes right after db-0019.
        items.RemoveAt(3);
        items.Add("db-9999");
        var second = Pagination.PageAfter(items, x => x, 20, first.NextMarker, Invalid);

        first.Items[^1].ShouldBe("db-0019");
        second.Items[0].ShouldBe("db-0020");
        second.Items.Count.ShouldBe(20);
    }

    [Fact]
    public void PageAfter_ForeignMarker_ReturnsInvalidMarkerError()
    {
        var page = Pagination.PageAfter(["a", "b"], x => x, 20, "not-a-marker", Invalid);

        page.Error.ShouldNotBeNull();
        page.Error.Message.ShouldBe("Invalid marker: not-a-marker");
        page.Items.ShouldBeEmpty();
    }
}
