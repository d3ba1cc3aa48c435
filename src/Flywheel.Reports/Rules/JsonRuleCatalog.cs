using System.Text.Json;
using Flywheel.Reports.Json;

namespace Flywheel.Reports.Rules;

/// <summary>Writes the rule catalogue as the JSON contract <c>flywheel.rules/v1</c>.</summary>
public static class JsonRuleCatalog
{
    public const string SchemaVersion = "flywheel.rules/v1";

    public static string Write(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return ReportJson.Write(writer => Write(writer, catalog));
    }

    public static void Write(Utf8JsonWriter writer, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalog);
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", catalog.Tool.Name);
        writer.WriteString("version", catalog.Tool.Version);
        writer.WriteEndObject();
        writer.WriteNullableString("framework", catalog.Framework);
        writer.WriteStartArray("rules");
        foreach (var rule in catalog.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("title", rule.Title);
            writer.WriteString("severity", KebabCase.Of(rule.Severity));
            writer.WriteString("category", rule.Category);
            writer.WriteString("resourceType", rule.ResourceType);
            writer.WriteBoolean("defaultEnabled", rule.DefaultEnabled);
            writer.WriteStartArray("compliance");
            foreach (var mapping in rule.Compliance)
            {
                writer.WriteStartObject();
                writer.WriteString("framework", mapping.Framework);
                writer.WriteString("requirement", mapping.RequirementId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("options");
            foreach (var option in rule.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("name", option.Name);
                writer.WriteString("type", option.Type);
                writer.WriteString("default", option.DefaultValue);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
