using System.Text.Json.Nodes;
using Flywheel.Sandbox.Auth;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Hosting;

/// <summary>An authenticated request, ready for a service: operation, caller, the region's state and the clock's now.</summary>
internal sealed record SandboxRequest(string Operation, RegisteredCredential Caller, RegionState State, string RequestId, DateTimeOffset Now)
{
    /// <summary>The form and query-string parameters (query and ec2 protocols).</summary>
    public QueryParameters Parameters { get; init; } = QueryParameters.Empty;

    /// <summary>The HTTP method and the decoded path (rest-json routes on them).</summary>
    public string HttpMethod { get; init; } = "POST";

    public string Path { get; init; } = "/";

    /// <summary>The JSON body (json and rest-json protocols); empty when there was none.</summary>
    public JsonObject Json { get; init; } = [];
}
