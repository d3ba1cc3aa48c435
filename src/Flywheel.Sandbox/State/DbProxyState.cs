namespace Flywheel.Sandbox.State;

/// <summary>An RDS Proxy in front of an instance or cluster.</summary>
internal sealed record DbProxyState(string Name, string Arn, string EngineFamily, string VpcId, IReadOnlyList<string> SecurityGroupIds, IReadOnlyList<string> SubnetIds, string SecretArn, string RoleArn, bool RequireTls, DateTimeOffset CreatedDate);
