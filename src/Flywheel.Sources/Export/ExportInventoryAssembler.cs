using Flywheel.Core;
using Flywheel.Core.Inventory;

namespace Flywheel.Sources.Export;

/// <summary>
/// Puts mapped account×regions together into one inventory, in the order they are added (callers add them ordered
/// by account, then region). Decides what spans regions: a trail is taken once, from its home region, and a trail
/// listed only outside its home region (not read, or its describe-trails failed) is kept once, from the first
/// listing, without status, so rules report the home region's gap rather than a missing trail.
/// </summary>
internal sealed class ExportInventoryAssembler
{
    private readonly List<string> _errors = [];
    private readonly List<InventoryScope> _scopes = [];
    private readonly List<AwsResource> _resources = [];
    private readonly List<CollectionGap> _gaps = [];
    private readonly Dictionary<string, Trail> _shadows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _homed = new(StringComparer.Ordinal);

    /// <summary>Input errors found before the regions were read (layout, manifest).</summary>
    public void AddErrors(IEnumerable<string> errors) => _errors.AddRange(errors);

    public void Add(ExportRegionResult region)
    {
        ArgumentNullException.ThrowIfNull(region);
        _scopes.Add(region.Scope);
        foreach (var resource in region.Resources)
        {
            // An organization trail is listed as homed in every member account: keep the first.
            if (resource is Trail trail && !_homed.Add(trail.Arn))
            {
                continue;
            }

            _resources.Add(resource);
        }

        foreach (var shadow in region.ShadowTrails)
        {
            _shadows.TryAdd(shadow.Arn, shadow);
        }

        _gaps.AddRange(region.Gaps);
        _errors.AddRange(region.Errors);
    }

    /// <summary>The inventory; throws one <see cref="InputException"/> listing every input error when there are any.</summary>
    public InventorySnapshot Build(DateTimeOffset collectedAt)
    {
        if (_errors.Count > 0)
        {
            throw new InputException(_errors.ToArray());
        }

        var unhomed = _shadows.Values.Where(t => !_homed.Contains(t.Arn));
        return new InventorySnapshot(_scopes, _resources.Concat(unhomed), _gaps, collectedAt);
    }
}
