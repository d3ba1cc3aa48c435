namespace Flywheel.Core.Inventory;

/// <summary>The RDS-managed master user secret of an instance or cluster.</summary>
public sealed record MasterUserSecret(string SecretArn, string? SecretStatus, string? KmsKeyId);
