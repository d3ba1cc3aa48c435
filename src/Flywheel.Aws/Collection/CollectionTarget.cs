using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Collection;

/// <summary>
/// One account to collect, in the given regions, with the credentials to use there. A source that cannot supply
/// credentials (a role that could not be assumed) makes every call of the account fail with that reason, so the
/// account's datasets become gaps that say why, and the other accounts go on.
/// </summary>
internal sealed record CollectionTarget(string AccountId, IReadOnlyList<string> Regions, IAwsCredentialsSource Credentials);
