using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Protocols;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection;

/// <summary>
/// Writes one account-region's calls into the export sink as the AWS CLI would print them: a list call's pages
/// merged into one document (the CLI's automatic pagination), a failed call as the CLI's error text. The protocols'
/// output is keyed by the service model's member names, as the CLI's JSON is, so it is written as it came; the
/// collectors bind from it only what they read (identifiers, engines, keys). It also carries what the
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
    /// Walks every page of a list call and writes the merged document. Returns the items bound to
    /// <paramref name="items"/> (what the collector reads from them), or null when the call failed (its error is
    /// written instead; a partial listing is never written as if it were whole).
    /// </summary>
    public async Task<IReadOnlyList<TItem>?> ListAsync<TItem>(
        string service,
        string command,
        string? resourceKey,
        IAsyncEnumerable<AwsResult<WireOutput>> pages,
        string listMember,
        JsonTypeInfo<TItem> items,
        CancellationToken cancellationToken)
    {
        var (all, result) = await MergePagesAsync(service, command, pages, listMember, items, cancellationToken).ConfigureAwait(false);
        await WriteResultAsync(service, command, resourceKey, result, cancellationToken).ConfigureAwait(false);
        return all;
    }

    /// <summary>A list call whose items the collector does not read: only the merged document is written.</summary>
    public async Task ListAsync(string service, string command, string? resourceKey, IAsyncEnumerable<AwsResult<WireOutput>> pages, string listMember, CancellationToken cancellationToken)
    {
        var result = await MergePagesAsync(service, command, pages, listMember, cancellationToken).ConfigureAwait(false);
        await WriteResultAsync(service, command, resourceKey, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every page of a list call merged into the one document the CLI prints, or the CLI's error text.</summary>
    public static async Task<ExportCallResult> MergePagesAsync(string service, string command, IAsyncEnumerable<AwsResult<WireOutput>> pages, string listMember, CancellationToken cancellationToken) =>
        // Unbound items as object: reference-type instantiations share their compiled code.
        (await MergePagesAsync<object>(service, command, pages, listMember, null, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>
    /// Every page of a list call merged into the one document the CLI prints, with the items (bound when
    /// <paramref name="items"/> is given); on the first failed page, the CLI's error text and no items.
    /// </summary>
    public static async Task<(IReadOnlyList<TItem>? Items, ExportCallResult Result)> MergePagesAsync<TItem>(
        string service,
        string command,
        IAsyncEnumerable<AwsResult<WireOutput>> pages,
        string listMember,
        JsonTypeInfo<TItem>? items,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var merger = new ListPageMerger<TItem>(listMember, items);
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!page.Succeeded)
            {
                return (null, ExportCallResult.Failure(CliErrorText.For(page.Error)));
            }

            using var output = page.Value;
            try
            {
                merger.Add(output);
            }
            catch (JsonException exception)
            {
                return (null, Malformed(service, command, exception));
            }
        }

        return (merger.Items, ExportCallResult.Success(merger.ToDocument()));
    }

    /// <summary>
    /// Makes one (unpaginated) call and writes its document or its error; returns the output bound to
    /// <paramref name="bindAs"/> (the record or the part of it the collector reads), or null when it failed.
    /// </summary>
    public async Task<TResponse?> OneAsync<TResponse>(
        string service,
        string command,
        string? resourceKey,
        Func<CancellationToken, Task<AwsResult<WireOutput>>> call,
        JsonTypeInfo<TResponse> bindAs,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(bindAs);
        var (bound, result) = await CallAsync(service, command, call, bindAs, cancellationToken).ConfigureAwait(false);
        await WriteResultAsync(service, command, resourceKey, result, cancellationToken).ConfigureAwait(false);
        return bound;
    }

    /// <summary>Makes one (unpaginated) call whose output the collector does not read, and writes its document or its error.</summary>
    public async Task OneAsync(string service, string command, string? resourceKey, Func<CancellationToken, Task<AwsResult<WireOutput>>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (_, result) = await CallAsync<object>(service, command, call, null, cancellationToken).ConfigureAwait(false);
        await WriteResultAsync(service, command, resourceKey, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a document obtained elsewhere (a catalogue shared by every account of the region).</summary>
    public ValueTask WriteResultAsync(string service, string command, string? resourceKey, ExportCallResult result, CancellationToken cancellationToken) =>
        sink.WriteAsync(new ExportCall(accountId, region, service, command, resourceKey), result, cancellationToken);

    private static async Task<(TResponse? Bound, ExportCallResult Result)> CallAsync<TResponse>(
        string service, string command, Func<CancellationToken, Task<AwsResult<WireOutput>>> call, JsonTypeInfo<TResponse>? bindAs, CancellationToken cancellationToken)
    {
        var result = await call(cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return (default, ExportCallResult.Failure(CliErrorText.For(result.Error)));
        }

        using var output = result.Value;
        try
        {
            var bound = bindAs is null ? default : JsonSerializer.Deserialize(output.Json, bindAs);
            return (bound, ExportCallResult.Success(output.Json.ToArray()));
        }
        catch (JsonException exception)
        {
            return (default, Malformed(service, command, exception));
        }
    }

    // Output the typed records cannot read is what the typed client reports as MalformedResponse: an error, not data.
    private static ExportCallResult Malformed(string service, string command, JsonException exception) =>
        ExportCallResult.Failure(CliErrorText.For(AwsErrorClassifier.Create(service, command, "MalformedResponse", exception.Message, null, 200)));
}
