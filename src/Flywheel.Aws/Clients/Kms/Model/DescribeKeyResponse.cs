using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>DescribeKeyResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "DescribeKeyResponse")]
internal sealed record DescribeKeyResponse
{
    public KeyMetadata? KeyMetadata { get; init; }
}
