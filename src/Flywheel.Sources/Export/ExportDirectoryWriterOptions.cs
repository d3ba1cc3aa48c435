namespace Flywheel.Sources.Export;

/// <summary>How <see cref="ExportDirectoryWriter.Create"/> treats its target and what the manifest says.</summary>
public sealed record ExportDirectoryWriterOptions
{
    /// <summary>The manifest's free-text <c>tool</c>: what wrote the export (for example <c>flywheel 1.2.0 collect</c>).</summary>
    public string Tool { get; init; } = "flywheel";

    /// <summary>
    /// When the target already holds an export: false (the default) refuses it; true deletes its manifest.json and
    /// account directories first (README.md and hidden entries such as .git stay). A non-empty directory that is not
    /// an export is refused either way.
    /// </summary>
    public bool ReplaceExisting { get; init; }
}
