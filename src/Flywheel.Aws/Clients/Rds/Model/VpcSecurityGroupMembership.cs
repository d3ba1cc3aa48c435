using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>VpcSecurityGroupMembership</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "VpcSecurityGroupMembership")]
internal sealed record VpcSecurityGroupMembership
{
    public string? VpcSecurityGroupId { get; init; }

    public string? Status { get; init; }
}
