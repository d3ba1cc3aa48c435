using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>Turns the credentials of the run (and who they belong to) into the accounts to scan.</summary>
internal interface IAccountTargetResolver
{
    Task<AccountTargetResolution> ResolveAsync(IAwsCredentialsSource credentials, CallerIdentity caller, CancellationToken cancellationToken);
}
