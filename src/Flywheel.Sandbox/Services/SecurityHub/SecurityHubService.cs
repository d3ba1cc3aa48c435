using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Services.SecurityHub;

/// <summary>
/// Security Hub (rest-json): POST /findings/import (BatchImportFindings, upsert by ProductArn and Id, per-finding
/// validation of the required ASFF members) and POST /findings (GetFindings with string filters and paging).
/// </summary>
internal sealed class SecurityHubService : IOperationHandler
{
    private static readonly string[] Required = ["SchemaVersion", "Id", "ProductArn", "GeneratorId", "AwsAccountId", "CreatedAt", "UpdatedAt", "Title", "Description", "Resources"];

    public string SigningName => "securityhub";

    public AwsProtocol Protocol => AwsProtocol.RestJson;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => (request.HttpMethod, request.Path.TrimEnd('/')) switch
    {
        ("POST", "/findings/import") => Import(request),
        ("POST", "/findings") => GetFindings(request),
        _ => new AwsError("UnknownOperationException", $"No operation matches {request.HttpMethod} {request.Path}", 404),
    };

    private static ServiceReply Import(SandboxRequest request)
    {
        var findings = request.Json["Findings"] as JsonArray ?? [];
        if (findings.Count is 0 or > 100)
        {
            return Invalid("Findings must contain between 1 and 100 findings.");
        }

        var failed = new JsonArray();
        var succeeded = 0;
        foreach (var finding in findings.OfType<JsonObject>())
        {
            var id = finding.GetString("Id") ?? "";
            var missing = Required.FirstOrDefault(r => finding[r] is null);
            var error = missing is not null ? $"Finding does not adhere to Amazon Security Finding Format. data should have required property '{missing}'."
                : finding.GetString("AwsAccountId") != request.Caller.AccountId ? $"Finding's AwsAccountId {finding.GetString("AwsAccountId")} is not the caller's account."
                : null;
            if (error is not null)
            {
                failed.Add(new JsonObject { ["Id"] = id, ["ErrorCode"] = "InvalidInput", ["ErrorMessage"] = error });
                continue;
            }

            var key = $"{finding.GetString("ProductArn")}|{id}";
            var stored = (JsonObject)finding.DeepClone();
            stored["Region"] ??= request.State.Region;
            stored["RecordState"] ??= "ACTIVE";
            var at = request.State.Findings.FindIndex(f => f.Key == key);
            if (at >= 0)
            {
                request.State.Findings[at] = new(key, stored);
            }
            else
            {
                request.State.Findings.Add(new(key, stored));
            }

            succeeded++;
        }

        var reply = ServiceReply.Ok(new JsonObject { ["FailedCount"] = failed.Count, ["SuccessCount"] = succeeded, ["FailedFindings"] = failed });
        return succeeded == 0 ? reply : reply with
        {
            Mutation = new MutationRecord([], new Dictionary<string, object?> { ["findingCount"] = succeeded }) { EventName = "BatchImportFindings" },
        };
    }

    private static ServiceReply GetFindings(SandboxRequest request)
    {
        var maxResults = request.Json.GetInt("MaxResults");
        if (maxResults is < 1 or > 100)
        {
            return Invalid("MaxResults must be between 1 and 100.");
        }

        var filters = request.Json["Filters"] as JsonObject ?? [];
        var matching = request.State.Findings.Select(f => f.Value).Where(f => filters.All(filter => Matches(f, filter.Key, filter.Value as JsonArray ?? []))).ToList();
        var page = Pagination.Page(matching, maxResults ?? 100, request.Json.GetString("NextToken"), _ => Invalid("The NextToken is invalid."));
        if (page.Error is { } error)
        {
            return error;
        }

        return ServiceReply.Ok(new JsonObject { ["Findings"] = new JsonArray([.. page.Items.Select(f => f.DeepClone())]) }.With("NextToken", page.NextMarker));
    }

    // String filters: any EQUALS/PREFIX matches, and no NOT_EQUALS matches.
    private static bool Matches(JsonObject finding, string field, JsonArray conditions)
    {
        var values = Values(finding, field).ToList();
        var positive = conditions.OfType<JsonObject>().Where(c => c.GetString("Comparison") is "EQUALS" or "PREFIX" or null).ToList();
        var negative = conditions.OfType<JsonObject>().Where(c => c.GetString("Comparison") is "NOT_EQUALS").ToList();
        bool Hit(JsonObject c) => values.Any(v => c.GetString("Comparison") == "PREFIX"
            ? v.StartsWith(c.GetString("Value") ?? "", StringComparison.Ordinal)
            : v == c.GetString("Value"));
        return (positive.Count == 0 || positive.Any(Hit)) && !negative.Any(Hit);
    }

    private static IEnumerable<string> Values(JsonObject finding, string field) => field switch
    {
        "ComplianceStatus" => [finding["Compliance"]?["Status"]?.GetValue<string>() ?? ""],
        "WorkflowStatus" => [finding["Workflow"]?["Status"]?.GetValue<string>() ?? ""],
        "SeverityLabel" => [finding["Severity"]?["Label"]?.GetValue<string>() ?? ""],
        "ResourceId" => (finding["Resources"] as JsonArray ?? []).Select(r => r?["Id"]?.GetValue<string>() ?? ""),
        "ResourceType" => (finding["Resources"] as JsonArray ?? []).Select(r => r?["Type"]?.GetValue<string>() ?? ""),
        _ => [finding[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : ""],
    };

    private static AwsError Invalid(string message) => new("InvalidInputException", message);
}
