namespace Flywheel.Sandbox.State;

/// <summary>A grant on a KMS key (the ones RDS creates for each encrypted instance, and any others).</summary>
internal sealed record KmsGrantState(string GrantId, string? Name, DateTimeOffset CreationDate, string GranteePrincipal, string? RetiringPrincipal, string IssuingAccount, IReadOnlyList<string> Operations, IReadOnlyDictionary<string, string>? EncryptionContextSubset);
