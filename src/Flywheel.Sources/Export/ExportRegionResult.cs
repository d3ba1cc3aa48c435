using Flywheel.Core.Inventory;

namespace Flywheel.Sources.Export;

/// <summary>One account×region, mapped: its resources, the shadow trails it lists, its gaps and its input errors.</summary>
internal sealed record ExportRegionResult(
    InventoryScope Scope,
    IReadOnlyList<AwsResource> Resources,
    IReadOnlyList<Trail> ShadowTrails,
    IReadOnlyList<CollectionGap> Gaps,
    IReadOnlyList<string> Errors);
