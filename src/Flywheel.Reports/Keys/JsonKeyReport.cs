using System.Text.Json;
using Flywheel.Reports.Json;

namespace Flywheel.Reports.Keys;

/// <summary>Writes the key report as the JSON contract <c>flywheel.keys/v1</c>.</summary>
public static class JsonKeyReport
{
    public const string SchemaVersion = "flywheel.keys/v1";

    public static string Write(KeyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportJson.Write(writer => Write(writer, report));
    }

    public static void Write(Utf8JsonWriter writer, KeyReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", report.Tool.Name);
        writer.WriteString("version", report.Tool.Version);
        writer.WriteEndObject();
        writer.WriteString("source", report.Source);
        writer.WriteString("collectedAt", report.CollectedAt);
        writer.WriteStartArray("keys");
        foreach (var key in report.Keys)
        {
            writer.WriteStartObject();
            writer.WriteBoolean("known", key.Known);
            writer.WriteString("accountId", key.AccountId);
            writer.WriteString("region", key.Region);
            writer.WriteString("reference", key.Reference);
            writer.WriteNullableString("keyId", key.KeyId);
            writer.WriteStringArray("aliases", key.Aliases);
            writer.WriteNullableString("manager", key.Manager);
            writer.WriteNullableString("spec", key.Spec);
            writer.WriteNullableString("state", key.State);
            writer.WriteStartObject("rotation");
            if (key.RotationEnabled is { } enabled)
            {
                writer.WriteBoolean("enabled", enabled);
            }
            else
            {
                writer.WriteNull("enabled");
            }

            if (key.RotationPeriodInDays is { } period)
            {
                writer.WriteNumber("periodInDays", period);
            }
            else
            {
                writer.WriteNull("periodInDays");
            }

            writer.WriteNullableDate("lastRotation", key.LastRotation);
            writer.WriteEndObject();
            writer.WriteStartArray("dependents");
            foreach (var dependent in key.Dependents)
            {
                writer.WriteStartObject();
                writer.WriteString("usage", KebabCase.Of(dependent.Usage));
                writer.WriteString("type", dependent.ResourceType);
                writer.WriteString("name", dependent.Name);
                writer.WriteString("arn", dependent.Arn);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
