using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>RouteTable</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "RouteTable")]
internal sealed record RouteTable
{
    public IReadOnlyList<RouteTableAssociation>? Associations { get; init; }

    public string? RouteTableId { get; init; }

    public IReadOnlyList<Route>? Routes { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public string? VpcId { get; init; }

    public string? OwnerId { get; init; }
}
