using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flywheel.Sources.Tests.Export;

/// <summary>
/// Turns recorded AWS responses (Recorded/&lt;test&gt;/&lt;svc&gt;.&lt;Op&gt;_&lt;n&gt;.json, each {"httpStatus", "response"}) into an
/// export tree: the <c>response</c> is what the CLI prints; several pages are merged as the CLI's paginator does.
/// </summary>
internal static class RecordedExport
{
    public static ExportTree Add(this ExportTree tree, string test, string exportPath, params string[] recordings)
    {
        JsonObject? merged = null;
        foreach (var recording in recordings)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Recorded", test, recording);
            var response = JsonNode.Parse(File.ReadAllText(path))!["response"]!.AsObject();
            if (merged is null)
            {
                merged = response.DeepClone().AsObject();
                continue;
            }

            foreach (var (name, value) in response)
            {
                if (value is JsonArray page && merged[name] is JsonArray all)
                {
                    foreach (var item in page)
                    {
                        all.Add(item!.DeepClone());
                    }
                }
            }
        }

        // Page tokens are the paginator's business; the CLI drops them from merged output.
        merged!.Remove("Marker");
        merged.Remove("NextMarker");
        merged.Remove("NextToken");
        return tree.File(exportPath, merged.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
