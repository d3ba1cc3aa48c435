using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>DescribeKeyRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "DescribeKeyRequest")]
internal sealed record DescribeKeyRequest
{
    public string? KeyId { get; init; }

    public IReadOnlyList<string>? GrantTokens { get; init; }
}
