using System.Text;
using System.Text.Json;
using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// Writes export calls as an export directory (docs/export-layout.md), exactly as <see cref="ExportDirectoryCollector"/>
/// reads it: <c>flywheel collect --out DIR</c>. Each file is written to a hidden temporary name in its directory and
/// then moved into place, so an interrupted collection never leaves a truncated <c>.json</c>. manifest.json is written
/// by <see cref="CompleteAsync"/>, last, so its presence says the export is complete. Calls of different
/// account-regions may be written concurrently. A call written twice keeps the later result (the other extension's
/// file is removed).
/// </summary>
public sealed class ExportDirectoryWriter : IExportCallSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Lock _gate = new();
    private readonly HashSet<InventoryScope> _completedRegions = [];
    private readonly ExportDirectoryWriterOptions _options;
    private bool _completed;

    private ExportDirectoryWriter(string root, ExportDirectoryWriterOptions options)
    {
        Root = root;
        _options = options;
    }

    /// <summary>The full path of the export directory.</summary>
    public string Root { get; }

    /// <summary>
    /// Prepares <paramref name="directory"/> for a new export: creates it when absent, accepts it when empty, and
    /// when it holds an export replaces it only if <see cref="ExportDirectoryWriterOptions.ReplaceExisting"/> says so.
    /// </summary>
    /// <exception cref="InputException">The directory is a file, holds something that is not an export, or holds an export that may not be replaced.</exception>
    public static ExportDirectoryWriter Create(string directory, ExportDirectoryWriterOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(directory);
        if (File.Exists(root))
        {
            throw new InputException([$"{directory}: is a file; expected a directory to write the export to"]);
        }

        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!ExportDirectoryLayout.IsExport(root))
            {
                throw new InputException([$"{directory}: is not empty and does not hold an export (<12-digit account id>/<region>/… and manifest.json); refusing to write into it"]);
            }

            if (!options.ReplaceExisting)
            {
                throw new InputException([$"{directory}: already holds an export; replace it explicitly or choose another directory"]);
            }

            DeleteExport(root);
        }

        Directory.CreateDirectory(root);
        return new ExportDirectoryWriter(root, options);
    }

    /// <summary>Writes the call's <c>.json</c> (its output) or <c>.error</c> (its error text) file.</summary>
    /// <exception cref="ArgumentException">The call cannot be part of an export (account, region, service or command).</exception>
    /// <exception cref="InvalidOperationException">The call's account×region, or the whole export, was already completed.</exception>
    public ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
    {
        ExportLayout.Validate(call);
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfCompleted();
            if (_completedRegions.Contains(new InventoryScope(call.AccountId, call.Region)))
            {
                throw new InvalidOperationException($"{call.AccountId}/{call.Region} was already completed; {call.Service} {call.Command} came too late.");
            }
        }

        var basePath = ExportLayout.CallPath(Root, call);
        Directory.CreateDirectory(Path.GetDirectoryName(basePath)!);
        var (extension, stale) = result.Succeeded
            ? (ExportLayout.JsonExtension, ExportLayout.ErrorExtension)
            : (ExportLayout.ErrorExtension, ExportLayout.JsonExtension);
        var content = result.Json ?? Utf8.GetBytes(result.Error!);
        WriteAtomically(basePath + extension, content);
        File.Delete(basePath + stale);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Marks the account×region complete: creates its directory even when no call was written (the reader's scope
    /// comes from the directory), and refuses later calls for it.
    /// </summary>
    public ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        ExportLayout.ValidateScope(accountId, region);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfCompleted();
            if (!_completedRegions.Add(new InventoryScope(accountId, region)))
            {
                throw new InvalidOperationException($"{accountId}/{region} was already completed.");
            }
        }

        Directory.CreateDirectory(Path.Combine(Root, accountId, region));
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Finishes the export: writes manifest.json (<c>flywheel-export/1</c>, <paramref name="createdAt"/> in UTC,
    /// the options' tool). Call it once, after every region; until then the export has no manifest, which is how
    /// an interrupted collection shows.
    /// </summary>
    public ValueTask CompleteAsync(DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfCompleted();
            _completed = true;
        }

        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", ExportLayout.ManifestFormat);
            json.WriteString("createdAt", createdAt.ToUniversalTime().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("tool", _options.Tool);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        WriteAtomically(Path.Combine(Root, ExportLayout.ManifestFileName), buffer.ToArray());
        return ValueTask.CompletedTask;
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException($"The export in {Root} was already completed.");
        }
    }

    // Same directory, so the move is a rename on one file system: readers see the old file or the whole new one.
    // Synchronous: the files are small, and .NET's asynchronous file writes on Linux make the same system calls
    // on the thread pool anyway.
    private static void WriteAtomically(string path, byte[] content)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{ExportLayout.TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(content);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    // Only what an export consists of; the manifest first, so a replace cut short does not look complete.
    private static void DeleteExport(string root)
    {
        File.Delete(Path.Combine(root, ExportLayout.ManifestFileName));
        foreach (var entry in ExportDirectoryLayout.Entries(root).Where(e => ExportLayout.IsAccountId(Path.GetFileName(e))).ToArray())
        {
            Directory.Delete(entry, recursive: true);
        }
    }
}
