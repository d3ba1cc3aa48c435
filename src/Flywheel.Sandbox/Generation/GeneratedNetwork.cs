using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>The network of a generated region, for placing its databases.</summary>
internal sealed record GeneratedNetwork(string VpcId, IReadOnlyList<SubnetState> Subnets, IReadOnlyList<string> DatabaseGroupIds);
