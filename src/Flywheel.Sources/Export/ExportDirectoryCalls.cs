using System.Text;
using Flywheel.Core;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// Replays an export directory as a stream of calls into any <see cref="IExportCallSink"/>: to convert an export,
/// to read one with the in-memory reader, or to test a sink. Emits exactly the files the directory reader would
/// read: every <c>&lt;service&gt;/&lt;command&gt;.json|.error</c> and <c>&lt;service&gt;/&lt;command&gt;/&lt;key&gt;.json|.error</c>
/// (the <c>.json</c> only when both exist), in ordinal order, one account×region at a time, each region completed
/// after its calls. JSON is passed on unparsed; the sink's reader judges it.
/// </summary>
public static class ExportDirectoryCalls
{
    /// <summary>Replays the export in <paramref name="directory"/> into <paramref name="sink"/>.</summary>
    /// <returns>The manifest's <c>createdAt</c>, or null when the export has no manifest (or it has no date).</returns>
    /// <exception cref="InputException">The directory is missing, its layout or manifest is wrong (before any call is emitted), or a file cannot be read.</exception>
    public static async Task<DateTimeOffset?> ReadAsync(string directory, IExportCallSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(sink);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new InputException([$"{directory}: export directory not found"]);
        }

        var diagnostics = new ExportDiagnostics(root);
        var manifest = ExportManifestReader.Read(Path.Combine(root, ExportLayout.ManifestFileName), diagnostics);
        var regions = ExportDirectoryLayout.FindRegions(root, diagnostics);
        if (diagnostics.Errors.Count > 0)
        {
            throw new InputException(diagnostics.Errors);
        }

        foreach (var (accountId, region, regionDirectory) in regions)
        {
            foreach (var (call, path) in Calls(accountId, region, regionDirectory))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await ReadResultAsync(path, diagnostics, cancellationToken).ConfigureAwait(false);
                await sink.WriteAsync(call, result, cancellationToken).ConfigureAwait(false);
            }

            await sink.CompleteRegionAsync(accountId, region, cancellationToken).ConfigureAwait(false);
        }

        return manifest?.CreatedAt;
    }

    private static IEnumerable<(ExportCall Call, string Path)> Calls(string accountId, string region, string regionDirectory)
    {
        foreach (var serviceDirectory in ExportDirectoryLayout.Entries(regionDirectory).Where(Directory.Exists))
        {
            var service = Path.GetFileName(serviceDirectory);
            if (!ExportLayout.IsCliName(service))
            {
                continue;
            }

            // A command's list file and its per-resource directory sort next to each other; both are emitted.
            foreach (var entry in ExportDirectoryLayout.Entries(serviceDirectory))
            {
                if (Directory.Exists(entry))
                {
                    var command = Path.GetFileName(entry);
                    if (!ExportLayout.IsCliName(command))
                    {
                        continue;
                    }

                    foreach (var (stem, path) in CallFiles(entry))
                    {
                        // Only names the reader would look up: a valid encoding, in its canonical form.
                        if (ExportLayout.DecodeKey(stem) is { Length: > 0 } key && ExportLayout.EncodeKey(key) == stem)
                        {
                            yield return (new ExportCall(accountId, region, service, command, key), path);
                        }
                    }
                }
            }

            foreach (var (command, path) in CallFiles(serviceDirectory))
            {
                if (ExportLayout.IsCliName(command))
                {
                    yield return (new ExportCall(accountId, region, service, command), path);
                }
            }
        }
    }

    // Stem → file of the .json and .error files of a directory; the .json wins when both exist, as when reading.
    private static IEnumerable<(string Stem, string Path)> CallFiles(string directory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ExportDirectoryLayout.Entries(directory).Where(File.Exists))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(ExportLayout.JsonExtension, StringComparison.Ordinal))
            {
                files[name[..^ExportLayout.JsonExtension.Length]] = file;
            }
            else if (name.EndsWith(ExportLayout.ErrorExtension, StringComparison.Ordinal))
            {
                files.TryAdd(name[..^ExportLayout.ErrorExtension.Length], file);
            }
        }

        return files.Select(f => (f.Key, f.Value));
    }

    private static async Task<ExportCallResult> ReadResultAsync(string path, ExportDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            if (path.EndsWith(ExportLayout.JsonExtension, StringComparison.Ordinal))
            {
                return ExportCallResult.Success(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            }

            // An empty .error file reads as this reason; a sink needs the text itself.
            var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            return ExportCallResult.Failure(string.IsNullOrWhiteSpace(text) ? ExportLayout.EmptyError : text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException([$"{diagnostics.Relative(path)}: cannot be read: {ex.Message}"]);
        }
    }
}
