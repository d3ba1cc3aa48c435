using System.Text.Json;
using Flywheel.Reports;
using Flywheel.Reports.Json;
using Flywheel.Store;

namespace Flywheel.Cli.Rendering;

/// <summary>The JSON contracts <c>flywheel.findings/v1</c> and <c>flywheel.history/v1</c> (docs/cli.md).</summary>
internal static class HistoryJson
{
    public const string FindingsSchema = "flywheel.findings/v1";
    public const string HistorySchema = "flywheel.history/v1";

    public static string Findings(ToolInfo tool, string location, IReadOnlyList<StoredFinding> findings) => ReportJson.Write(writer =>
    {
        writer.WriteStartObject();
        Header(writer, FindingsSchema, tool, location);
        writer.WriteStartArray("findings");
        foreach (var f in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", f.RuleId);
            writer.WriteString("title", f.Title);
            writer.WriteString("severity", KebabCase.Of(f.Severity));
            writer.WriteString("state", KebabCase.Of(f.State));
            writer.WriteString("lastStatus", KebabCase.Of(f.LastStatus));
            writer.WriteStartObject("resource");
            writer.WriteString("arn", f.ResourceArn);
            writer.WriteString("type", f.ResourceType);
            writer.WriteString("name", f.ResourceName);
            writer.WriteString("accountId", f.AccountId);
            writer.WriteString("region", f.Region);
            writer.WriteNullableString("owner", f.Owner);
            writer.WriteNullableString("stack", f.Stack);
            writer.WriteEndObject();
            writer.WriteString("reason", f.Reason);
            writer.WriteNullableString("exceptionId", f.ExceptionId);
            writer.WriteString("firstSeen", f.FirstSeen);
            writer.WriteString("lastSeen", f.LastSeen);
            writer.WriteString("stateChangedAt", f.StateChangedAt);
            writer.WriteNumber("reopenCount", f.ReopenCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string History(ToolInfo tool, string location, string query, ResourceHistory history) => ReportJson.Write(writer =>
    {
        writer.WriteStartObject();
        Header(writer, HistorySchema, tool, location);
        writer.WriteString("query", query);
        writer.WriteStartArray("resources");
        foreach (var r in history.Resources)
        {
            writer.WriteStartObject();
            writer.WriteString("arn", r.Arn);
            writer.WriteString("type", r.ResourceType);
            writer.WriteString("name", r.Name);
            writer.WriteString("accountId", r.AccountId);
            writer.WriteString("region", r.Region);
            writer.WriteNullableString("owner", r.Owner);
            writer.WriteNullableString("stack", r.Stack);
            writer.WriteString("firstSeen", r.FirstSeen);
            writer.WriteString("lastSeen", r.LastSeen);
            writer.WriteNullableDate("goneAt", r.GoneAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (var e in history.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("at", e.At);
            writer.WriteString("kind", KebabCase.Of(e.Kind));
            writer.WriteString("ruleId", e.RuleId);
            writer.WriteString("resourceArn", e.ResourceArn);
            writer.WriteString("reason", e.Reason);
            writer.WriteNumber("scanId", e.ScanId);
            writer.WriteNullableString("exceptionId", e.ExceptionId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("remediations");
        foreach (var r in history.Remediations)
        {
            writer.WriteStartObject();
            writer.WriteString("remediationId", r.RemediationId);
            writer.WriteString("ruleId", r.RuleId);
            writer.WriteString("resourceArn", r.ResourceArn);
            writer.WriteString("mode", r.Mode);
            writer.WriteString("startedAt", r.StartedAt);
            writer.WriteString("finishedAt", r.FinishedAt);
            writer.WriteString("outcome", r.Outcome);
            writer.WriteNullableString("errorCode", r.ErrorCode);
            writer.WriteString("message", r.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void Header(Utf8JsonWriter writer, string schema, ToolInfo tool, string location)
    {
        writer.WriteString("schemaVersion", schema);
        writer.WriteStartObject("tool");
        writer.WriteString("name", tool.Name);
        writer.WriteString("version", tool.Version);
        writer.WriteEndObject();
        writer.WriteString("store", location);
    }
}
