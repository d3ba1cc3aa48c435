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
        var regions = FindRegions(root, diagnostics);
        if (regions.Count == 0 && diagnostics.Errors.Count == 0)
        {
            diagnostics.Error(root, "no account directories; expected <12-digit account id>/<region>/<service>/<cli-command>.json");
        }

        var cloudTrail = new CloudTrailExportReader();
        IExportServiceReader[] readers =
        [
            new RdsExportReader(),
            new RdsSnapshotExportReader(),
            new RdsParameterExportReader(),
            new RdsEngineVersionExportReader(),
            new KmsExportReader(),
            new Ec2ExportReader(),
            new SecretsManagerExportReader(),
            cloudTrail,
            new GuardDutyExportReader(),
        ];
        var resources = new List<AwsResource>();
        foreach (var region in regions)
        {
            foreach (var reader in readers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Read(region);
            }

            resources.AddRange(region.Resources);
        }

        resources.AddRange(cloudTrail.UnhomedTrails());
        if (diagnostics.Errors.Count > 0)
        {
            throw new InputException(diagnostics.Errors);
        }

        return new InventorySnapshot(
            regions.Select(r => new InventoryScope(r.AccountId, r.Region)),
            resources,
            diagnostics.Gaps,
            manifest?.CreatedAt ?? _timeProvider.GetUtcNow());
    }

    private static List<ExportRegion> FindRegions(string root, ExportDiagnostics diagnostics)
    {
        var regions = new List<ExportRegion>();
        foreach (var entry in Entries(root))
        {
            var name = Path.GetFileName(entry);
            if (name == ExportLayout.ManifestFileName || name == "README.md")
            {
                continue;
            }

            if (!Directory.Exists(entry) || !ExportLayout.IsAccountId(name))
            {
                diagnostics.Error(entry, "expected a 12-digit AWS account id directory (or manifest.json) at the top of the export");
                continue;
            }

            foreach (var regionEntry in Entries(entry))
            {
                var regionName = Path.GetFileName(regionEntry);
                if (!Directory.Exists(regionEntry) || !ExportLayout.IsRegion(regionName))
                {
                    diagnostics.Error(regionEntry, "expected a region directory such as us-east-1 inside an account directory");
                    continue;
                }

                regions.Add(new ExportRegion(name, regionName, regionEntry, diagnostics));
            }
        }

        return regions;
    }

    // Hidden entries (.DS_Store, .git) are not part of an export.
    private static IEnumerable<string> Entries(string directory) =>
        Directory.EnumerateFileSystemEntries(directory)
            .Where(e => !Path.GetFileName(e).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
