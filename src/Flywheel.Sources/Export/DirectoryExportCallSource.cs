using System.Text;
using System.Text.Json;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>The calls of an export directory: <c>.json</c> and <c>.error</c> files at the layout's paths.</summary>
internal sealed class DirectoryExportCallSource : IExportCallSource
{
    private readonly string _root;

    /// <param name="root">The full path of the export directory (not of the region).</param>
    public DirectoryExportCallSource(string root)
    {
        _root = root;
    }

    public ExportCallKind Find(ExportCall call, JsonDocumentOptions options, out JsonDocument? document, out string? errorText)
    {
        var basePath = ExportLayout.CallPath(_root, call);
        document = null;
        errorText = null;

        // If both files exist the .json wins: a retried call that succeeded.
        var jsonPath = basePath + ExportLayout.JsonExtension;
        if (File.Exists(jsonPath))
        {
            using var stream = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            document = JsonDocument.Parse(stream, options);
            return ExportCallKind.Output;
        }

        var errorPath = basePath + ExportLayout.ErrorExtension;
        if (File.Exists(errorPath))
        {
            errorText = File.ReadAllText(errorPath, Encoding.UTF8);
            return ExportCallKind.Error;
        }

        return ExportCallKind.Missing;
    }

    public bool HasOutput(ExportCall call) => File.Exists(ExportLayout.CallPath(_root, call) + ExportLayout.JsonExtension);

    public string NameOf(ExportCall call, bool output)
    {
        var path = ExportLayout.CallPath(_root, call) + (output ? ExportLayout.JsonExtension : string.Empty);
        return Path.GetRelativePath(_root, path).Replace('\\', '/');
    }
}
