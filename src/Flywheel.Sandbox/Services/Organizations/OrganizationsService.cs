using System.Text.Json.Nodes;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Services.Organizations;

/// <summary>
/// Organizations (json 1.1): ListAccounts. The first sandbox account is the management account; the others are
/// members and are refused, as AWS refuses member accounts.
/// </summary>
internal sealed class OrganizationsService(IReadOnlyList<SandboxAccount> accounts, DateTimeOffset joined) : IOperationHandler
{
    public string SigningName => "organizations";

    public AwsProtocol Protocol => AwsProtocol.Json;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "ListAccounts" => ListAccounts(request),
        _ => new AwsError("UnknownOperationException", ""),
    };

    private ServiceReply ListAccounts(SandboxRequest request)
    {
        var management = accounts[0].AccountId;
        if (request.Caller.AccountId != management)
        {
            return new AwsError("AccessDeniedException", "You don't have permissions to access this resource.");
        }

        var maxResults = request.Json.GetInt("MaxResults");
        if (maxResults is < 1 or > 20)
        {
            return new AwsError("InvalidInputException", "You provided a value that does not match the required pattern.");
        }

        var page = Pagination.Page(accounts, maxResults ?? 20, request.Json.GetString("NextToken"), _ => new AwsError("InvalidInputException", "The provided token is invalid."));
        if (page.Error is { } error)
        {
            return error;
        }

        var organization = "o-" + management[..10];
        var body = new JsonObject
        {
            ["Accounts"] = new JsonArray([.. page.Items.Select((a, i) => (JsonNode)new JsonObject
            {
                ["Id"] = a.AccountId,
                ["Arn"] = $"arn:aws:organizations::{management}:account/{organization}/{a.AccountId}",
                ["Email"] = $"aws+{a.AccountId}@example.com",
                ["Name"] = a.AccountId == management ? "management" : $"workload-{a.AccountId[^4..]}",
                ["Status"] = "ACTIVE",
                ["State"] = "ACTIVE",
                ["JoinedMethod"] = a.AccountId == management ? "INVITED" : "CREATED",
                ["JoinedTimestamp"] = JsonValues.Epoch(joined),
            })]),
        }.With("NextToken", page.NextMarker);
        return ServiceReply.Ok(body);
    }
}
