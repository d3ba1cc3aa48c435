using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// Reads an export directory of unmodified AWS CLI JSON outputs (layout: docs/export-layout.md) into an inventory.
/// Calls that failed or are absent become <see cref="CollectionGap"/>s; an unusable directory or file throws one
/// <see cref="InputException"/> listing every problem.
/// </summary>
public sealed class ExportDirectoryCollector : IInventoryCollector
{
    private readonly string _directory;
    private readonly TimeProvider _timeProvider;

    public ExportDirectoryCollector(string directory, TimeProvider timeProvider)
    {
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public Task<InventorySnapshot> CollectAsync(CancellationToken cancellationToken)
    {
        // The reads are synchronous file reads; the task form is the collector contract shared with live AWS, so
        // failures travel in the task as they would from an asynchronous collector.
        try
        {
            return Task.FromResult(Collect(cancellationToken));
        }
        catch (InputException ex)
        {
            return Task.FromException<InventorySnapshot>(ex);
        }
        catch (OperationCanceledException)
        {
            return Task.FromCanceled<InventorySnapshot>(cancellationToken);
        }
    }

    private InventorySnapshot Collect(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(_directory);
        if (!Directory.Exists(root))
        {
            throw new InputException([$"{_directory}: export directory not found"]);
        }

        var diagnostics = new ExportDiagnostics(root);
        var manifest = ExportManifestReader.Read(Path.Combine(root, ExportLayout.ManifestFileName), diagnostics);
        var regions = ExportDirectoryLayout.FindRegions(root, diagnostics);
        if (regions.Count == 0 && diagnostics.Errors.Count == 0)
        {
            diagnostics.FileError(root, "no account directories; expected <12-digit account id>/<region>/<service>/<cli-command>.json");
        }

        var assembler = new ExportInventoryAssembler();
        assembler.AddErrors(diagnostics.Errors);
        var source = new DirectoryExportCallSource(root);
        foreach (var (accountId, region, _) in regions)
        {
            assembler.Add(ExportRegionMapper.Map(new ExportRegion(accountId, region, source), cancellationToken));
        }

        return assembler.Build(manifest?.CreatedAt ?? _timeProvider.GetUtcNow());
    }
}
