using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Ssm;

/// <summary>
/// SSM Automation (json 1.1) for the AWS Config remediation runbooks Flywheel can use as executors: the runbook's
/// change is applied to the estate when the execution starts (so the instance shows <c>modifying</c>), and the
/// execution reports InProgress for a minute of sandbox time, then Success; a failed precondition fails it at once.
/// </summary>
internal sealed class SsmService(SandboxIds ids) : IOperationHandler
{
    private static readonly TimeSpan RunTime = TimeSpan.FromMinutes(1);

    public string SigningName => "ssm";

    public AwsProtocol Protocol => AwsProtocol.Json;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "StartAutomationExecution" => Start(request),
        "GetAutomationExecution" => Get(request),
        _ => new AwsError("UnknownOperationException", ""),
    };

    private ServiceReply Start(SandboxRequest request)
    {
        var document = request.Json.GetString("DocumentName") ?? "";
        var parameters = (request.Json["Parameters"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. (p.Value as JsonArray ?? []).Select(v => v?.GetValue<string>() ?? "")], StringComparer.Ordinal);
        string? First(string name) => parameters.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

        var state = request.State;
        Func<DbInstanceState, string?>? change = document switch
        {
            "AWSConfigRemediation-DisablePublicAccessToRDSInstance" => i => Modify(i, x => x.PubliclyAccessible = false),
            "AWSConfigRemediation-EnableMinorVersionUpgradeOnRDSDBInstance" => i => Modify(i, x => x.AutoMinorVersionUpgrade = true),
            "AWSConfigRemediation-EnableCopyTagsToSnapshotOnRDSDBInstance" => i => Modify(i, x => x.CopyTagsToSnapshot = true),
            "AWSConfigRemediation-EnableRDSInstanceBackup" => i => Modify(i, x => x.BackupRetentionPeriod = int.TryParse(First("BackupRetentionPeriod"), out var days) ? days : 7),
            _ => null,
        };
        if (change is null)
        {
            return new AwsError("AutomationDefinitionNotFoundException", $"Document {document} does not exist or is not supported by the sandbox.");
        }

        var resourceId = First("DbiResourceId");
        if (resourceId is null)
        {
            return new AwsError("InvalidAutomationExecutionParametersException", "Parameter \"DbiResourceId\" is required.");
        }

        var instance = state.Instances.Values.FirstOrDefault(i => i.DbiResourceId == resourceId);
        var failure = instance is null ? $"DB instance with resource id {resourceId} not found." : change(instance);
        var execution = new AutomationExecutionState
        {
            ExecutionId = ids.Uuid(),
            DocumentName = document,
            Parameters = parameters,
            StartedAt = request.Now,
            EndsAt = request.Now + RunTime,
            FailureMessage = failure,
            ExecutedBy = request.Caller.Arn,
        };
        state.AutomationExecutions[execution.ExecutionId] = execution;

        // The runbook's own ModifyDBInstance would also reach CloudTrail; the start is what this call records.
        return ServiceReply.Ok(new JsonObject { ["AutomationExecutionId"] = execution.ExecutionId }) with
        {
            Mutation = new MutationRecord(instance is null ? [] : [instance.Arn], new Dictionary<string, object?> { ["documentName"] = document, ["parameters"] = parameters }),
        };

        string? Modify(DbInstanceState target, Action<DbInstanceState> apply)
        {
            if (target.Status != "available")
            {
                return $"Step fails when it is Execute. Database instance is not in available state. (Service: Rds, Status Code: 400, Error Code: InvalidDBInstanceState)";
            }

            apply(target);
            target.Status = "modifying";
            target.BusyUntil = request.Now + state.Options.ModifyDuration;
            return null;
        }
    }

    private static ServiceReply Get(SandboxRequest request)
    {
        var id = request.Json.GetString("AutomationExecutionId") ?? "";
        if (!request.State.AutomationExecutions.TryGetValue(id, out var execution))
        {
            return new AwsError("AutomationExecutionNotFoundException", $"Automation execution {id} not found.");
        }

        var status = execution.Status(request.Now);
        var body = new JsonObject
        {
            ["AutomationExecution"] = new JsonObject
            {
                ["AutomationExecutionId"] = execution.ExecutionId,
                ["DocumentName"] = execution.DocumentName,
                ["DocumentVersion"] = "1",
                ["ExecutionStartTime"] = JsonValues.Epoch(execution.StartedAt),
                ["AutomationExecutionStatus"] = status,
                ["Parameters"] = new JsonObject([.. execution.Parameters.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, new JsonArray([.. p.Value.Select(v => (JsonNode)v)])))]),
                ["Mode"] = "Auto",
                ["ExecutedBy"] = execution.ExecutedBy,
            }
                .With("ExecutionEndTime", JsonValues.Epoch(status == "InProgress" ? null : execution.FailureMessage is null ? execution.EndsAt : execution.StartedAt))
                .With("FailureMessage", execution.FailureMessage),
        };
        return ServiceReply.Ok(body);
    }
}
