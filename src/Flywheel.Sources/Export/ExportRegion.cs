using System.Text.Json;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// One account×region of an export: looks each call up in its <see cref="IExportCallSource"/> (a directory or a live
/// scan's calls in memory), hands its JSON to a mapper, and turns missing calls, failed calls and malformed JSON into
/// gaps and input errors. Every source goes through here, so both read exactly alike.
/// </summary>
internal sealed class ExportRegion
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    private readonly IExportCallSource _source;
    private readonly IReadOnlySet<Dataset> _notCollected;

    /// <summary>The region's calls come from <paramref name="source"/>; the <paramref name="notCollected"/> datasets were skipped on purpose, so their absence is not a gap.</summary>
    public ExportRegion(string accountId, string region, IExportCallSource source, IReadOnlySet<Dataset>? notCollected = null)
    {
        AccountId = accountId;
        Region = region;
        _source = source;
        _notCollected = notCollected ?? new HashSet<Dataset>();
        Partition = AwsPartition.FromRegion(region);
    }

    public string AccountId { get; }

    public string Region { get; }

    public string Partition { get; }

    /// <summary>Resources read so far in this account and region (mappers read earlier services' results).</summary>
    public List<AwsResource> Resources { get; } = [];

    /// <summary>
    /// Trails this region lists whose home is another region (multi-region shadow trails); whether they are kept
    /// is decided across regions (<see cref="ExportInventoryAssembler"/>).
    /// </summary>
    public List<Trail> ShadowTrails { get; } = [];

    /// <summary>This region's gaps and input errors.</summary>
    public ExportDiagnostics Diagnostics { get; } = new();

    /// <summary>An ARN for resources whose CLI output carries none.</summary>
    public string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}";

    /// <summary>
    /// Reads a list call's output. Returns false (and records a gap or an error) when it is absent, failed or
    /// unreadable; <paramref name="dependents"/> are datasets that cannot be known without it.
    /// </summary>
    public bool ReadList(string service, string command, Dataset dataset, Action<JsonElement> map, params Dataset[] dependents)
    {
        var ok = Read(new ExportCall(AccountId, Region, service, command), dataset, map, out var reason);
        if (!ok && reason is not null)
        {
            foreach (var dependent in dependents.Where(d => !_notCollected.Contains(d)))
            {
                Diagnostics.Gap(new CollectionGap(AccountId, Region, dependent, $"{DatasetNames.Describe(dataset)}: {reason}"));
            }
        }

        return ok;
    }

    /// <summary>Reads one resource's per-resource call; a gap names the resource id.</summary>
    public bool ReadResource(string service, string command, string resourceKey, Dataset dataset, Action<JsonElement> map) =>
        Read(new ExportCall(AccountId, Region, service, command, resourceKey), dataset, map, out _);

    /// <summary>True when a per-resource call's output (not its error) is in the export.</summary>
    public bool HasResourceOutput(string service, string command, string resourceKey) =>
        _source.HasOutput(new ExportCall(AccountId, Region, service, command, resourceKey));

    /// <summary>Records a gap that is not about a call (for example a resource the export cannot describe).</summary>
    public void Gap(Dataset dataset, string reason, string? resourceId = null) =>
        Diagnostics.Gap(new CollectionGap(AccountId, Region, dataset, reason, resourceId));

    /// <summary>What was read, without the source (so a live scan's JSON can be released).</summary>
    public ExportRegionResult ToResult() =>
        new(new InventoryScope(AccountId, Region), Resources.ToArray(), ShadowTrails.ToArray(), Diagnostics.Gaps.ToArray(), Diagnostics.Errors.ToArray());

    private bool Read(ExportCall call, Dataset dataset, Action<JsonElement> map, out string? gapReason)
    {
        gapReason = null;
        try
        {
            switch (_source.Find(call, DocumentOptions, out var document, out var errorText))
            {
                case ExportCallKind.Output:
                    using (document)
                    {
                        map(JsonFields.RequireObject(document!.RootElement, "the top level"));
                    }

                    return true;
                case ExportCallKind.Error:
                    gapReason = ErrorReason(errorText);
                    break;
                default:
                    if (_notCollected.Contains(dataset))
                    {
                        return false;
                    }

                    gapReason = ExportLayout.NotInExport;
                    break;
            }

            Gap(dataset, gapReason, call.ResourceKey);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            Diagnostics.Error(_source.NameOf(call, output: true), $"line {line}, byte {position}: malformed JSON ({Describe(ex)}); expected the unmodified output of `aws {call.Service} {call.Command} --output json`");
        }
        catch (ExportShapeException ex)
        {
            Diagnostics.Error(_source.NameOf(call, output: true), $"{ex.Message}; expected the unmodified output of `aws {call.Service} {call.Command} --output json`");
        }
        catch (IOException ex)
        {
            Diagnostics.Error(_source.NameOf(call, output: false), $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            Diagnostics.Error(_source.NameOf(call, output: false), $"cannot be read: {ex.Message}");
        }

        return false;
    }

    private static string ErrorReason(string? errorText)
    {
        var text = errorText?.Trim();
        return string.IsNullOrEmpty(text) ? ExportLayout.EmptyError : text;
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
