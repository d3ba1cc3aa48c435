using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>AssumeRoleRequest</c> (request); members as named in the service model.</summary>
[AwsShape("sts", "AssumeRoleRequest")]
internal sealed record AssumeRoleRequest
{
    public string? RoleArn { get; init; }

    public string? RoleSessionName { get; init; }

    public string? Policy { get; init; }

    public int? DurationSeconds { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public IReadOnlyList<string>? TransitiveTagKeys { get; init; }

    public string? ExternalId { get; init; }

    public string? SerialNumber { get; init; }

    public string? TokenCode { get; init; }

    public string? SourceIdentity { get; init; }
}
