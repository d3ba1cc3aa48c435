using System.Collections.Concurrent;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection;

/// <summary>
/// Documents that are the same for every account of a region (AWS's engine version catalogue), fetched once per
/// region and scan and written into each account's export. A failure is not kept: the next account asks again
/// (its own permissions may allow the call).
/// </summary>
internal sealed class SharedCatalog
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ExportCallResult>>> _documents = new(StringComparer.Ordinal);

    public async Task<ExportCallResult> GetAsync(string region, string command, string? key, Func<Task<ExportCallResult>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var id = $"{region}/{command}/{key}";
        var entry = _documents.GetOrAdd(id, _ => new Lazy<Task<ExportCallResult>>(fetch, LazyThreadSafetyMode.ExecutionAndPublication));
        // A caller that gives up stops waiting; the fetch goes on for the others.
        var result = await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            _documents.TryRemove(new KeyValuePair<string, Lazy<Task<ExportCallResult>>>(id, entry));
        }

        return result;
    }
}
