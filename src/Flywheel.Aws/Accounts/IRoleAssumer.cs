using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>Credentials for a role, assumed with the source credentials on first use and again before they expire.</summary>
internal interface IRoleAssumer
{
    IAwsCredentialsSource Assume(IAwsCredentialsSource source, AssumeRoleSettings role);
}
