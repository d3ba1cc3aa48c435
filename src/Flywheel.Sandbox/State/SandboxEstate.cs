using System.Collections.Concurrent;

namespace Flywheel.Sandbox.State;

/// <summary>All accounts × regions of the sandbox. Regions no one has generated are created empty on first use.</summary>
internal sealed class SandboxEstate(SandboxOptions options, SandboxIds ids)
{
    private readonly ConcurrentDictionary<(string Account, string Region), RegionState> _regions = new();

    public SandboxOptions Options { get; } = options;

    public SandboxIds Ids { get; } = ids;

    public RegionState Region(string accountId, string region) =>
        _regions.GetOrAdd((accountId, region), key => new RegionState(key.Account, key.Region, Options));

    public IEnumerable<RegionState> Regions => _regions.Values;
}
