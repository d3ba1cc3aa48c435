using System.Text.Json;
using Flywheel.Core.Findings;
using Flywheel.Core.Rules;
using Flywheel.Reports.Json;

namespace Flywheel.Reports.Scan;

/// <summary>
/// Writes a scan as the versioned JSON contract <c>flywheel.scan/v1</c> (docs/schemas/scan-result.v1.schema.json):
/// camelCase properties, lower-kebab enum values, every finding of every status in report order. A change that
/// removes or renames a field needs a new schema version; adding an optional field does not.
/// </summary>
public static class JsonScanReport
{
    public const string SchemaVersion = "flywheel.scan/v1";

    public static string Write(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportJson.Write(writer => Write(writer, report));
    }

    /// <summary>Streams the document to <paramref name="output"/> (a console or file writer) as it is produced.</summary>
    public static void Write(TextWriter output, ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportJson.Write(output, writer => Write(writer, report));
    }

    public static void Write(Utf8JsonWriter writer, ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", report.Tool.Name);
        writer.WriteString("version", report.Tool.Version);
        writer.WriteEndObject();
        writer.WriteString("evaluatedAt", report.Result.EvaluatedAt);
        WriteSource(writer, report.Source);
        writer.WriteStartObject("policy");
        writer.WriteString("source", report.PolicySource);
        writer.WriteEndObject();
        writer.WriteStartObject("selection");
        writer.WriteString("minSeverity", KebabCase.Of(report.MinSeverity));
        writer.WriteStringArray("rules", report.RuleFilter);
        writer.WriteEndObject();
        WriteSummary(writer, summary);
        WriteGaps(writer, report);
        writer.WriteStartArray("findings");
        foreach (var finding in report.OrderedFindings)
        {
            WriteFinding(writer, finding, report.Registry);
            writer.FlushIfLarge();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, ScanSource source)
    {
        writer.WriteStartObject("source");
        writer.WriteString("kind", source.Kind);
        writer.WriteString("location", source.Location);
        writer.WriteString("collectedAt", source.CollectedAt);
        writer.WriteStartArray("scopes");
        foreach (var scope in source.Scopes)
        {
            writer.WriteStartObject();
            writer.WriteString("accountId", scope.AccountId);
            writer.WriteString("region", scope.Region);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (source.Collection is { } collection)
        {
            writer.WriteStartObject("collection");
            writer.WriteNumber("requests", collection.Requests);
            writer.WriteStartObject("requestsByService");
            foreach (var (service, count) in collection.RequestsByService.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(service, count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("elapsedSeconds", Math.Round(collection.Elapsed.TotalSeconds, 3));
            writer.WriteNumber("maxConcurrency", collection.MaxConcurrency);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, ScanSummary summary)
    {
        writer.WriteStartObject("summary");
        writer.WriteString("outcome", KebabCase.Of(summary.Outcome));
        writer.WriteNumber("rulesEvaluated", summary.RulesEvaluated);
        writer.WriteNumber("resourcesEvaluated", summary.ResourcesEvaluated);
        writer.WriteNumber("scopes", summary.Scopes);
        writer.WriteNumber("failingAtOrAboveMinSeverity", summary.FailingAtOrAboveGate);
        writer.WriteNumber("errorsAtOrAboveMinSeverity", summary.ErrorsAtOrAboveGate);
        writer.WritePropertyName("byStatus");
        WriteCounts(writer, summary.ByStatus);
        writer.WriteStartObject("bySeverity");
        foreach (var (severity, counts) in summary.BySeverity)
        {
            writer.WritePropertyName(KebabCase.Of(severity));
            WriteCounts(writer, counts);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, IReadOnlyDictionary<FindingStatus, int> counts)
    {
        writer.WriteStartObject();
        foreach (var status in Enum.GetValues<FindingStatus>())
        {
            writer.WriteNumber(JsonCamelCase.Of(status.ToString()), counts.GetValueOrDefault(status));
        }

        writer.WriteEndObject();
    }

    private static void WriteGaps(Utf8JsonWriter writer, ScanReport report)
    {
        writer.WriteStartArray("gaps");
        var gaps = report.Result.Gaps
            .OrderBy(g => g.AccountId, StringComparer.Ordinal)
            .ThenBy(g => g.Region, StringComparer.Ordinal)
            .ThenBy(g => g.Dataset)
            .ThenBy(g => g.ResourceId, StringComparer.Ordinal);
        foreach (var gap in gaps)
        {
            writer.WriteStartObject();
            writer.WriteString("accountId", gap.AccountId);
            writer.WriteString("region", gap.Region);
            writer.WriteString("dataset", KebabCase.Of(gap.Dataset));
            writer.WriteString("call", DatasetNames.Describe(gap.Dataset));
            writer.WriteString("reason", gap.Reason);
            writer.WriteNullableString("resourceId", gap.ResourceId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, RuleRegistry registry)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("title", finding.Title);
        writer.WriteString("severity", KebabCase.Of(finding.Severity));
        writer.WriteString("status", KebabCase.Of(finding.Status));
        writer.WriteStartObject("resource");
        writer.WriteString("arn", finding.Resource.Arn);
        writer.WriteString("type", finding.Resource.ResourceType);
        writer.WriteString("name", finding.Resource.Name);
        writer.WriteString("accountId", finding.Resource.AccountId);
        writer.WriteString("region", finding.Resource.Region);
        writer.WriteTags("tags", finding.Resource.Tags);
        writer.WriteEndObject();
        writer.WriteString("reason", finding.Reason);
        writer.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("field", evidence.Field);
            writer.WriteNullableString("value", evidence.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (finding.Exception is { } exception)
        {
            writer.WriteStartObject("exception");
            writer.WriteString("id", exception.Id);
            writer.WriteString("owner", exception.Owner);
            writer.WriteString("reason", exception.Reason);
            writer.WriteString("expires", exception.Expires);
            writer.WriteBoolean("expired", exception.Expired);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("exception");
        }

        writer.WriteStartArray("compliance");
        var mappings = registry.Find(finding.RuleId)?.Compliance ?? [];
        foreach (var mapping in mappings.OrderBy(m => m.Framework, StringComparer.Ordinal).ThenBy(m => m.RequirementId, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("framework", mapping.Framework);
            writer.WriteString("requirement", mapping.RequirementId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
