using System.Text.Json;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>Reads and checks manifest.json; problems are input errors.</summary>
internal static class ExportManifestReader
{
    public static ExportManifest? Read(string path, ExportDiagnostics diagnostics)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = RequireObject(document.RootElement, "the manifest");
            var format = Str(root, "format");
            if (format != ExportLayout.ManifestFormat)
            {
                diagnostics.FileError(path, format is null
                    ? $"expected \"format\": \"{ExportLayout.ManifestFormat}\""
                    : $"unknown export format \"{format}\"; expected \"{ExportLayout.ManifestFormat}\"");
                return null;
            }

            return new ExportManifest(format, Date(root, "createdAt"), Str(root, "tool"));
        }
        catch (JsonException ex)
        {
            diagnostics.FileError(path, $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: malformed JSON; expected {{\"format\":\"{ExportLayout.ManifestFormat}\",\"createdAt\":\"…\",\"tool\":\"…\"}}");
        }
        catch (ExportShapeException ex)
        {
            diagnostics.FileError(path, ex.Message);
        }

        return null;
    }
}
