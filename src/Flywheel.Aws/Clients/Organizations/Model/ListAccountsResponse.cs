using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Organizations.Model;

/// <summary>organizations <c>ListAccountsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("organizations", "ListAccountsResponse")]
internal sealed record ListAccountsResponse
{
    public IReadOnlyList<Account>? Accounts { get; init; }

    public string? NextToken { get; init; }
}
