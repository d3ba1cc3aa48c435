namespace Flywheel.Core.Inventory;

/// <summary>A grant on a KMS key.</summary>
public sealed record KmsGrant(string GrantId, string? GranteePrincipal, string? RetiringPrincipal, IReadOnlyList<string> Operations, string? Name);
