namespace Flywheel.Sandbox.State;

/// <summary>A VPC subnet.</summary>
internal sealed record SubnetState(string SubnetId, string VpcId, string CidrBlock, string AvailabilityZone, bool MapPublicIpOnLaunch, string OwnerId, string Arn);
