using System.Text.Json;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>The calls of one account×region of a live scan, as the collector handed them over.</summary>
internal sealed class MemoryExportCallSource : IExportCallSource
{
    private readonly IReadOnlyDictionary<(string Service, string Command, string? ResourceKey), ExportCallResult> _calls;

    public MemoryExportCallSource(IReadOnlyDictionary<(string Service, string Command, string? ResourceKey), ExportCallResult> calls)
    {
        _calls = calls;
    }

    public ExportCallKind Find(ExportCall call, JsonDocumentOptions options, out JsonDocument? document, out string? errorText)
    {
        document = null;
        errorText = null;
        if (!_calls.TryGetValue((call.Service, call.Command, call.ResourceKey), out var result))
        {
            return ExportCallKind.Missing;
        }

        if (result.Json is { } json)
        {
            document = JsonDocument.Parse(json.AsMemory(), options);
            return ExportCallKind.Output;
        }

        errorText = result.Error;
        return ExportCallKind.Error;
    }

    public bool HasOutput(ExportCall call) =>
        _calls.TryGetValue((call.Service, call.Command, call.ResourceKey), out var result) && result.Succeeded;

    public string NameOf(ExportCall call, bool output) => ExportLayout.LiveName(call);
}
