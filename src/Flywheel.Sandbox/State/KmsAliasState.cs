namespace Flywheel.Sandbox.State;

/// <summary>A KMS alias (alias/…) and the key it points at.</summary>
internal sealed record KmsAliasState(string AliasName, string AliasArn, string? TargetKeyId, DateTimeOffset CreationDate);
