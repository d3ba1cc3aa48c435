using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager.Model;

/// <summary>secretsmanager <c>ListSecretsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("secretsmanager", "ListSecretsRequest")]
internal sealed record ListSecretsRequest
{
    public bool? IncludePlannedDeletion { get; init; }

    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public string? SortOrder { get; init; }

    public string? SortBy { get; init; }
}
