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

    /// <summary>
    /// The trails of an account visible from a region: its own, and the multi-region trails homed elsewhere
    /// (shadow trails). Trails are fixed after generation, so reading other regions needs no lock.
    /// </summary>
    public IEnumerable<(TrailState Trail, bool IsShadow)> TrailsVisibleFrom(string accountId, string region) =>
        _regions.Values
            .Where(r => r.AccountId == accountId)
            .SelectMany(r => r.Trails)
            .Where(t => t.HomeRegion == region || t.IsMultiRegionTrail)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (t, t.HomeRegion != region));
}
