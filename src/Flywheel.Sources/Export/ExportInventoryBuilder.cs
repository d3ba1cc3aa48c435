using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// Reads a live scan's export calls in memory, with the same mapping as <see cref="ExportDirectoryCollector"/>:
/// buffers an account×region's calls until <see cref="CompleteRegionAsync"/>, then maps that region on the calling
/// thread and releases its JSON, so memory is bounded by the regions in flight. <see cref="Build"/> puts the
/// completed regions together. Calls of different account-regions may be written, and regions completed,
/// concurrently. A call written twice keeps the later result.
/// </summary>
public sealed class ExportInventoryBuilder : IExportCallSink
{
    private readonly IReadOnlySet<Dataset> _notCollected;
    private readonly Lock _gate = new();
    private readonly Dictionary<InventoryScope, Dictionary<(string Service, string Command, string? ResourceKey), ExportCallResult>> _pending = [];

    // Null while the region is being mapped, so a late write is refused and Build waits for nothing silently.
    private readonly Dictionary<InventoryScope, ExportRegionResult?> _completed = [];

    /// <summary>A builder for a collection of every dataset.</summary>
    public ExportInventoryBuilder()
        : this(new HashSet<Dataset>())
    {
    }

    /// <summary>A builder for a collection that skips the <paramref name="notCollected"/> datasets on purpose (<see cref="Core.Rules.DatasetSelection"/>): no gap is recorded for them.</summary>
    public ExportInventoryBuilder(IReadOnlySet<Dataset> notCollected)
    {
        ArgumentNullException.ThrowIfNull(notCollected);
        _notCollected = notCollected;
    }

    /// <summary>Buffers one call's result until its account×region completes.</summary>
    /// <exception cref="ArgumentException">The call cannot be part of an export (account, region, service or command).</exception>
    /// <exception cref="InvalidOperationException">The call's account×region was already completed.</exception>
    public ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
    {
        ExportLayout.Validate(call);
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        var scope = new InventoryScope(call.AccountId, call.Region);
        lock (_gate)
        {
            if (_completed.ContainsKey(scope))
            {
                throw new InvalidOperationException($"{call.AccountId}/{call.Region} was already completed; {call.Service} {call.Command} came too late.");
            }

            if (!_pending.TryGetValue(scope, out var calls))
            {
                _pending[scope] = calls = [];
            }

            calls[(call.Service, call.Command, call.ResourceKey)] = result;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Maps the account×region's calls (none is fine: a scope where nothing was collected, all gaps) and releases
    /// them. Malformed or wrongly shaped JSON does not throw here: it is reported by <see cref="Build"/> with the
    /// other input errors, named <c>live:&lt;account&gt;/&lt;region&gt;/&lt;service&gt;/&lt;command&gt;[/&lt;key&gt;]</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The account×region was already completed.</exception>
    public ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        ExportLayout.ValidateScope(accountId, region);
        cancellationToken.ThrowIfCancellationRequested();
        var scope = new InventoryScope(accountId, region);
        Dictionary<(string, string, string?), ExportCallResult>? calls;
        lock (_gate)
        {
            if (!_completed.TryAdd(scope, null))
            {
                throw new InvalidOperationException($"{accountId}/{region} was already completed.");
            }

            _pending.Remove(scope, out calls);
        }

        ExportRegionResult mapped;
        try
        {
            var source = new MemoryExportCallSource(calls ?? []);
            mapped = ExportRegionMapper.Map(new ExportRegion(accountId, region, source, _notCollected), cancellationToken);
        }
        catch
        {
            // Cancelled (or failed) mid-way: the region is not part of the inventory, and may not be completed again.
            lock (_gate)
            {
                _completed.Remove(scope);
            }

            throw;
        }

        lock (_gate)
        {
            _completed[scope] = mapped;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The inventory of the completed account-regions (ordered by account, then region, as an export directory is
    /// read), with their gaps and <paramref name="collectedAt"/>.
    /// </summary>
    /// <exception cref="InputException">Some call's JSON was malformed or not the shape the CLI prints; lists every one.</exception>
    /// <exception cref="InvalidOperationException">Calls were written for an account×region that was not completed, or one is still being mapped.</exception>
    public InventorySnapshot Build(DateTimeOffset collectedAt)
    {
        List<ExportRegionResult> regions;
        lock (_gate)
        {
            var unfinished = _pending.Keys.Concat(_completed.Where(c => c.Value is null).Select(c => c.Key))
                .Select(s => $"{s.AccountId}/{s.Region}")
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (unfinished.Length > 0)
            {
                throw new InvalidOperationException($"Not completed: {string.Join(", ", unfinished)}. Complete every account and region before building the inventory.");
            }

            regions = _completed.Values.Select(r => r!)
                .OrderBy(r => r.Scope.AccountId, StringComparer.Ordinal)
                .ThenBy(r => r.Scope.Region, StringComparer.Ordinal)
                .ToList();
        }

        var assembler = new ExportInventoryAssembler();
        foreach (var region in regions)
        {
            assembler.Add(region);
        }

        return assembler.Build(collectedAt);
    }
}
