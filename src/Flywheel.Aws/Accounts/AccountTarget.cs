using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>
/// One account to scan: its id, its name in the organization when known, and either the credentials to scan it
/// with or the reason it cannot be scanned. Organization roles are assumed lazily (on first use, for example by
/// <see cref="AwsConnection.ResolveRegionsAsync"/>), so one account that refuses the role is that account's error.
/// </summary>
public sealed record AccountTarget(string AccountId, string? Name, string? Error)
{
    /// <summary>Null exactly when <see cref="Error"/> is set.</summary>
    internal IAwsCredentialsSource? Credentials { get; init; }
}
