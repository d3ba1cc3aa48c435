using System.Text;
using System.Text.Json;
using Flywheel.Core.Rules;

namespace Flywheel.Store.Sql;

/// <summary>Evidence as a JSON array of {field, value}, written by hand so a trimmed CLI needs no reflection.</summary>
internal static class EvidenceJson
{
    public static string Write(IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return "[]";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("field", item.Field);
                writer.WriteString("value", item.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
