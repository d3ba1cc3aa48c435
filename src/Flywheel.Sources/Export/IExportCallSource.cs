using System.Text.Json;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// Where the calls of one account×region are read from: an export directory or the calls of a live scan held in
/// memory. <see cref="ExportRegion"/> does the rest (gaps, errors, mapping) the same way for both.
/// </summary>
internal interface IExportCallSource
{
    /// <summary>
    /// Looks a call up. For <see cref="ExportCallKind.Output"/> <paramref name="document"/> is the parsed output
    /// (the caller disposes it); for <see cref="ExportCallKind.Error"/> <paramref name="errorText"/> is the error
    /// as recorded (not trimmed). Throws <see cref="JsonException"/> for malformed JSON and
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the source cannot be read.
    /// </summary>
    ExportCallKind Find(ExportCall call, JsonDocumentOptions options, out JsonDocument? document, out string? errorText);

    /// <summary>True when the call's output (not its error) is present.</summary>
    bool HasOutput(ExportCall call);

    /// <summary>How messages name the call: its output file (<paramref name="output"/>) or the call itself.</summary>
    string NameOf(ExportCall call, bool output);
}
