using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Organizations.Model;

/// <summary>organizations <c>ListAccountsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("organizations", "ListAccountsRequest")]
internal sealed record ListAccountsRequest
{
    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}
