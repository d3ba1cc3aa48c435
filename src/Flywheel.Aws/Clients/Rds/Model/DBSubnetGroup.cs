using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBSubnetGroup</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBSubnetGroup")]
internal sealed record DBSubnetGroup
{
    public string? DBSubnetGroupName { get; init; }

    public string? DBSubnetGroupDescription { get; init; }

    public string? VpcId { get; init; }

    public string? SubnetGroupStatus { get; init; }

    public IReadOnlyList<Subnet>? Subnets { get; init; }

    public string? DBSubnetGroupArn { get; init; }

    public IReadOnlyList<string>? SupportedNetworkTypes { get; init; }
}
