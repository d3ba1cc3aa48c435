using System.Text;
using System.Text.Json;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Sources.Export;

/// <summary>
/// One account×region directory of an export: opens each call's file, hands its JSON to a mapper, and turns
/// missing files, <c>.error</c> files and malformed JSON into gaps and input errors.
/// </summary>
internal sealed class ExportRegion
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    private readonly ExportDiagnostics _diagnostics;

    public ExportRegion(string accountId, string region, string directory, ExportDiagnostics diagnostics)
    {
        AccountId = accountId;
        Region = region;
        Directory = directory;
        _diagnostics = diagnostics;
        Partition = AwsPartition.FromRegion(region);
    }

    public string AccountId { get; }

    public string Region { get; }

    public string Directory { get; }

    public string Partition { get; }

    /// <summary>Resources read so far in this account and region (mappers read earlier services' results).</summary>
    public List<AwsResource> Resources { get; } = [];

    /// <summary>An ARN for resources whose CLI output carries none.</summary>
    public string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}";

    /// <summary>
    /// Reads a list call's output. Returns false (and records a gap or an error) when it is absent, failed or
    /// unreadable; <paramref name="dependents"/> are datasets that cannot be known without it.
    /// </summary>
    public bool ReadList(string service, string command, Dataset dataset, Action<JsonElement> map, params Dataset[] dependents)
    {
        var basePath = ExportLayout.ListCallPath(Directory, service, command);
        var ok = Read(basePath, service, command, dataset, null, map, out var reason);
        if (!ok && reason is not null)
        {
            foreach (var dependent in dependents)
            {
                _diagnostics.Gap(new CollectionGap(AccountId, Region, dependent, $"{DatasetNames.Describe(dataset)}: {reason}"));
            }
        }

        return ok;
    }

    /// <summary>Reads one resource's per-resource call; a gap names the resource id.</summary>
    public bool ReadResource(string service, string command, string resourceKey, Dataset dataset, Action<JsonElement> map) =>
        Read(ExportLayout.ResourceCallPath(Directory, service, command, resourceKey), service, command, dataset, resourceKey, map, out _);

    /// <summary>True when a per-resource call's output (not its error) is in the export.</summary>
    public bool HasResourceOutput(string service, string command, string resourceKey) =>
        File.Exists(ExportLayout.ResourceCallPath(Directory, service, command, resourceKey) + ExportLayout.JsonExtension);

    /// <summary>Records a gap that is not about a file (for example a resource the export cannot describe).</summary>
    public void Gap(Dataset dataset, string reason, string? resourceId = null) =>
        _diagnostics.Gap(new CollectionGap(AccountId, Region, dataset, reason, resourceId));

    private bool Read(string basePath, string service, string command, Dataset dataset, string? resourceId, Action<JsonElement> map, out string? gapReason)
    {
        var jsonPath = basePath + ExportLayout.JsonExtension;
        var errorPath = basePath + ExportLayout.ErrorExtension;
        gapReason = null;
        try
        {
            if (!File.Exists(jsonPath))
            {
                gapReason = File.Exists(errorPath) ? ReadErrorText(errorPath) : ExportLayout.NotInExport;
                Gap(dataset, gapReason, resourceId);
                return false;
            }

            using var stream = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            using var document = JsonDocument.Parse(stream, DocumentOptions);
            map(JsonFields.RequireObject(document.RootElement, "the top level"));
            return true;
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            _diagnostics.Error(jsonPath, $"line {line}, byte {position}: malformed JSON ({Describe(ex)}); expected the unmodified output of `aws {service} {command} --output json`");
        }
        catch (ExportShapeException ex)
        {
            _diagnostics.Error(jsonPath, $"{ex.Message}; expected the unmodified output of `aws {service} {command} --output json`");
        }
        catch (IOException ex)
        {
            _diagnostics.Error(basePath, $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            _diagnostics.Error(basePath, $"cannot be read: {ex.Message}");
        }

        return false;
    }

    private static string ReadErrorText(string errorPath)
    {
        var text = File.ReadAllText(errorPath, Encoding.UTF8).Trim();
        return text.Length == 0 ? "the call failed (empty .error file)" : text;
    }

    // JsonException messages end with " LineNumber: 0 | BytePositionInLine: 5." which the caller states itself.
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
