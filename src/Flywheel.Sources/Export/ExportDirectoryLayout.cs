namespace Flywheel.Sources.Export;

/// <summary>The top two levels of an export directory (accounts, regions), checked as the reader checks them.</summary>
internal static class ExportDirectoryLayout
{
    public const string ReadmeFileName = "README.md";

    /// <summary>The account×region directories, ordered by account then region; layout problems go to <paramref name="diagnostics"/>.</summary>
    public static List<(string AccountId, string Region, string Directory)> FindRegions(string root, ExportDiagnostics diagnostics)
    {
        var regions = new List<(string, string, string)>();
        foreach (var entry in Entries(root))
        {
            var name = Path.GetFileName(entry);
            if (name is ExportLayout.ManifestFileName or ReadmeFileName)
            {
                continue;
            }

            if (!Directory.Exists(entry) || !ExportLayout.IsAccountId(name))
            {
                diagnostics.FileError(entry, "expected a 12-digit AWS account id directory (or manifest.json) at the top of the export");
                continue;
            }

            foreach (var regionEntry in Entries(entry))
            {
                var regionName = Path.GetFileName(regionEntry);
                if (!Directory.Exists(regionEntry) || !ExportLayout.IsRegion(regionName))
                {
                    diagnostics.FileError(regionEntry, "expected a region directory such as us-east-1 inside an account directory");
                    continue;
                }

                regions.Add((name, regionName, regionEntry));
            }
        }

        return regions;
    }

    /// <summary>
    /// True when the directory holds an export: besides hidden entries and README.md, only account directories
    /// and a manifest.json of this format, and at least one of them.
    /// </summary>
    public static bool IsExport(string root)
    {
        var found = false;
        foreach (var entry in Entries(root))
        {
            var name = Path.GetFileName(entry);
            if (name == ReadmeFileName)
            {
                continue;
            }

            if (name == ExportLayout.ManifestFileName && File.Exists(entry))
            {
                var diagnostics = new ExportDiagnostics(root);
                if (ExportManifestReader.Read(entry, diagnostics) is null)
                {
                    return false;
                }
            }
            else if (!Directory.Exists(entry) || !ExportLayout.IsAccountId(name))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>Entries of a directory in ordinal order, without hidden ones (.DS_Store, .git, a writer's temporary files).</summary>
    public static IEnumerable<string> Entries(string directory) =>
        Directory.EnumerateFileSystemEntries(directory)
            .Where(e => !Path.GetFileName(e).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
