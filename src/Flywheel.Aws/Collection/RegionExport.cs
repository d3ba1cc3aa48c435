using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Flywheel.Aws.Wire;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection;

/// <summary>
/// Writes one account-region's calls into the export sink as the AWS CLI would print them: a list call's pages
/// merged into one document (the CLI's automatic pagination), a failed call as the CLI's error text. The typed
/// records carry the service model's member names, so serializing them gives the CLI's JSON. It also carries what the
/// region's collectors learn from each other (<see cref="Keys"/>) and which datasets the collection skips.
/// </summary>
internal sealed class RegionExport(IExportCallSink sink, string accountId, string region, IReadOnlySet<Dataset> notCollected)
{
    public string AccountId => accountId;

    public string Region => region;

    /// <summary>The region's AWS managed keys, published by the KMS collector.</summary>
    public AwsManagedKeys Keys { get; } = new(accountId, region);

    /// <summary>False for a dataset the collection skips on purpose (see <see cref="Core.Rules.DatasetSelection"/>).</summary>
    public bool Collects(Dataset dataset) => !notCollected.Contains(dataset);

    /// <summary>
    /// Walks every page of a list call and writes the merged document. Returns the items, or null when the call
    /// failed (its error is written instead; a partial listing is never written as if it were whole).
    /// </summary>
    public Task<IReadOnlyList<TItem>?> ListAsync<TResponse, TItem>(
        string service,
        string command,
        IAsyncEnumerable<AwsResult<TResponse>> pages,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<IReadOnlyList<TItem>, TResponse> merge,
        JsonTypeInfo<TResponse> info,
        CancellationToken cancellationToken) =>
        ListAsync(service, command, null, pages, items, merge, info, cancellationToken);

    /// <summary>A paginated per-resource call (the parameters of one group, the grants of one key).</summary>
    public async Task<IReadOnlyList<TItem>?> ListAsync<TResponse, TItem>(
        string service,
        string command,
        string? resourceKey,
        IAsyncEnumerable<AwsResult<TResponse>> pages,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<IReadOnlyList<TItem>, TResponse> merge,
        JsonTypeInfo<TResponse> info,
        CancellationToken cancellationToken)
    {
        var (all, result) = await MergePagesAsync(pages, items, merge, info, cancellationToken).ConfigureAwait(false);
        await WriteResultAsync(service, command, resourceKey, result, cancellationToken).ConfigureAwait(false);
        return all;
    }

    /// <summary>
    /// Every page of a list call merged into the one document the CLI prints, with the items; on the first failed
    /// page, the CLI's error text and no items.
    /// </summary>
    public static async Task<(IReadOnlyList<TItem>? Items, ExportCallResult Result)> MergePagesAsync<TResponse, TItem>(
        IAsyncEnumerable<AwsResult<TResponse>> pages,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<IReadOnlyList<TItem>, TResponse> merge,
        JsonTypeInfo<TResponse> info,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(merge);
        var all = new List<TItem>();
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!page.Succeeded)
            {
                return (null, ExportCallResult.Failure(CliErrorText.For(page.Error)));
            }

            if (items(page.Value) is { } list)
            {
                all.AddRange(list);
            }
        }

        return (all, Serialize(merge(all), info));
    }

    /// <summary>Makes one (unpaginated) call and writes its document or its error; returns the response or null.</summary>
    public async Task<TResponse?> OneAsync<TResponse>(
        string service,
        string command,
        string? resourceKey,
        Func<CancellationToken, Task<AwsResult<TResponse>>> call,
        JsonTypeInfo<TResponse> info,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        var result = await call(cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await FailAsync(service, command, resourceKey, result.Error, cancellationToken).ConfigureAwait(false);
            return null;
        }

        await WriteAsync(service, command, resourceKey, result.Value, info, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    /// <summary>Writes a document obtained elsewhere (a catalogue shared by every account of the region).</summary>
    public ValueTask WriteResultAsync(string service, string command, string? resourceKey, ExportCallResult result, CancellationToken cancellationToken) =>
        sink.WriteAsync(new ExportCall(accountId, region, service, command, resourceKey), result, cancellationToken);

    public static ExportCallResult Serialize<T>(T value, JsonTypeInfo<T> info) =>
        ExportCallResult.Success(JsonSerializer.SerializeToUtf8Bytes(value, info));

    private ValueTask FailAsync(string service, string command, string? resourceKey, AwsError error, CancellationToken cancellationToken) =>
        WriteResultAsync(service, command, resourceKey, ExportCallResult.Failure(CliErrorText.For(error)), cancellationToken);
    private ValueTask WriteAsync<T>(string service, string command, string? resourceKey, T value, JsonTypeInfo<T> info, CancellationToken cancellationToken) =>
        WriteResultAsync(service, command, resourceKey, Serialize(value, info), cancellationToken);
}
