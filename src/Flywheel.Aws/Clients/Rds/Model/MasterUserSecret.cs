using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>MasterUserSecret</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "MasterUserSecret")]
internal sealed record MasterUserSecret
{
    public string? SecretArn { get; init; }

    public string? SecretStatus { get; init; }

    public string? KmsKeyId { get; init; }
}
