namespace Flywheel.Sources.Export;

/// <summary>The optional manifest.json at the root of an export.</summary>
internal sealed record ExportManifest(string Format, DateTimeOffset? CreatedAt, string? Tool);
